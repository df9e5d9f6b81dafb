/* vm/vm.h: the bytecode interpreter.
 *
 * Shaped for goroutines from the start: every goroutine (G) owns its register
 * stack and its frame stack, and the dispatch loop never recurses in C across
 * Go calls: a call pushes a Frame and continues in the same loop; a deferred
 * call, a panic's deferred calls, and Go code that C code needs to run (a
 * String method called by fmt) are frames too. vm_exec runs one goroutine
 * for at most a budget of instructions and returns why it stopped, so a
 * scheduler (rt/, next issue) can switch goroutines at any safe point.
 *
 * Roots for the GC: every G's registers (0..top) and frames' closures and
 * deferred calls, the globals, vm->tmp, the current panic values and the
 * native-callback results. */
#ifndef GOROLAB_VM_VM_H
#define GOROLAB_VM_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "base/buf.h"
#include "vm/object.h"
#include "vm/proto.h"
#include "rt/gstate.h"

/* Size classes of freed small objects kept for reuse (gc.c), 16 bytes apart:
 * up to 128, an array of a few ints (a call that makes a [5]int local). */
#define GC_POOL_CLASSES 16

typedef struct Defer {
    struct Defer *next;
    Value         fn;       /* the func value */
    int           nargs;
    Value        *args;     /* C heap copy; GC roots */
} Defer;

typedef struct Panic {
    struct Panic *link;     /* the panic this one interrupted (printed first) */
    Value         value;    /* interface value */
    bool          recovered;
    bool          is_runtime_error;  /* value is a runtime.Error: nil deref adds the SIGSEGV line */
    bool          sigsegv;
    char         *trace;    /* the goroutine's stack at the panic, Go's format; C heap */
    int32_t       dframe;   /* index of the frame of the deferred call this panic is running, or -1 */
    Value         msg;      /* Error()/String() result for printing (a string), once computed */
    bool          msg_done; /* msg is valid (or the fallback format applies) */
} Panic;

enum {
    FRAME_DEFERRED = 1,     /* this frame is a deferred call */
    FRAME_PANIC_DEFER = 2,  /* ... run because of a panic: recover() works here */
    FRAME_CALLBACK = 4,     /* a Go call requested by a native; its results go to vm->cb_results */
    FRAME_PANIC_PRINT = 8,  /* an Error/String call made to print an unrecovered panic */
    FRAME_CB_UNWIND = 16,   /* a callback requested by a native deferred call run by a panic:
                               when it returns, unwinding continues */
    FRAME_DEFER_NATIVE = 64, /* running a deferred native call (at RUNDEFERS): Go reports the
                               function's closing brace */
    FRAME_JUMPED = 32,      /* stopped after a backward jump: pc is the loop's next instruction,
                               which the traceback shows (not the one before it) */
};

typedef struct Frame {
    Proto       *proto;
    ObjClosure  *cl;        /* NULL for a static call */
    const Instr *pc;        /* saved pc (next instruction) while not running */
    uint32_t     base;      /* R[0] is g->stack[base] */
    uint32_t     race_top;  /* the race detector's node for this frame's function above race_pfx; 0: none yet */
    Defer       *defers;    /* LIFO */
    uint8_t      flags;
    uint32_t     top;       /* g->top while this frame is the top one (>= the caller's top) */
    int32_t      cb_base;   /* FRAME_CALLBACK: the requesting native's first cb_results slot */
    uint32_t     race_pfx;  /* the race detector's node for the frames below (rt/race.c); 0: none yet */
} Frame;

typedef enum GStatus { G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD } GStatus;

typedef struct G {
    int64_t   id;           /* Go's goroutine id: main is 1 */
    GStatus   status;
    Value    *stack;        /* registers; C heap, grows (frames keep offsets, not pointers) */
    uint32_t  stack_cap;
    uint32_t  top;          /* registers in use: the top frame's base + nregs */
    Frame    *frames;
    int32_t   nframes, capframes;
    uint64_t  stack_bytes;  /* what Go's stack would hold for these frames (vm.c) */
    uint64_t  stack_limit;  /* ... and its most (from VMOptions.max_stack) */
    Panic    *panic;        /* the innermost active panic, or NULL */
    struct G *next;         /* scheduler links: the run queue */
    GSched    rt;           /* scheduling state (rt/gstate.h) */
    struct ObjMap *map_writing; /* stopped in the middle of a write to this map (its `writing`); GC root */
} G;

