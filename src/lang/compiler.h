/* lang/compiler.h: internal state shared by the compiler's files
 * (decl.c: packages and declarations; expr.c: expressions; stmt.c:
 * statements; emit.c: registers, instructions, protos). Not for other modules. */
#ifndef GOROLAB_LANG_COMPILER_H
#define GOROLAB_LANG_COMPILER_H

#include <stdbool.h>
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "lang/ast.h"
#include "lang/compile.h"
#include "lang/const.h"
#include "lang/types.h"
#include "vm/proto.h"

typedef struct Package Package;
typedef struct Scope Scope;
typedef struct Symbol Symbol;
typedef struct FuncState FuncState;
typedef struct Compiler Compiler;

typedef enum SymKind { SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_NIL } SymKind;

typedef enum Builtin {
    BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COPY, BI_DELETE, BI_LEN, BI_MAKE, BI_MAX, BI_MIN,
    BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN, BI_RECOVER, BI_COMPLEX, BI_REAL, BI_IMAG
} Builtin;

struct Symbol {
    SymKind     kind;
    const char *name;
    SrcPos      pos;
    Type       *type;
    Package    *pkg;        /* declaring package of package-level symbols */
    Node       *decl;       /* N_VALUE_SPEC, N_TYPE_SPEC or N_FUNC_DECL (package level) */
    Node       *ident;      /* the declaring identifier */
    int         state;      /* package level: 0 unresolved, 1 resolving, 2 resolved */
    int         init_id;    /* package variables and functions: 1 + node in init_order's graph */
    Symbol     *next;       /* in its scope */
    /* variables */
    bool        global;
    int         gidx;       /* global index */
    FuncState  *fs;         /* owning function of a local */
    int         reg;        /* register (holds a pointer to the box when boxed) */
    bool        boxed;
    bool        used;
    /* constants */
    ConstVal    cval;
    int         iota;
    Node       *cexpr, *ctype;
    /* functions */
    Proto      *proto;
    int         proto_index;
    /* packages */
    Package    *ref;
    /* builtins */
    Builtin     builtin;
};

struct Scope {
    Scope     *parent;
    Symbol    *syms;        /* newest first; add with scope_insert */
    int        nsyms;
    Symbol   **index;       /* by name (interned pointer), once the scope is big */
    int        capindex;
    FuncState *fs;          /* function this block belongs to; NULL for package/universe */
    bool       sealed;      /* file scope of an edit file: the world's private names are not seen */
};

struct Package {
    const char *path;       /* import path */
    const char *name;
    Scope      *scope;
    Node      **files;
    int         nfiles;
    Scope     **file_scopes;/* imports live here */
    bool        is_std;
    bool        broken;     /* an import that failed: uses of it are not reported again */
    int         state;      /* 0 new, 1 loading, 2 loaded */
    Symbol    **vars;       /* package-level variables in declaration order */
    int         nvars, capvars;
    Proto     **inits;      /* init functions in order */
    int         ninits, capinits;
    Symbol    **funcs;      /* functions and methods with bodies, to compile */
    int         nfuncs, capfuncs;
    Node      **methods;    /* method declarations */
    int         nmethods, capmethods;
    bool       *world;      /* per file: a lesson's world file (SourceFile.world); NULL: none */
    Scope      *world_scope;/* the world's private names that an edit file declares too (lang/world.c) */
};

typedef struct Loop {
    struct Loop *prev;
    const char  *label;     /* interned, or NULL */
    Node        *label_node;/* the label's identifier, for "defined and not used" */
    bool         label_used;/* a break or continue named it */
    bool         is_loop;   /* false: switch/select (break only) */
    int         *breaks;    /* jumps to patch to the end */
    int          nbreaks, capbreaks;
    int         *conts;     /* jumps to patch to the continue point */
    int          nconts, capconts;
    int          freereg;   /* registers live at the loop */
} Loop;

