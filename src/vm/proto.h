/* vm/proto.h: compiled functions (Proto) and a whole compiled program.
 * A Program owns its protos, constants and the names table; types are owned
 * by the process-wide type arena (lang/types.h). */
#ifndef GOROLAB_VM_PROTO_H
#define GOROLAB_VM_PROTO_H

#include <stdbool.h>
#include <stdint.h>
#include "base/srcpos.h"
#include "vm/value.h"

typedef struct Type Type;
typedef struct VM VM;
typedef struct ObjClosure ObjClosure;

typedef enum {
#define OP(name, doc) OP_##name,
#include "vm/opcodes.def"
#undef OP
    OP_COUNT
} OpCode;

extern const char *const op_names[OP_COUNT];
_Static_assert(OP_COUNT <= 256, "Instr.op is a byte");

/* An instruction: its opcode, its operands, and for a backward jump the
 * steps it costs when they fit in a byte (set by proto_jump_costs; 0: look
 * in Proto.jcost), which the interpreter reads without the table. */
typedef struct Instr {
    uint8_t  op, jc;
    uint16_t a, b, c;
} Instr;

#define I_BX(i) ((uint32_t)(i).b | ((uint32_t)(i).c << 16))
#define I_SBX(i) ((int32_t)I_BX(i))
#define I_SC(i) ((int16_t)(i).c)

/* instr_callee: the proto a static call calls (CALL, MLOCK and MUNLOCK: Bx;
 * MLOCKU and MUNLOCKU: C), or -1 if in is no static call. */
static inline int64_t instr_callee(Instr in)
{
    if (in.op == OP_CALL || in.op == OP_MLOCK || in.op == OP_MUNLOCK) return I_BX(in);
    if (in.op == OP_MLOCKU || in.op == OP_MUNLOCKU) return in.c;
    return -1;
}

/* Native functions. args are R[A+1..] of the call, rets R[A..]: results
 * overwrite the arguments, so read every argument before writing results. */
typedef enum NatStatus {
    NAT_OK,      /* results written */
    NAT_PANIC,   /* vm_panic*() was called */
    NAT_EXIT,    /* os.Exit: vm->exit_code set */
    NAT_CALL,    /* vm_native_callback() was called: run that Go call, then re-run this native */
    NAT_BLOCK,   /* the goroutine parks (next issue) */
} NatStatus;
typedef NatStatus (*NativeFn)(VM *vm, Value *args, Value *rets);

typedef struct UpDesc {
    bool     from_local; /* true: the enclosing frame's register; false: its closure's upvalue */
    uint16_t index;
} UpDesc;

typedef struct Proto {
    const char *name;      /* Go's name for traces: "main.main", "main.(*Pool).run", "main.main.func2" */
    Instr      *code;
    int32_t     ncode;
    int32_t    *lines;     /* source line of each instruction */
    uint16_t   *live;      /* registers in use (allocated to variables and pending temporaries) at
                              each instruction; those above hold stale values (NULL: all) */
    int32_t    *jcost;     /* per backward jump: the steps it costs (the instructions it spans
                              before the compiler folded some into others: GETUPL, ANDI, IJLTC,
                              a retargeted MOVE), so that virtual time and preemption points do
                              not depend on those folds; 0 elsewhere; NULL only for natives */
    SrcPos      pos;       /* the declaration (file index used for traces) */
    uint16_t    nregs;     /* frame size in registers, params first */
    uint16_t    nparams;   /* parameter registers, receiver first; a variadic one is a slice */
    uint16_t    nresults;
    uint16_t    nup;
    UpDesc     *up;
    NativeFn    native;    /* non-NULL: implemented in C; code is empty */
    Type       *type;      /* the func type (without receiver) */
    ObjClosure *closure0;  /* the permanent func value used by LOADF (created on demand) */
    int32_t    *name_pcs;  /* MAKECHAN instructions whose channel is first stored in a variable... */
    const char **names_at; /* ...of these names (for snapshots: "results"); sorted by pc */
    int32_t     nnames_at;
    int32_t     recover_pc; /* pc of the epilogue (RUNDEFERS ...; RET) where a frame resumes after
                               a deferred call recovered a panic; 0: the VM uses the last RUNDEFERS */
    bool        wrapper;   /* the trampoline of `go nativeFunc(...)`: not shown in tracebacks
                              (Go's goroutine starts in the function itself) */
    uint8_t     fastop;    /* PROTO_FAST_*: a native the VM runs inline in its common case
                              (set by vm_new) */
    bool        norace;    /* its memory accesses are not checked for races (set by vm_new:
                              the context and time packages, rt/race.c mem_access) */
} Proto;