typedef enum ExecStatus {
    EXEC_DONE,      /* the goroutine's function returned */
    EXEC_YIELD,     /* budget used up at a safe point */
    EXEC_BLOCKED,   /* parked (next issue) */
    EXEC_PANIC,     /* an unrecovered panic ended the program (already printed) */
    EXEC_EXIT,      /* os.Exit(vm->exit_code) */
    EXEC_FATAL,     /* fatal error or limit (already printed) */
} ExecStatus;

typedef struct VMOptions {
    uint64_t seed;          /* for map iteration order, math/rand, select */
    int      argc;          /* os.Args */
    char   **argv;
    uint64_t max_steps;     /* 0: default limit */
    uint64_t max_heap;      /* bytes of live Go heap; 0: default */
    uint64_t max_goroutines;/* live goroutines; 0: default (1,000,000) */
    uint64_t max_stack;     /* bytes per goroutine, as debug.SetMaxStack; 0: Go's 1e9 */
    /* Output of the program (fd 1 or 2). NULL: stdout/stderr. */
    void   (*write)(void *ctx, int fd, const char *s, size_t n);
    void    *write_ctx;
    int      go_minor;      /* Go 1.N semantics (--go 1.N); 0: the newest */
    int64_t  max_time;      /* virtual ns the run may last; 0: default (RT_DEFAULT_MAX_TIME, rt/inspect.h) */
    int      cpus;          /* virtual CPUs runtime.NumCPU reports (--cpus; 0: RT_DEFAULT_CPUS) */
    bool     leaks_full;    /* --leaks=full: every leaked goroutine's block, not grouped to a screen */
    int64_t  max_wall_ms;   /* wall-clock ms the run may last (checked every time slice); 0: none */
    bool     mem_points;    /* every read and write of a package variable is an event (EV_MEMORY), so a
                               switch point under a schedule (a challenge that asks for them) */
} VMOptions;