struct FuncState {
    Compiler   *c;
    FuncState  *parent;
    Proto      *proto;
    Instr      *code;
    int32_t    *lines;
    uint16_t   *live;       /* registers allocated at each instruction (Proto.live) */
    int         live_hw;    /* the most allocated since the last instruction (emit) */
    int8_t     *folded;     /* per instruction: the steps it costs beyond 1 (Proto.jcost): the
                               instructions folded into it; -1: one a fused loop test replaced */
    int         ncode, capcode;
    int         freereg, maxreg;
    Scope      *scope;
    Type       *sig;
    Symbol    **results;    /* result variables (named or not) */
    int         nresults;
    bool        named_results;
    bool        direct_return; /* no result variables: return puts values straight in RET's registers */
    int         append_into;   /* 1 + register of x in `x = append(x, ...)` being compiled; 0 none */
    int32_t    *name_pcs;      /* MAKECHAN pcs whose channel goes to a named variable (Proto.names_at) */
    const char **names_at;
    int32_t     nnames_at, capnames_at;
    bool        has_defer;
    UpDesc     *ups;
    Symbol    **upsyms;
    int         nup, capup;
    Loop       *loops;
    uint32_t    line;       /* source line of emitted instructions */
    int         last_target;/* pc of the latest jump target: the instruction before it may not be rewritten */
    int         nfunclits;  /* for naming closures func1, func2... */
    const char *name;       /* Go name for traces */
    Node       *labels_pending; /* label of the statement being compiled */
};

typedef struct Compiler {
    Program    *prog;
    Arena       arena;
    Interner   *in;
    DiagList   *diags;
    CompileOptions opt;
    Scope      *universe;
    Package   **pkgs;       /* dependency order: imports before importers */
    int         npkgs, cappkgs;
    Package    *pkg;        /* being compiled */
    int         file;       /* file index being compiled */
    const SourceFile *user_files;
    int         nuser_files;
    /* capture analysis: compile a top-level function twice; the dry run
     * records declaring identifiers of variables that must live in boxes */
    bool        dry_run;
    Node      **escaped;
    int         nescaped, capescaped;
    Proto     **persist;    /* method wrappers: kept when a dry run is rolled back */
    int         npersist, cappersist;
    /* `type T2 T1` met while T1 is being resolved (T1 refers to T2 through a
     * pointer): T2 takes T1's underlying type when T1 gets one */
    Type      **pend_t, **pend_src;
    int         npend, cappend, cappend2;
    int         indir;      /* pointers, slices, maps, chans, funcs entered while resolving types */
    /* well-known */
    const char *n_blank, *n_main, *n_init, *n_Error, *n_String, *n_iota, *n_true, *n_false;
    Package    *runtime_pkg;
    bool        deep_reported; /* too_deep said so once */
    bool        far_jump;   /* a compare-and-jump (16-bit offset) could not reach its target */
    bool        no_fused;   /* so compile with separate compares and 32-bit jumps */
    bool        muted;      /* a limit was hit in this function: no more errors from it */
    Symbol    **resolving;  /* resolve_symbol's stack, for reporting cycles */
    int         nresolving, capresolving;
    Package    *sealed;     /* the user's package when it has world files (lang/world.c) */
} Compiler;

/* Operands of expressions. */
typedef enum OpMode {
    OM_INVALID,   /* an error was reported */
    OM_NOVALUE,   /* a call without results */
    OM_CONST,     /* cv holds the value; nothing emitted */
    OM_VALUE,     /* the value is in register reg */
    OM_TYPE,      /* a type expression */
    OM_BUILTIN,
    OM_PKG,
} OpMode;

typedef struct Operand {
    OpMode   mode;
    Type    *type;
    ConstVal cv;
    int      reg;
    bool     fresh;     /* an aggregate nobody else references: no clone needed */
    bool     is_var;    /* "variable of type T" in messages */
    bool     commaok;   /* a map index, type assertion or receive that may yield (v, ok) */
    Builtin  builtin;
    Package *pkg;
    Node    *node;
} Operand;