/* Proto.fastop: sync.(*Mutex).Lock of an unlocked mutex and Unlock of a
 * mutex nobody waits for run inside the CALL instruction (vm.c fast_mutex):
 * same state change, race edge and Lock/Unlock event as the native's. */
enum { PROTO_FAST_NONE, PROTO_FAST_LOCK, PROTO_FAST_UNLOCK };

typedef struct Program {
    Proto     **protos;    /* owned */
    int32_t     nprotos, capprotos;
    Value      *consts;    /* constant pool; strings are permanent objects */
    int32_t     nconsts, capconsts;
    Type      **types;     /* runtime type table; types[0] = NULL */
    int32_t     ntypes, captypes;
    const char **names;    /* interned method names for CALLI */
    int32_t     nnames, capnames;
    int32_t     nglobals;
    Proto      *entry;     /* initialises the packages then calls main.main */
    char      **files;     /* absolute source paths, for traces; owned */
    int32_t     nfiles;
    Type       *rt_error;  /* runtime.Error's concrete type for runtime panics (a named string type
                              whose Error method returns "runtime error: " + s) */
    Type       *error_string; /* *errors.errorString, for errors made by natives (errors.New) */
    struct Arena *arena;   /* proto names and other compile-time strings; owned */
    struct ObjString *perm_strings; /* list of permanent objects, linked by hdr.next: string
                                       constants and Proto.closure0s (freed with the program) */
    Type       *rt_plain_error; /* runtime.Error whose Error method returns s itself (no
                                   "runtime error: " prefix): "assignment to entry in nil map",
                                   "close of nil channel"; NULL: rt_error is used */
    Type       *rt_bounds_error; /* runtime.boundsError (as rt_error): index and slice bounds */
    Type       *rt_assert_error; /* *runtime.TypeAssertionError (a struct holding the message) */
    Type       *rt_panic_nil;    /* *runtime.PanicNilError: panic(nil) since Go 1.21 */
    bool        fastops_set;     /* the natives' Proto.fastop are set (vm_new, once per program) */
    const Proto *after_func;     /* time.AfterFunc's, or NULL (vm_new, with fastops_set): its
                                    timers' goroutines say they were created there */
} Program;

/* instr_jump_target: the pc that jump instruction in at pc goes to, or -1 if
 * in is not a jump. */
int32_t instr_jump_target(Instr in, int32_t pc);

/* proto_jump_costs returns a new Proto.jcost for code[0..n) in which
 * instruction i stands for 1 + extra[i] steps (extra NULL: 1 each), and
 * sets each backward jump's Instr.jc to its cost when it fits in a byte. */
int32_t *proto_jump_costs(Instr *code, int32_t n, const int8_t *extra);

/* program_free frees p, its protos, constants, names, files and permanent objects. */
void program_free(Program *p);

/* proto_name_at returns the variable name recorded for instruction pc, or NULL. */
const char *proto_name_at(const Proto *f, int32_t pc);

/* program_string returns a permanent string constant (for the compiler's constant pool),
 * linked on p->perm_strings; len 0 gives the zero Value. */
Value program_string(Program *p, const char *s, int64_t len);

#endif