typedef struct VM {
    Program  *prog;
    VMOptions opt;
    Value    *globals;
    G        *main_g;
    G        *cur;          /* the goroutine running now */
    int64_t   next_goid;
    uint64_t  steps;        /* instructions executed */
    int       exit_code;
    uint64_t  rng[4];       /* xoshiro256** state, seeded from opt.seed */
    /* heap */
    Obj      *objects;      /* all objects */
    size_t    heap_bytes, heap_live, gc_threshold, heap_peak;
    uint64_t  gc_count;
    Obj      *pool[GC_POOL_CLASSES];   /* freed objects of 16, 32, ... 256 bytes, reused (gc.c) */
    int64_t   npool[GC_POOL_CLASSES];  /* their numbers */
    Obj     **gray;         /* mark stack */
    size_t    ngray, capgray;
    Value    *tmp;          /* extra roots natives may use (vm_push_tmp / vm_pop_tmp) */
    int32_t   ntmp, captmp;
    /* native callbacks (see NAT_CALL) */
    Value     cb_fn;        /* requested call */
    Value    *cb_args;
    int32_t   cb_nargs;
    Value    *cb_results;   /* results of earlier callbacks for the native being re-run */
    int32_t   ncb_results, capcb_results, cb_consumed;
    /* output */
    Buf       out;          /* buffered stdout, flushed at exit and before stderr writes */
    void     *rt;           /* the scheduler (rt/, next issue) */
    /* added by vm.c */
    G       **allgs;        /* every live goroutine (GC roots); vm_run adds main_g */
    int32_t   nallgs, capallgs;
    G        *gfree;        /* ended goroutines' shells, for the next ones (vm.c) */
    int32_t   ngfree;
    int32_t   cb_base;      /* first cb_results slot of the native running now */
    bool      cb_rerun;     /* the next native call is a re-run after a callback */
    bool      halted;       /* a fatal error ended the run */
    bool      muted;        /* after main returned (rt/sched.c settle): output is dropped */
    Panic    *printing;     /* the panic whose Error/String a FRAME_PANIC_PRINT frame computes */
    void     *fatal_jmp;    /* jmp_buf * of the running vm_exec (heap limit inside allocation) */
    struct MCacheEntry *mcache; /* CALLI/ISTYPE lookup cache, open addressing */
    uint32_t  mcache_cap, mcache_len;
    uint64_t  exec_used;    /* instructions of the running slice not yet in steps (the clock) */
    uint32_t  next_chan_id; /* channels are numbered 1, 2, ... per run */
    void     *sema;         /* rt/sema.c: wait queues keyed by address (sync); freed by sema_free */
    void     *timers;       /* lib_time.c: the time package's armed timers; freed by time_timers_free */
    /* stepping (rt/inspect.h) */
    bool      ev_count_only; /* events are only counted, not recorded (kept by rt/inspect.c
                               insp_refresh_counting): vm.c fast_mutex adds to ev_total itself */
    int64_t   ev_total;     /* the scheduler's events so far, the next event's number (rt/) */
    bool      pause_req;    /* an event was recorded while stepping by event: vm_exec stops at the
                               next instruction boundary after the operation (EXEC_YIELD) */
    bool      yield_ctick;  /* the last EXEC_YIELD was at a call, which runs (and counts) again */
    bool      limit_hit;    /* a gorolab limit ended the run (vm_limit) */
    int       gomaxprocs;   /* runtime.GOMAXPROCS's setting (0: the CPUs) */
    bool      explore_points; /* explore: every map write and len(ch) is a choice point (rt/explore.c) */
    bool      point_yield;    /* ...and this slice ended at one */
    bool      leak_scan_due; /* a collection asks the scheduler for a leak scan (vm/gc.h) */
    struct AddrTab *addrs;  /* vm/object.c: printed addresses (obj_addr); owned */
    int64_t   wall_deadline;/* CLOCK_MONOTONIC ms when opt.max_wall_ms runs out; 0: none */
    void     *race;         /* rt/race.c: the race detector's state (--race, or the always-on
                               map check when the program uses maps), or NULL */
    bool      race_on;      /* the detector tracks accesses (after the first `go`) */
    bool      hb_log;       /* rt/hb.h: sync edges are logged for the grader */
    bool      sync_plain;   /* ev_count_only, !race_on, !hb_log (vm_sync_refresh): vm.c's inline Lock/Unlock */
    bool      sync_race;    /* ev_count_only, race_on, !hb_log: the same in exec_race, with the race edges */
} VM;

/* vm_new prepares to run prog (borrowed; it must outlive the VM). */
VM *vm_new(Program *prog, const VMOptions *opt);
void vm_free(VM *vm);

/* vm_run runs the program to its end (rt_run without --dump): goroutines,
 * panics printed as Go prints them. Returns the process exit status (0, 2 for a panic or fatal
 * error, os.Exit's code). */
int vm_run(VM *vm);

/* vm_exec runs g for at most `budget` instructions. */
ExecStatus vm_exec(VM *vm, G *g, int64_t budget);

/* Output: everything the program prints goes through here. */
void vm_write(VM *vm, int fd, const char *s, size_t n);

/* Panics from natives and the VM: set g's panic and return NAT_PANIC.
 * vm_panic_runtime makes a runtime.Error ("runtime error: " + message). */