/* decl.c */
Symbol *lookup(Compiler *c, Scope *s, const char *name);
Symbol *scope_lookup_local(Scope *s, const char *name);
void    scope_insert(Compiler *c, Scope *s, Symbol *y);   /* shadows an older y->name */
Symbol *declare(Compiler *c, Scope *s, SymKind k, Node *ident, Type *t);
Scope  *scope_new(Compiler *c, Scope *parent, FuncState *fs);
void    resolve_symbol(Compiler *c, Symbol *s);
Type   *resolve_type(Compiler *c, FuncState *fs, Node *e);   /* a type expression; ty_invalid on error */
uint32_t type_id(Compiler *c, Type *t);                      /* assigns runtime ids, method tables */
void    ensure_method_table(Compiler *c, Type *t);
int     name_index(Compiler *c, const char *name);
bool    implements(Compiler *c, Type *t, Type *iface, Buf *why);
typedef struct Selection {
    enum { SEL_NONE, SEL_FIELD, SEL_METHOD, SEL_AMBIGUOUS } kind;
    int     path[16];   /* field indices from the outer struct inward (embedded fields, then the field) */
    int     depth;
    Method *method;
    Type   *recv_base;  /* named type declaring the method */
    Type   *type;       /* field type, or method signature */
} Selection;
Selection lookup_selector(Compiler *c, Type *t, const char *name);
void errorf(Compiler *c, SrcPos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* too_deep: the C stack is nearly used up (base/stack.h); reports it once at
 * pos. A recursive function checks it on entry and gives up when true. */
bool too_deep(Compiler *c, SrcPos pos);
/* note_ref: identifier id names y; a package-level variable or function is
 * left in id->aux, for the initialisation order (compile.c). */
void note_ref(Node *id, Symbol *y);
/* note_method: selector sel names the method of s; its body (a Proto) is
 * left in the name's aux, for the same purpose. */
void note_method(Node *sel, const struct Selection *s);
const char *tstr(Compiler *c, Type *t);   /* type spelled as in compile errors */
const char *estr(Node *e);                /* expression spelled as Go prints it in errors */
void protos_rollback(Compiler *c, int n);
int bound_method(Compiler *c, const char *name, Type *sig, int iface_name, Proto *target, int recv_reg);
Proto *compile_method_wrapper(Compiler *c, Type *recv, Method *m, Selection *sel, bool ptr);

/* emit.c */
int   emit(FuncState *fs, OpCode op, int a, int b, int c);
int   emit_bx(FuncState *fs, OpCode op, int a, uint32_t bx);
int   emit_jump(FuncState *fs, OpCode op, int a);      /* returns the jump to patch */
void  patch_here(FuncState *fs, int jump);
void  patch_to(FuncState *fs, int jump, int target);
int   here(FuncState *fs);               /* also marks the pc as a jump target */
bool  retarget_last(FuncState *fs, int tmp, int dst);
/* fold_last records that the last instruction stands for n more of the
 * instructions the compiler would otherwise emit (Proto.jcost). */
void  fold_last(FuncState *fs, int n);
/* fuse_incupl makes `GETUPL; ADDI` before a store to captured up one INCUPL. */
bool  fuse_incupl(FuncState *fs, int up, int src);
/* elem_op specialises OP_IINDEX, OP_ISET, OP_AINDEX or OP_ASET for how the VM stores
 * elements of type et (vm/object.h raw_kind_of); get_op_of gives the load matching a store. */
OpCode elem_op(OpCode op, const Type *et);
OpCode get_op_of(OpCode setop);
int   reg_alloc(FuncState *fs, int n);
void  reg_free_to(FuncState *fs, int r);
int   const_int(Compiler *c, int64_t v);
int   const_float(Compiler *c, double f);
int   const_string(Compiler *c, const char *s, size_t n);
void  load_int(FuncState *fs, int reg, int64_t v);
int   proto_add(Compiler *c, Proto *p);
Proto *proto_new(Compiler *c, const char *name, SrcPos pos);
void  fs_begin(FuncState *fs, Compiler *c, FuncState *parent, Proto *p);
void  fs_end(FuncState *fs);
void  set_line(FuncState *fs, SrcPos pos);
void  emit_ext(FuncState *fs, int r, Type *t);   /* wrap R[r] to t's width (ints) or precision (float32) */
/* note_chan_name: if the last instruction made a channel into register reg,
 * remember that it is stored in variable `name` (for snapshots).
 * note_chan_name_at looks at instruction pc instead of the last one
 * (`a, b := make(chan int), make(chan int)` makes both before naming). */
void  note_chan_name(FuncState *fs, int reg, const char *name);
void  note_chan_name_at(FuncState *fs, int reg, const char *name, int pc);

/* expr.c */
void expr(FuncState *fs, Node *e, Operand *x);
/* expr_addr compiles &e (e addressable: a pointer method's receiver). */
void expr_addr(FuncState *fs, Node *e, Operand *x);
void binary_with(FuncState *fs, Node *e, Operand *x, int save);   /* left operand already in *x */
void expr_hint(FuncState *fs, Node *e, Operand *x, Type *hint);  /* hint types untyped composite elts */
void composite_lit(FuncState *fs, Node *e, Operand *x, Type *hint);
int  discharge(FuncState *fs, Operand *x, int dst);     /* materialise into dst (or any when -1) */
bool assignable(Compiler *c, Operand *x, Type *t, const char *context, SrcPos pos);
void convert_untyped(FuncState *fs, Operand *x, Type *target);
/* default_type is an untyped type's default type (int for untyped int...). */
Type *default_type(Type *t);
/* convert_untyped_in is convert_untyped naming the context in messages
 * ("variable declaration", "argument to f"); convert_untyped says "assignment". */
void convert_untyped_in(FuncState *fs, Operand *x, Type *target, const char *context);
int  value_to(FuncState *fs, Node *e, Type *t, int dst, const char *context);  /* evaluate, check, convert, store in dst */
void coerce(FuncState *fs, Operand *x, Type *t, const char *context);
/* go_std_name: a name Go's standard package pkg exports that gorolab leaves out. */
bool go_std_name(const char *pkg, const char *name);
/* untyped_int_value types an untyped integer value (1 << s) from its context t. */
bool untyped_int_value(FuncState *fs, Operand *x, Type *t, const char *context);
void valid_value(FuncState *fs, Operand *x);  /* assignability + conversion of an operand */
int  call_expr(FuncState *fs, Node *call, Operand *x, bool want_values); /* results at x->reg.. */
void load_var(FuncState *fs, Symbol *s, int dst);
/* store_var stores register src into variable s; src must be a temporary (its
 * computing instruction may be renamed to write s directly). */
void store_var(FuncState *fs, Symbol *s, int src, Type *t);
bool is_blank(Compiler *c, Node *e);
Symbol *declare_local(FuncState *fs, Node *ident, Type *t);
bool escaped_ident(Compiler *c, Node *ident);   /* captured or addressed (found by the dry run) */
/* boxed_ident: the variable declared by ident lives in a box: it escapes and
 * is assigned after its declaration or addressed. One that closures capture
 * but nothing changes after it is declared is captured by value, as Go's
 * compiler does: a copy is the variable then (and --race checks no box). */
bool boxed_ident(Compiler *c, Node *ident);
/* mark_assigned: local y is assigned after its declaration, or addressed
 * (store_var, lvalues, &y, x = append(x, ...) in place). */
void mark_assigned(Symbol *y);
int  describe(Buf *b, Compiler *c, Operand *x);         /* "x (variable of type int)" */
const char *opstr(Compiler *c, Operand *x);

/* world.c: Go's export rule across packages, and a lesson's world sealed like
 * another package (SourceFile.world) */
bool exported(const char *name);
/* world_hidden: y, declared in a world file, is not exported: an edit file
 * does not see it (lookup skips it, as Go's other packages do). */
bool world_hidden(Compiler *c, Symbol *y);
/* undefined_name reports name, not found at pos: private to the world when
 * a world file declares it, else Go's "undefined: name". */
void undefined_name(Compiler *c, SrcPos pos, const char *name);
/* world_selection: selector sel (x.name) picks s on type t: false, reported,
 * when it is an unexported field or method of another package's type, or
 * (from an edit file) one the lesson's world keeps private. */
bool world_selection(Compiler *c, Type *t, const Selection *s, Node *sel);
/* world_std_name: pkg.name from an edit file is allowed (os.Args is not). */
bool world_std_name(Compiler *c, Package *pkg, Node *sel);
/* world_lit_field: field fi of struct literal type t, set from an edit file
 * (key: the field's key, NULL if implicit): false, reported, when private. */
bool world_lit_field(Compiler *c, Type *t, int fi, Node *key, SrcPos pos);
/* world_method_decl: method declaration d (in file of d) on type symbol ts:
 * false, reported, when an edit file adds a method to a world type. */
bool world_method_decl(Compiler *c, Symbol *ts, Node *d, Node *rt);
bool world_file(Compiler *c, SrcPos pos);   /* pos is in a world file */
/* package_scope: the scope that name, declared at package level at pos in p,
 * goes in: p->scope, or p->world_scope for a private world name that an edit
 * file declares too (two packages would each have their own). */
Scope *package_scope(Compiler *c, Package *p, SrcPos pos, const char *name);
/* package_lookup: name at package level as the file at pos sees it. */
Symbol *package_lookup(Compiler *c, Package *p, SrcPos pos, const char *name);

/* stmt.c */
/* Parameters and results of one function: its registers have 16-bit numbers. */
enum { FUNC_MAX_VALUES = 60000 };
void block(FuncState *fs, Node *b);
void stmt(FuncState *fs, Node *s);
void func_body(Compiler *c, FuncState *fs, Node *ftype, Node *body, Node *recv, Type *sig);
void assign_stmt(FuncState *fs, Node *s);
bool terminates(Node *s);
void close_scope(FuncState *fs, Scope *outer, int freereg);

#endif