NatStatus vm_panic_value(VM *vm, Value iface);
NatStatus vm_panic_runtime(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
NatStatus vm_panic_plain(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));  /* runtime.Error without the "runtime error: " prefix (Go's plainError) */
NatStatus vm_panic_string(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));  /* panic("...") with a plain string */
/* vm_fatal prints "fatal error: msg" and the goroutine dump, ends the run. */
NatStatus vm_fatal(VM *vm, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* vm_fatal_user ends the run as Go's runtime.fatal does (sync misuse, concurrent map
 * writes): "fatal error: msg", then every goroutine, the running one first with its
 * "created by" (Go's user throws set traceback "all"). recover cannot stop it. */
NatStatus vm_fatal_user(VM *vm, const char *msg);
/* vm_limit ends the run because a gorolab limit (steps, virtual time,
 * goroutines, heap) was reached: "fatal error: gorolab: <msg> (raise it with
 * <flag>)", the goroutine dump, exit status VM_EXIT_LIMIT. The one place
 * limits are raised. */
NatStatus vm_limit(VM *vm, const char *flag, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#define VM_EXIT_LIMIT 3
/* vm_wall_over: the run's wall-clock limit (opt.max_wall_ms) has passed;
 * then it also ends the run with vm_limit and returns true. */
bool vm_wall_over(VM *vm);     /* == EXIT_LIMIT of rt/inspect.h */

/* Native callbacks into Go code (restart-with-memo, no C recursion):
 * a native that needs the result of a Go call (e.g. fmt calling String())
 * first asks vm_callback_result(vm, &v); if it returns true, v is the result
 * of the next callback it asked for in an earlier attempt. Otherwise it calls
 * vm_callback(vm, fn, args, nargs) and returns NAT_CALL: the VM runs the call,
 * records its first result, and runs the native again from the start with the
 * same arguments. Results are consumed in order; they are discarded when the
 * native finally returns NAT_OK or NAT_PANIC. */
bool vm_callback_result(VM *vm, Value *out);
NatStatus vm_callback(VM *vm, Value fn, const Value *args, int nargs);

/* Roots for C code holding values across allocations. */
void vm_push_tmp(VM *vm, Value v);
void vm_pop_tmp(VM *vm, int n);

/* vm_func_value returns the func value (a closure without upvalues) of p. */
Value vm_func_value(VM *vm, Proto *p);

/* Strings from C. */
Value vm_string(VM *vm, const char *s, int64_t len);
Value vm_cstring(VM *vm, const char *s);

/* The seeded generator (xoshiro256**). */
uint64_t vm_rand(VM *vm);

/* vm_traceback appends the goroutine's stack in Go's format:
 * "main.f(...)\n\t/abs/file.go:12 +0x1d\n" for each frame, innermost first. */
void vm_traceback(VM *vm, G *g, Buf *out);
/* vm_top_function names the function on top of g's stack as its dump shows it
 * (the native it is parked in, if any): goleak's "with X on top of the stack". */
const char *vm_top_function(VM *vm, G *g);

/* Native function registry: natives are declared in the embedded Go sources
 * of the std packages as functions without a body; the compiler binds them by
 * "pkg.Name" (or "pkg.Type.Method" for methods) to these. */
typedef struct NativeDef {
    const char *name;   /* "strings.Split", "time.Duration.String" */
    NativeFn    fn;
} NativeDef;
NativeFn native_lookup(const char *qualified_name);
void native_register(const NativeDef *defs);   /* a NULL-name-terminated table */

/* vm_new_g returns a new goroutine (id next_goid++) that will call fn (a func value) with
 * nargs args, registered in vm->allgs. Its status is G_RUNNABLE. */
G *vm_new_g(VM *vm, Value fn, const Value *args, int nargs);
/* vm_release_g removes a finished goroutine from vm->allgs and frees it. */
void vm_release_g(VM *vm, G *g);
/* vm_dump_goroutine appends "goroutine N [state]:\n" and g's traceback. */
void vm_dump_goroutine(VM *vm, G *g, const char *state, Buf *out);
/* vm_flush writes the buffered stdout. */
void vm_flush(VM *vm);
/* vm_chan_len returns len (or cap) of a channel object; set by rt/ (NULL: 0). */
extern int64_t (*vm_chan_len)(Obj *ch, bool want_cap);
/* vm_die leaves the running vm_exec (which returns EXEC_FATAL) after a vm_fatal from a
 * place that cannot return a status (the allocator); exits the process when none runs. */
void vm_die(VM *vm) __attribute__((noreturn));
/* vm_type returns the runtime type with id tid (NULL for 0 or out of range). */
Type *vm_type(VM *vm, uint32_t tid);

/* vm_sync_refresh recomputes VM.sync_plain after ev_count_only, race_on or
 * hb_log changed. */
static inline void vm_sync_refresh(VM *vm)
{
    vm->sync_plain = vm->ev_count_only && !vm->race_on && !vm->hb_log;
    vm->sync_race = vm->ev_count_only && vm->race_on && !vm->hb_log;
}

#endif
