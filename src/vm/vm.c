/* vm/vm.c: the bytecode interpreter: VM lifecycle, the dispatch loop, calls,
 * defers, panics (raise, unwind, recover, print) and tracebacks.
 *
 * The loop never recurses in C across Go calls: calls, deferred calls, native
 * callbacks and the Error/String calls made to print a panic are all frames
 * of the goroutine. A frame's registers are g->stack[base .. base+nregs); a
 * call with operand A puts the callee's base at the caller's base + A + 1 so
 * the arguments are already in place, and results come back to callee base-1+k.
 * Invariants: g->top == frames[nframes-1].top (>= every frame's end), and the
 * registers below g->top hold no stale references (new frames are zeroed past
 * their parameters), so the GC scans g->stack[0..top). */
#include "vm/vm.h"
#include "rt/hb.h"
#include "rt/race.h"
#include "rt/race_priv.h"

#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/xalloc.h"
#include "lang/types.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "rt/chan.h"
#include "rt/inspect.h"
#include "rt/sched.h"
#include "rt/sema.h"
#include "lib/stdlib.h"

/* Limits. Go's stack doubles as it grows, up to runtime.maxstacksize (1e9
 * bytes): it overflows when the frames in use need more than 512 MiB (the
 * next size would pass 1e9). Each frame is counted as Go would lay it out:
 * a word per register (parameters, results, locals, temporaries) plus the
 * return address and frame pointer; 200,000 levels of a small function
 * take about 10 MB. */
#define GO_MAX_STACK 1000000000u
#define GO_FRAME_BYTES(p) (8u * (uint64_t)(p)->nregs + 16u)
#define MAX_REGS (uint32_t)(((uint64_t)512 << 20) / 8)   /* registers per goroutine (16 bytes each here) */
#define STACK_SLACK 16u          /* room above a frame for natives' results */
#define OUT_FLUSH (64 * 1024)    /* stdout buffer flushed past this */
#define EXEC_SLICE 100000        /* vm_run's budget per vm_exec call */
#define MAX_ALLOC ((int64_t)1 << 48)
#define FAKE_ADDR "0xc000012000"

typedef struct MCacheEntry { uint64_t key; void *val; } MCacheEntry;

/* ---- output ---- */

static void raw_write(VM *vm, int fd, const char *s, size_t n)
{
    if (!n || vm->muted) return;
    if (vm->opt.write) {
        vm->opt.write(vm->opt.write_ctx, fd, s, n);
        return;
    }
    FILE *f = fd == 2 ? stderr : stdout;
    fwrite(s, 1, n, f);
    fflush(f);
}

void vm_flush(VM *vm)
{
    raw_write(vm, 1, vm->out.data, vm->out.len);
    buf_reset(&vm->out);
}

void vm_write(VM *vm, int fd, const char *s, size_t n)
{
    if (vm->muted) return;   /* settling after main returned: what Go never prints */
    if (n) insp_record(vm, EV_OUTPUT, vm->cur, fd, (int64_t)n);
    if (fd == 1) {
        buf_add(&vm->out, s, n);
        if (vm->out.len > OUT_FLUSH) vm_flush(vm);
        return;
    }
    vm_flush(vm);
    raw_write(vm, fd, s, n);
}

/* ---- lifecycle ---- */

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void adopt_shells(VM *vm);

VM *vm_new(Program *prog, const VMOptions *opt)
{
    VM *vm = xcalloc(1, sizeof *vm);
    vm->prog = prog;
    if (opt) vm->opt = *opt;
    if (!vm->opt.max_steps) vm->opt.max_steps = 2000000000ULL;
    if (!vm->opt.max_stack) vm->opt.max_stack = GO_MAX_STACK;
    if (!vm->opt.max_heap) vm->opt.max_heap = (uint64_t)1 << 30;
    if (vm->opt.max_wall_ms > 0) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        vm->wall_deadline = (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + vm->opt.max_wall_ms;
    }
    vm->globals = xcalloc((size_t)(prog->nglobals > 0 ? prog->nglobals : 1), sizeof(Value));
    uint64_t sm = vm->opt.seed;
    for (int i = 0; i < 4; i++) vm->rng[i] = splitmix64(&sm);
    vm->gc_threshold = GC_MIN_THRESHOLD;
    vm->next_goid = 1;
    val_types = prog->types;
    val_ntypes = prog->ntypes;
    buf_init(&vm->out);
    gc_adopt_spare(vm);
    adopt_shells(vm);
    if (!prog->fastops_set) {   /* once per program, not per run: explore makes a VM per schedule */
        NativeFn lock = native_lookup("sync.Mutex.Lock"), unlock = native_lookup("sync.Mutex.Unlock");
        for (int32_t i = 0; i < prog->nprotos; i++) {
            Proto *p = prog->protos[i];
            if (p->native) p->fastop = p->native == lock ? PROTO_FAST_LOCK : p->native == unlock ? PROTO_FAST_UNLOCK : PROTO_FAST_NONE;
            else if (!p->jcost) p->jcost = proto_jump_costs(p->code, p->ncode, NULL);   /* a Proto not from the compiler */
            p->norace = p->name && (strncmp(p->name, "context.", 8) == 0 || strncmp(p->name, "time.", 5) == 0);
            if (!prog->after_func && p->name && strcmp(p->name, "time.AfterFunc") == 0) prog->after_func = p;
        }
        prog->fastops_set = true;
    }
    return vm;
}

static void free_panic(Panic *p)
{
    free(p->trace);
    free(p);
}

static void free_defers(Defer *d)
{
    while (d) {
        Defer *n = d->next;
        free(d->args);
        free(d);
        d = n;
    }
}

/* ---- goroutine shells ----
 * An ended goroutine's G, with its stack and frame array, is kept for the
 * next goroutine of its VM, and then of the next VM (explore and graders
 * make a VM per schedule: in a world of a hundred goroutines their mallocs
 * and frees were a tenth of a schedule). At most G_KEEP are kept. */
enum { G_KEEP = 1024 };
static _Atomic(G *) spare_gs;   /* the shells of the last VM freed */

static void drop_shells(G *g)
{
    for (G *n; g; g = n) {
        n = g->next;
        free(g->rt.waiters);
        free(g->frames);
        free(g->stack);
        free(g);
    }
}

static void free_g(VM *vm, G *g)
{
    free(g->rt.sleep_timer);   /* out of the timer heap (sched_forget_timers) */
    free(g->rt.cb_results);
    for (int32_t i = 0; i < g->nframes; i++) free_defers(g->frames[i].defers);
    while (g->panic) {
        Panic *p = g->panic;
        g->panic = p->link;
        free_panic(p);
    }
    g->next = NULL;
    if (vm->ngfree >= G_KEEP) {
        drop_shells(g);
        return;
    }
    g->next = vm->gfree;
    vm->gfree = g;
    vm->ngfree++;
}

/* new_shell returns a zeroed G, with a kept stack (zeroed), frame array
 * and channel waiters when there is one. */
static G *new_shell(VM *vm)
{
    G *g = vm->gfree;
    if (!g) return xcalloc(1, sizeof *g);
    vm->gfree = g->next;
    vm->ngfree--;
    Value *stack = g->stack;
    uint32_t stack_cap = g->stack_cap;
    Frame *frames = g->frames;
    int32_t capframes = g->capframes;
    struct Waiter *waiters = g->rt.waiters;
    int32_t capwaiters = g->rt.capwaiters;
    memset(g, 0, sizeof *g);
    memset(stack, 0, (size_t)stack_cap * sizeof *stack);
    g->stack = stack;
    g->stack_cap = stack_cap;
    g->frames = frames;
    g->capframes = capframes;
    g->rt.waiters = waiters;
    g->rt.capwaiters = capwaiters;
    return g;
}

static void adopt_shells(VM *vm)
{
    vm->gfree = atomic_exchange(&spare_gs, NULL);
    for (G *g = vm->gfree; g; g = g->next) vm->ngfree++;
}

static void keep_shells(VM *vm)
{
    drop_shells(atomic_exchange(&spare_gs, vm->gfree));
    vm->gfree = NULL;
    vm->ngfree = 0;
}

void vm_free(VM *vm)
{
    if (!vm) return;
    /* a run may end (or be dropped) with goroutines asleep: their sleep
     * timers, freed with them, must leave the timer heap first */
    sched_forget_timers(vm);
    for (int32_t i = 0; i < vm->nallgs; i++) {
        if (vm->allgs[i]->rt.race) race_g_end(vm, vm->allgs[i]);
        free_g(vm, vm->allgs[i]);
    }
    free(vm->allgs);
    keep_shells(vm);
    race_free(vm);
    obj_addr_fini(vm);
    time_timers_free(vm);   /* before sched_free: timers leave the scheduler's heap */
    sema_free(vm);
    sched_free(vm);
    gc_free_all(vm);
    free(vm->globals);
    free(vm->tmp);
    free(vm->cb_args);
    free(vm->cb_results);
    free(vm->mcache);
    buf_fini(&vm->out);
    if (val_types == vm->prog->types) {
        val_types = NULL;
        val_ntypes = 0;
    }
    free(vm);
}

Type *vm_type(VM *vm, uint32_t tid)
{
    return tid > 0 && (int32_t)tid < vm->prog->ntypes ? vm->prog->types[tid] : NULL;
}

/* ---- stacks and frames ---- */

#if defined(__GNUC__)
#define VM_INLINE inline __attribute__((always_inline))
#else
#define VM_INLINE inline
#endif

static bool ensure_stack(G *g, uint32_t need)
{
    if (need <= g->stack_cap) return true;
    if (need > MAX_REGS + STACK_SLACK * 4) return false;
    uint32_t cap = g->stack_cap ? g->stack_cap : 32;    /* 512 bytes: grows as needed */
    while (cap < need) cap *= 2;
    g->stack = xrealloc(g->stack, (size_t)cap * sizeof(Value));
    memset(g->stack + g->stack_cap, 0, (size_t)(cap - g->stack_cap) * sizeof(Value));
    g->stack_cap = cap;
    return true;
}

/* push_frame starts a Go call of p at base nb (params already there). Inlined:
 * it is half of what a call costs (abi/fibish.go makes 204M of them). */
static VM_INLINE bool push_frame(G *g, Proto *p, ObjClosure *cl, uint32_t nb, uint8_t flags)
{
    uint32_t end = nb + p->nregs;
    uint64_t bytes = g->stack_bytes + GO_FRAME_BYTES(p);
    if (bytes > g->stack_limit || end > MAX_REGS || g->nframes == INT32_MAX)
        return false;
    if (end + STACK_SLACK > g->stack_cap && !ensure_stack(g, end + STACK_SLACK)) return false;
    if (g->nframes >= g->capframes) {   /* most goroutines stay shallow: start small */
        g->capframes = g->capframes ? g->capframes * 2 : 2;
        g->frames = xrealloc(g->frames, (size_t)g->capframes * sizeof *g->frames);
    }
    /* the locals start zero: stale values above the caller's top are no roots
     * until now, so their objects may be gone */
    Value *z = &g->stack[nb + p->nparams];
    switch (end > nb + p->nparams ? end - nb - p->nparams : 0) {   /* most frames are small: no memset call */
    default: memset(z, 0, (size_t)(end - nb - p->nparams) * sizeof(Value)); break;
    case 8: z[7] = val_zero(); /* fall through */
    case 7: z[6] = val_zero(); /* fall through */
    case 6: z[5] = val_zero(); /* fall through */
    case 5: z[4] = val_zero(); /* fall through */
    case 4: z[3] = val_zero(); /* fall through */
    case 3: z[2] = val_zero(); /* fall through */
    case 2: z[1] = val_zero(); /* fall through */
    case 1: z[0] = val_zero(); /* fall through */
    case 0: break;
    }
    Frame *f = &g->frames[g->nframes++];
    g->stack_bytes = bytes;
    f->proto = p;
    f->cl = cl;
    f->pc = p->code;
    f->base = nb;
    f->defers = NULL;
    f->flags = flags;
    f->cb_base = 0;
    f->race_pfx = 0;
    f->race_top = 0;
    f->top = end > g->top ? end : g->top;
    g->top = f->top;
    return true;
}

static inline void pop_frame(G *g)
{
    Frame *f = &g->frames[--g->nframes];
    g->stack_bytes -= GO_FRAME_BYTES(f->proto);
    if (f->defers) {
        free_defers(f->defers);
        f->defers = NULL;
    }
    g->top = g->nframes ? g->frames[g->nframes - 1].top : 0;
}

G *vm_new_g(VM *vm, Value fn, const Value *args, int nargs)
{
    G *g = new_shell(vm);
    g->id = vm->next_goid++;
    g->status = G_RUNNABLE;
    g->rt.allg_index = vm->nallgs;
    /* the largest stack Go's doubling reaches within the limit */
    g->stack_limit = 8192;
    while (g->stack_limit * 2 <= vm->opt.max_stack) g->stack_limit *= 2;
    XPUSH(vm->allgs, vm->nallgs, vm->capallgs, g);
    ObjClosure *cl = (ObjClosure *)fn.o;
    ensure_stack(g, (uint32_t)nargs + cl->proto->nregs + STACK_SLACK + 1);
    for (int i = 0; i < nargs; i++) g->stack[1 + i] = args[i];
    g->top = 1;
    push_frame(g, cl->proto, cl->proto->closure0 == cl ? NULL : cl, 1, 0);
    return g;
}

void vm_release_g(VM *vm, G *g)
{
    int32_t i = g->rt.allg_index;
    if (i < 0 || i >= vm->nallgs || vm->allgs[i] != g) return;
    G *last = vm->allgs[--vm->nallgs];
    vm->allgs[i] = last;
    last->rt.allg_index = i;
    if (vm->cur == g) vm->cur = NULL;
    if (g->rt.race) race_g_end(vm, g);
    if (g->map_writing) g->map_writing->writing = NULL;
    free_g(vm, g);
}

/* ---- tracebacks ---- */

static int frame_line(const Frame *f, bool at_pc, int32_t *pcidx)
{
    int32_t i = (int32_t)(f->pc - f->proto->code) - (at_pc ? 0 : 1);
    if (i < 0) i = 0;
    if (i >= f->proto->ncode) i = f->proto->ncode - 1;
    *pcidx = i;
    if (!f->proto->lines || i < 0) return (int)f->proto->pos.line;
    return f->proto->lines[i];
}

/* parked_native: the native g's top frame f is parked in (its pc left on a CALL, CALLV or
 * CALLI of a native proto), or NULL. */
static const Proto *parked_native(VM *vm, G *g, const Frame *f)
{
    const Proto *p = f->proto;
    int32_t i = f->pc ? (int32_t)(f->pc - p->code) : -1;
    if (i < 0 || i >= p->ncode) return NULL;
    Instr in = p->code[i];
    const Proto *cp = NULL;
    if (instr_callee(in) >= 0) {
        uint32_t bx = (uint32_t)instr_callee(in);
        if (bx < (uint32_t)vm->prog->nprotos) cp = vm->prog->protos[bx];
    } else if (in.op == OP_CALLV) {
        Value v = g->stack[f->base + in.a];
        if (v.o && (v.meta & VAL_GCREF) && v.o->kind == OBJ_CLOSURE) cp = ((ObjClosure *)v.o)->proto;
    } else if (in.op == OP_CALLI) {
        uint32_t tid = VAL_TYPE(g->stack[f->base + in.a + 1]);
        Type *t = tid ? vm_type(vm, tid) : NULL;
        uint32_t bx = I_BX(in);
        Method *m = t && bx < (uint32_t)vm->prog->nnames ? type_lookup_method(t, vm->prog->names[bx], false) : NULL;
        if (m) cp = m->fn;
    } else if (in.op == OP_RUNDEFERS && f->defers && f->defers->fn.o && f->defers->fn.o->kind == OBJ_CLOSURE) {
        cp = ((ObjClosure *)f->defers->fn.o)->proto;   /* a deferred native blocked at return (defer wg.Wait()) */
    }
    return cp && cp->native ? cp : NULL;
}

const char *vm_top_function(VM *vm, G *g)
{
    if (!g->nframes) return "?";
    const Frame *f = &g->frames[g->nframes - 1];
    const Proto *np = g->status == G_WAITING ? parked_native(vm, g, f) : NULL;
    const char *name = np ? np->name : f->proto->name;
    return name ? name : "?";
}

static void trace_frame(VM *vm, G *g, int32_t k, Buf *out)
{
    Frame *f = &g->frames[k];
    const Proto *p = f->proto;
    /* a frame whose pc was left on the instruction (a deferred call or a native's
     * callback in progress) reports that instruction; others the one before pc */
    bool at_pc = false;
    if (k + 1 < g->nframes) {
        uint8_t fl = g->frames[k + 1].flags;
        at_pc = (fl & FRAME_CALLBACK) || ((fl & FRAME_DEFERRED) && !(fl & FRAME_PANIC_DEFER));
    } else if (f->flags & FRAME_JUMPED) {
        at_pc = true;   /* stopped at a loop's back edge: the loop's line, not the one before it */
    } else if (!g->panic && (f->flags & FRAME_DEFER_NATIVE)) {
        at_pc = true;   /* running a deferred native call: the closing brace, as in Go */
    } else if (g->status == G_WAITING || (g->status == G_RUNNABLE && g->rt.wake.done)) {
        at_pc = true;   /* parked: pc was left on the blocking instruction */
        /* parked in a native (sync.(*Mutex).Lock, time.Sleep...): Go shows its frame too,
         * at the native's Go declaration in the embedded std source */
        const Proto *np = parked_native(vm, g, f);
        if (np) {
            const char *nf = np->pos.file < (uint32_t)vm->prog->nfiles ? vm->prog->files[np->pos.file] : "?";
            buf_printf(out, "%s(%s)\n\t%s:%d +0x0\n", np->name ? np->name : "?", np->nparams ? "..." : "", nf,
                       (int)np->pos.line);
        }
    }
    if (p->wrapper) return;   /* only the native it runs shows, as in Go */
    int32_t pci;
    int line = frame_line(f, at_pc, &pci);
    const char *file = p->pos.file < (uint32_t)vm->prog->nfiles ? vm->prog->files[p->pos.file] : "?";
    buf_printf(out, "%s(%s)\n\t%s:%d +0x%x\n", p->name ? p->name : "?", p->nparams ? "..." : "",
               file, line, (unsigned)pci * 4);
}

void vm_traceback(VM *vm, G *g, Buf *out)
{
    int32_t lo = 0;
    if (g->nframes > 0 && g->frames[0].proto == vm->prog->entry) lo = 1;
    int32_t n = g->nframes - lo;
    if (n <= 100) {
        for (int32_t k = g->nframes - 1; k >= lo; k--) trace_frame(vm, g, k, out);
        return;
    }
    for (int32_t k = g->nframes - 1; k >= g->nframes - 50; k--) trace_frame(vm, g, k, out);
    buf_printf(out, "...%d frames elided...\n", (int)(n - 100));
    for (int32_t k = lo + 49; k >= lo; k--) trace_frame(vm, g, k, out);
}

void vm_dump_goroutine(VM *vm, G *g, const char *state, Buf *out)
{
    buf_printf(out, "goroutine %lld [%s]:\n", (long long)g->id, state);
    vm_traceback(vm, g, out);
}

/* ---- fatal errors ---- */

static NatStatus fatal_v(VM *vm, const char *pre, const char *fmt, va_list ap)
{
    Buf b = BUF_INIT;
    if (pre) buf_puts(&b, pre);
    buf_puts(&b, "fatal error: ");
    buf_vprintf(&b, fmt, ap);
    buf_puts(&b, "\n");
    G *g = vm->cur ? vm->cur : vm->main_g;
    if (g) {
        buf_puts(&b, "\n");
        if (g == vm->cur || g->status == G_RUNNING) vm_dump_goroutine(vm, g, "running", &b);
        else sched_dump_goroutine(vm, g, &b);   /* ended from the scheduler: main as it is */
    }
    vm_write(vm, 2, b.data, b.len);
    buf_fini(&b);
    vm->halted = true;
    vm->exit_code = 2;
    return NAT_EXIT;
}

NatStatus vm_fatal(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    NatStatus st = fatal_v(vm, NULL, fmt, ap);
    va_end(ap);
    return st;
}

static int by_goid(const void *a, const void *b)
{
    int64_t x = (*(G *const *)a)->id, y = (*(G *const *)b)->id;
    return (x > y) - (x < y);
}

NatStatus vm_fatal_user(VM *vm, const char *msg)
{
    Buf b = BUF_INIT;
    buf_printf(&b, "fatal error: %s\n", msg);
    G *cur = vm->cur;
    if (cur) {
        buf_puts(&b, "\n");
        vm_dump_goroutine(vm, cur, "running", &b);
        sched_created_by(vm, cur, &b);
    }
    G **gs = xmalloc(((size_t)vm->nallgs + 1) * sizeof *gs);
    int32_t n = 0;
    for (int32_t i = 0; i < vm->nallgs; i++)
        if (vm->allgs[i] != cur && vm->allgs[i]->status != G_DEAD) gs[n++] = vm->allgs[i];
    if (n > 1) qsort(gs, (size_t)n, sizeof *gs, by_goid);
    for (int32_t i = 0; i < n; i++) {
        buf_puts(&b, "\n");
        sched_dump_goroutine(vm, gs[i], &b);
    }
    free(gs);
    vm_write(vm, 2, b.data, b.len);
    buf_fini(&b);
    vm->halted = true;
    vm->exit_code = 2;
    return NAT_EXIT;
}

NatStatus vm_limit(VM *vm, const char *flag, const char *fmt, ...)
{
    Buf m = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&m, fmt, ap);
    va_end(ap);
    NatStatus st = vm_fatal(vm, "gorolab: %s (raise it with %s)", buf_str(&m), flag);
    buf_fini(&m);
    vm->exit_code = VM_EXIT_LIMIT;
    vm->limit_hit = true;
    return st;
}

bool vm_wall_over(VM *vm)
{
    if (!vm->wall_deadline) return false;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    if ((int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 < vm->wall_deadline) return false;
    vm->wall_deadline = 0;   /* report it once */
    vm_limit(vm, "--max-wall", "wall-clock limit of %lld ms exceeded", (long long)vm->opt.max_wall_ms);
    return true;
}

static void fatal_pre(VM *vm, const char *pre, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fatal_v(vm, pre, fmt, ap);
    va_end(ap);
}

void vm_die(VM *vm)
{
    vm->halted = true;
    if (!vm->limit_hit) vm->exit_code = 2;
    if (vm->fatal_jmp) longjmp(*(jmp_buf *)vm->fatal_jmp, 1);
    vm_flush(vm);
    exit(vm->exit_code);
}

/* ---- panics ---- */

static void start_panic(VM *vm, G *g, Value v, bool rt, bool segv, const char *msg)
{
    Panic *p = xcalloc(1, sizeof *p);
    p->link = g->panic;
    p->value = v;
    p->is_runtime_error = rt;
    p->sigsegv = segv;
    p->dframe = -1;
    g->panic = p;   /* roots v before allocating */
    insp_record(vm, EV_PANIC, g, 0, 0);
    if (msg) {
        p->msg = vm_cstring(vm, msg);
        p->msg_done = true;
    }
    Buf b = BUF_INIT;
    vm_traceback(vm, g, &b);
    p->trace = buf_take(&b);
}

/* rt_error_value makes the value recover() returns for runtime error text s,
 * of Go's type: runtime.boundsError for indexes, slices and conversions out
 * of range, *runtime.TypeAssertionError for "interface conversion",
 * *runtime.PanicNilError for panic(nil), else runtime.plainError (plain) or
 * runtime.errorString. */
static Value rt_error_value(VM *vm, bool plain, Value s)
{
    const Program *pg = vm->prog;
    const char *m = str_data(s);
    Type *t = plain && pg->rt_plain_error ? pg->rt_plain_error : pg->rt_error;
    Type *pt = NULL;
    if (!plain && pg->rt_bounds_error &&
        (strncmp(m, "index out of range", 18) == 0 || strncmp(m, "slice bounds out of range", 25) == 0 ||
         strncmp(m, "cannot convert slice with length", 32) == 0))
        t = pg->rt_bounds_error;
    else if (plain && strncmp(m, "interface conversion:", 21) == 0)
        pt = pg->rt_assert_error;
    else if (plain && strcmp(m, "panic called with nil argument") == 0)
        pt = pg->rt_panic_nil;
    if (pt && pt->id && pt->elem) {   /* a pointer to a struct { msg string } */
        vm_push_tmp(vm, s);
        Value o = val_zero_of(vm, pt->elem);
        vm_pop_tmp(vm, 1);
        if (o.o && o.o->kind == OBJ_CELLS && ((ObjCells *)o.o)->n > 0) ((ObjCells *)o.o)->v[0] = s;
        o.aux = POINTER_WHOLE;
        return val_iface(o, pt->id);
    }
    return t && t->id ? val_iface(s, t->id) : val_zero();
}

static bool is_rt_error_type(const Program *pg, const Type *t)
{
    return t && (t == pg->rt_error || t == pg->rt_plain_error || t == pg->rt_bounds_error ||
                 t == pg->rt_assert_error || t == pg->rt_panic_nil);
}

/* rt_panic raises a runtime error: plain errors print and Error() without the
 * "runtime error: " prefix (Go's plainError and TypeAssertionError). */
static void rt_panic_v(VM *vm, G *g, bool plain, bool segv, const char *fmt, va_list ap)
{
    Buf b = BUF_INIT;
    buf_vprintf(&b, fmt, ap);
    Value s = vm_string(vm, b.data, (int64_t)b.len);
    vm_push_tmp(vm, s);
    Value v = rt_error_value(vm, plain, s);
    vm_push_tmp(vm, v);
    Buf m = BUF_INIT;
    if (!plain) buf_puts(&m, "runtime error: ");
    buf_add(&m, b.data, b.len);
    start_panic(vm, g, v, true, segv, buf_str(&m));
    vm_pop_tmp(vm, 2);
    buf_fini(&b);
    buf_fini(&m);
}

static void rt_panic(VM *vm, G *g, bool plain, bool segv, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
static void rt_panic(VM *vm, G *g, bool plain, bool segv, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rt_panic_v(vm, g, plain, segv, fmt, ap);
    va_end(ap);
}

NatStatus vm_panic_value(VM *vm, Value iface)
{
    G *g = vm->cur;
    if (VAL_TYPE(iface) == 0) {
        if (vm->opt.go_minor && vm->opt.go_minor <= 20) start_panic(vm, g, val_zero(), false, false, NULL);
        else rt_panic(vm, g, true, false, "panic called with nil argument");
        return NAT_PANIC;
    }
    start_panic(vm, g, iface, false, false, NULL);
    return NAT_PANIC;
}

NatStatus vm_panic_runtime(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rt_panic_v(vm, vm->cur, false, false, fmt, ap);
    va_end(ap);
    return NAT_PANIC;
}

NatStatus vm_panic_plain(VM *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rt_panic_v(vm, vm->cur, true, false, fmt, ap);
    va_end(ap);
    return NAT_PANIC;
}

NatStatus vm_panic_string(VM *vm, const char *fmt, ...)
{
    Buf b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    Value s = vm_string(vm, b.data, (int64_t)b.len);
    buf_fini(&b);
    Type *st = ty_string;
    Value v = val_iface(s, st && st->id ? st->id : 0);
    vm_push_tmp(vm, s);
    start_panic(vm, vm->cur, v, false, false, NULL);
    if (!st || !st->id) {
        vm->cur->panic->msg = s;
        vm->cur->panic->msg_done = true;
    }
    vm_pop_tmp(vm, 1);
    return NAT_PANIC;
}

/* Go's runtime print of a float64: +1.500000e+000 */
static void print_float(Buf *b, double v)
{
    if (v != v) { buf_puts(b, "NaN"); return; }
    if (v + v == v && v > 0) { buf_puts(b, "+Inf"); return; }
    if (v + v == v && v < 0) { buf_puts(b, "-Inf"); return; }
    enum { N = 7 };
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0) buf[0] = '-';
    } else {
        if (v < 0) { v = -v; buf[0] = '-'; }
        while (v >= 10) { e++; v /= 10; }
        while (v < 1) { e--; v *= 10; }
        double h = 5.0;
        for (int i = 0; i < N; i++) h /= 10;
        v += h;
        if (v >= 10) { e++; v /= 10; }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) { e = -e; buf[N + 3] = '-'; }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)((e / 10) % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    buf_add(b, buf, sizeof buf);
}

static bool is_basic(TypeKind k)
{
    return (k >= K_BOOL && k <= K_STRING);
}

/* format_value appends Go's printpanicval of an interface value (no method calls). */
static void format_value(VM *vm, Value v, Buf *b)
{
    Type *t = vm_type(vm, VAL_TYPE(v));
    if (!t) { buf_puts(b, "nil"); return; }
    bool named = t->pkg != NULL;
    if (!is_basic(t->kind)) {
        buf_printf(b, "(%s) " FAKE_ADDR, type_str(t));
        return;
    }
    if (named) buf_printf(b, "%s(", type_str(t));
    switch (t->kind) {
    case K_BOOL: buf_puts(b, v.i ? "true" : "false"); break;
    case K_FLOAT32: case K_FLOAT64: print_float(b, v.f); break;
    case K_STRING:
        if (named) buf_putc(b, '"');
        buf_add(b, str_data(v), (size_t)str_len(v));
        if (named) buf_putc(b, '"');
        break;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        buf_printf(b, "%llu", (unsigned long long)v.u);
        break;
    default: buf_printf(b, "%lld", (long long)v.i); break;
    }
    if (named) buf_putc(b, ')');
}

static const char *intern_name(VM *vm, const char *name)
{
    for (int32_t i = 0; i < vm->prog->nnames; i++)
        if (strcmp(vm->prog->names[i], name) == 0) return vm->prog->names[i];
    return NULL;
}

static Method *find_method(VM *vm, Type *t, const char *name)
{
    const char *in = intern_name(vm, name);
    if (in) return type_lookup_method(t, in, false);
    for (int i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, name) == 0 && t->methods[i].fn) return &t->methods[i];
    return NULL;
}

static void set_fallback_msg(VM *vm, Panic *p)
{
    Buf b = BUF_INIT;
    format_value(vm, p->value, &b);
    p->msg = vm_string(vm, b.data, (int64_t)b.len);
    p->msg_done = true;
    buf_fini(&b);
}

/* prepare_panic_print computes the next missing message of g's panic chain:
 * returns true when it pushed a FRAME_PANIC_PRINT frame (run it first). */
static bool prepare_panic_print(VM *vm, G *g)
{
    for (Panic *p = g->panic; p; p = p->link) {
        if (p->msg_done) continue;
        Type *t = vm_type(vm, VAL_TYPE(p->value));
        if (is_rt_error_type(vm->prog, t)) {
            Buf b = BUF_INIT;
            Value s = p->value;
            if (t == vm->prog->rt_error || t == vm->prog->rt_bounds_error) buf_puts(&b, "runtime error: ");
            if (t == vm->prog->rt_assert_error || t == vm->prog->rt_panic_nil)
                s = p->value.o && ((ObjCells *)p->value.o)->n > 0 ? ((ObjCells *)p->value.o)->v[0] : val_zero();
            buf_add(&b, str_data(s), (size_t)str_len(s));
            p->msg = vm_string(vm, b.data, (int64_t)b.len);
            p->msg_done = true;
            buf_fini(&b);
            continue;
        }
        Method *m = NULL;
        if (t) {
            m = find_method(vm, t, "Error");
            if (!m || !m->fn) m = find_method(vm, t, "String");
        }
        if (!m || !m->fn) {
            set_fallback_msg(vm, p);
            continue;
        }
        Proto *fn = m->fn;
        uint32_t nb = g->top + 1;
        if (!ensure_stack(g, nb + fn->nregs + STACK_SLACK + 2)) {
            set_fallback_msg(vm, p);
            continue;
        }
        g->stack[nb - 1] = val_zero();
        g->stack[nb] = val_unbox(p->value);
        if (fn->native) {
            uint32_t top = g->top;
            g->top = nb + 2;
            NatStatus st = fn->native(vm, &g->stack[nb], &g->stack[nb - 1]);
            g->top = top;
            if (st == NAT_OK && (g->stack[nb - 1].o == NULL || g->stack[nb - 1].o->kind == OBJ_STRING)) {
                p->msg = g->stack[nb - 1];
                p->msg.meta &= VAL_GCREF;
                p->msg_done = true;
            } else {
                set_fallback_msg(vm, p);
            }
            continue;
        }
        if (!push_frame(g, fn, NULL, nb, FRAME_PANIC_PRINT)) {
            set_fallback_msg(vm, p);
            continue;
        }
        vm->printing = p;
        return true;
    }
    return false;
}

static void print_panics(VM *vm, G *g)
{
    Buf b = BUF_INIT;
    int n = 0;
    for (Panic *p = g->panic; p; p = p->link) n++;
    Panic **chain = xmalloc((size_t)(n ? n : 1) * sizeof *chain);
    int i = n;
    bool segv = false;
    for (Panic *p = g->panic; p; p = p->link) {
        chain[--i] = p;
        segv |= p->sigsegv;
    }
    for (i = 0; i < n; i++) {
        Panic *p = chain[i];
        if (i > 0) buf_putc(&b, '\t');
        buf_puts(&b, "panic: ");
        if (p->msg_done) buf_add(&b, str_data(p->msg), (size_t)str_len(p->msg));
        else format_value(vm, p->value, &b);
        if (p->recovered) buf_puts(&b, " [recovered]");
        buf_putc(&b, '\n');
    }
    if (segv) buf_puts(&b, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
    buf_printf(&b, "\ngoroutine %lld [running]:\n", (long long)g->id);
    if (g->panic && g->panic->trace) buf_puts(&b, g->panic->trace);
    sched_created_by(vm, g, &b);
    vm_write(vm, 2, b.data, b.len);
    buf_fini(&b);
    free(chain);
}

/* ---- the method cache (CALLI, interface checks) ---- */

static void *mc_get(VM *vm, uint64_t key)
{
    if (!vm->mcache) return NULL;
    uint32_t mask = vm->mcache_cap - 1, i = (uint32_t)((key * 0x9E3779B97F4A7C15ULL) >> 40) & mask;
    for (;;) {
        MCacheEntry *e = &vm->mcache[i];
        if (e->key == key) return e->val;
        if (e->key == 0) return NULL;
        i = (i + 1) & mask;
    }
}

static void mc_put(VM *vm, uint64_t key, void *val)
{
    if ((vm->mcache_len + 1) * 2 > vm->mcache_cap) {
        uint32_t oc = vm->mcache_cap;
        MCacheEntry *old = vm->mcache;
        vm->mcache_cap = oc ? oc * 2 : 64;
        vm->mcache = xcalloc(vm->mcache_cap, sizeof(MCacheEntry));
        vm->mcache_len = 0;
        for (uint32_t i = 0; i < oc; i++)
            if (old[i].key) mc_put(vm, old[i].key, old[i].val);
        free(old);
    }
    uint32_t mask = vm->mcache_cap - 1, i = (uint32_t)((key * 0x9E3779B97F4A7C15ULL) >> 40) & mask;
    while (vm->mcache[i].key && vm->mcache[i].key != key) i = (i + 1) & mask;
    if (!vm->mcache[i].key) vm->mcache_len++;
    vm->mcache[i].key = key;
    vm->mcache[i].val = val;
}

/* missing_method returns the first method of interface type it that dynamic type tid lacks. */
static const char *missing_method(VM *vm, uint32_t tid, Type *it)
{
    Type *u = it->under ? it->under : it;
    uint64_t key = ((uint64_t)tid << 32) | 0x80000000u | it->id;
    void *c = it->id ? mc_get(vm, key) : NULL;
    if (c) return c == (void *)1 ? NULL : (const char *)c;
    Type *dt = vm_type(vm, tid);
    const char *miss = NULL;
    for (int i = 0; i < u->nmethods && dt; i++) {
        if (!type_has_method(dt, &u->methods[i])) {   /* signatures are interned: identical means equal */
            miss = u->methods[i].name;
            break;
        }
    }
    if (it->id) mc_put(vm, key, miss ? (void *)miss : (void *)1);
    return miss;
}

/* ---- slices: Go's growslice ---- */

static const uint16_t size_classes[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
    9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
    28672, 32768};

/* roundupsize: Go 1.22's malloc rounding, with the 8-byte malloc header of
 * pointerful objects over 512 bytes. */
static int64_t roundupsize(int64_t size, bool noscan)
{
    int64_t req = size;
    if (req <= 32768 - 8) {
        if (!noscan && req > 512) req += 8;
        for (size_t i = 0; i < sizeof size_classes / sizeof size_classes[0]; i++)
            if (size_classes[i] >= req) return size_classes[i] - (req - size);
    }
    req = size + 8191;
    if (req < size) return size;
    return req & ~(int64_t)8191;
}

static int64_t nextslicecap(int64_t newlen, int64_t oldcap)
{
    int64_t newcap = oldcap, doublecap = newcap + newcap;
    if (newlen > doublecap) return newlen;
    if (oldcap < 256) return doublecap;
    for (;;) {
        newcap += (newcap + 3 * 256) >> 2;
        if ((uint64_t)newcap >= (uint64_t)newlen) break;
    }
    return newcap <= 0 ? newlen : newcap;
}

static int64_t grow_cap(Type *et, int64_t oldcap, int64_t newlen)
{
    int64_t newcap = nextslicecap(newlen, oldcap);
    int64_t es = et ? type_go_size(et) : 8;
    if (es == 0) return newlen;
    if (newcap > MAX_ALLOC / es) return newcap;
    return roundupsize(newcap * es, et ? !type_has_ptr(et) : true) / es;
}

/* zero_size: values of et take no memory (struct{}, [0]T): always aggregates */
static bool zero_size(Type *et)
{
    return type_agg(et) && type_go_size(et) == 0;
}

/* new_backing allocates a backing array of cap elements of et (aggregates
 * zeroed objects); zero-size elements share one (OBJF_ZEROSIZE). */
static ObjCells *new_backing(VM *vm, Type *et, int64_t cap, int64_t from)
{
    if (zero_size(et)) {
        ObjCells *arr = obj_cells(vm, et, 1);
        arr->hdr.flags |= OBJF_BACKING | OBJF_ZEROSIZE;
        vm_push_tmp(vm, val_ref(&arr->hdr));
        arr->v[0] = val_ref(&obj_zero(vm, et)->hdr);
        vm_pop_tmp(vm, 1);
        return arr;
    }
    ObjCells *arr = obj_elems(vm, et, et, cap);
    arr->hdr.flags |= OBJF_BACKING;
    if (type_agg(et)) {
        vm_push_tmp(vm, val_ref(&arr->hdr));
        for (int64_t i = from; i < cap; i++) arr->v[i] = val_ref(&obj_zero(vm, et)->hdr);
        vm_pop_tmp(vm, 1);
    }
    return arr;
}

/* ---- UTF-8 ---- */

static int32_t decode_rune(const unsigned char *s, int64_t n, int *width)
{
    *width = 1;
    if (n <= 0) return 0xFFFD;
    unsigned c = s[0];
    if (c < 0x80) return (int32_t)c;
    int need;
    int32_t r, min;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; r = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { need = 2; r = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { need = 3; r = c & 0x07; min = 0x10000; }
    else return 0xFFFD;
    if (n < need + 1) return 0xFFFD;
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0xFFFD;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 0xFFFD;
    *width = need + 1;
    return r;
}

/* ---- calls ---- */

/* fast_mutex runs sync.(*Mutex).Lock (an unlocked mutex, g not just woken from
 * waiting for it) or Unlock (locked, no flag, nobody waiting) inline, as
 * lib_sync.c's natives would with their race edges and insp_after_native's
 * event (so the explorer still switches there); false: take the native. */
/* mutex_take locks free mutex m; mutex_give unlocks m when it is locked
 * with no waiter and no other state. v[0]: Mutex.state (lib_sync.c MU_STATE),
 * v[1]: waiters (MU_SEMA). False: nothing done, the native decides. */
static inline bool mutex_take(ObjCells *m)
{
    if (m->v[0].i & 1) return false;
    m->v[0].i |= 1;
    return true;
}
static inline bool mutex_give(ObjCells *m)
{
    if (m->v[0].i != 1 || m->v[1].i != 0) return false;
    m->v[0].i = 0;
    return true;
}
/* mutex_take_race, mutex_give_race: the same with their race edges, for
 * exec_race while nothing records or logs order (VM.sync_race; hb_acquire and
 * hb_release would only call the detector): the common case inline. */
static inline bool mutex_take_race(VM *vm, G *g, ObjCells *m)
{
    if (!mutex_take(m)) return false;
    if (!race_lock_fast(vm, g, m)) race_acquire(vm, g, m, RACE_SLOT_SYNC);
    return true;
}
static inline bool mutex_give_race(VM *vm, G *g, ObjCells *m)
{
    if (m->v[0].i != 1 || m->v[1].i != 0) return false;
    if (!race_unlock_fast(vm, g, m)) race_release(vm, g, m, RACE_SLOT_SYNC);
    m->v[0].i = 0;
    return true;
}

static inline __attribute__((always_inline)) bool fast_mutex(VM *vm, G *g, uint8_t op, const Value *recv,
                                                             bool race_inline)
{
    ObjCells *m = (ObjCells *)recv->o;
    if (!m || g->rt.wake.done || m->n < 2) return false;
    /* race_inline: exec_race's, with the race detector's common case inline */
    bool fast = race_inline && vm->race_on && !vm->hb_log;
    if (op == PROTO_FAST_LOCK) {
        if (!mutex_take(m)) return false;
        if (!fast || !race_lock_fast(vm, g, m)) hb_acquire(vm, g, m, RACE_SLOT_SYNC, true);
    } else {
        if (!mutex_give(m)) return false;
        if (!fast || !race_unlock_fast(vm, g, m)) hb_release(vm, g, m, RACE_SLOT_SYNC, true);
    }
    if (vm->ev_count_only) vm->ev_total++;   /* insp_mutex_op's common case */
    else insp_mutex_op(vm, g, op == PROTO_FAST_LOCK, recv);
    return true;
}

/* call_native runs native p with args at stack[nb..] and results at stack[nb-1..]. */
static NatStatus call_native(VM *vm, G *g, Proto *p, uint32_t nb)
{
    uint32_t need = nb + (p->nparams > p->nresults ? p->nparams : p->nresults) + 1;
    ensure_stack(g, need + STACK_SLACK);
    uint32_t top = g->top;
    if (need > g->top) g->top = need;
    if (!vm->cb_rerun) vm->cb_base = vm->ncb_results;
    vm->cb_rerun = false;
    vm->cb_consumed = vm->cb_base;
    int32_t base = vm->cb_base;
    NatStatus st = p->native(vm, &g->stack[nb], &g->stack[nb - 1]);
    g->top = top;
    if (st == NAT_OK) insp_after_native(vm, g, p, &g->stack[nb], &g->stack[nb - 1]);
    if (st != NAT_CALL) vm->ncb_results = base;
    vm->cb_base = base;
    return st;
}

enum { CR_PUSHED, CR_DONE, CR_PANIC, CR_EXIT, CR_FATAL, CR_BLOCK };

static int overflow(VM *vm)
{
    char msg[96];
    snprintf(msg, sizeof msg, "runtime: goroutine stack exceeds %llu-byte limit\n",
             (unsigned long long)vm->opt.max_stack);
    fatal_pre(vm, msg, "stack overflow");
    return CR_FATAL;
}

/* push_callback runs the Go call a native asked for (vm->cb_fn): a frame
 * flagged FRAME_CALLBACK|extra, or inline for a native callee (then its result
 * is recorded and CR_DONE returned: re-run the requesting native). */
static int push_callback(VM *vm, G *g, uint8_t extra)
{
    ObjClosure *cc = (ObjClosure *)vm->cb_fn.o;
    int32_t base = vm->cb_base;
    if (!cc) {
        vm->ncb_results = base;
        rt_panic(vm, g, false, true, "invalid memory address or nil pointer dereference");
        return CR_PANIC;
    }
    Proto *p = cc->proto;
    uint32_t nb = g->top + 1;
    if (!ensure_stack(g, nb + (uint32_t)vm->cb_nargs + p->nregs + STACK_SLACK)) return overflow(vm);
    g->stack[nb - 1] = val_zero();
    for (int i = 0; i < vm->cb_nargs; i++) g->stack[nb + i] = vm->cb_args[i];
    int nargs = vm->cb_nargs;
    vm->cb_nargs = 0;
    vm->cb_fn = val_zero();
    if (p->native) {
        uint32_t top = g->top;
        g->top = nb + (uint32_t)nargs;
        NatStatus st = call_native(vm, g, p, nb);
        g->top = top;
        if (st == NAT_OK) {
            Value r = p->nresults ? g->stack[nb - 1] : val_zero();
            XPUSH(vm->cb_results, vm->ncb_results, vm->capcb_results, r);
            vm->cb_rerun = true;
            vm->cb_base = base;
            return CR_DONE;
        }
        vm->ncb_results = base;
        if (st == NAT_PANIC) return CR_PANIC;
        if (st == NAT_EXIT) return vm->halted ? CR_FATAL : CR_EXIT;
        rt_panic(vm, g, true, false, "gorolab: a native callback to a native that calls back");
        return CR_PANIC;
    }
    for (uint32_t i = nb + (uint32_t)nargs; i < nb + p->nparams; i++) g->stack[i] = val_zero();
    if (!push_frame(g, p, cc == p->closure0 ? NULL : cc, nb, FRAME_CALLBACK | extra)) return overflow(vm);
    g->frames[g->nframes - 1].cb_base = base;
    return CR_PUSHED;
}

/* run_deferred starts deferred call d of the top frame (already unlinked). */
static int run_deferred(VM *vm, G *g, Defer *d, uint8_t flags)
{
    Frame *fr = &g->frames[g->nframes - 1];
    ObjClosure *c = (ObjClosure *)d->fn.o;
    d->next = NULL;
    if (!c) {
        free_defers(d);
        rt_panic(vm, g, false, true, "invalid memory address or nil pointer dereference");
        return CR_PANIC;
    }
    Proto *p = c->proto;
    uint32_t nb = g->top + 1;
    if (!ensure_stack(g, nb + (uint32_t)d->nargs + p->nregs + STACK_SLACK)) {
        free_defers(d);
        return overflow(vm);
    }
    g->stack[nb - 1] = val_zero();
    for (int i = 0; i < d->nargs; i++) g->stack[nb + i] = d->args[i];
    if (p->native) {
        uint32_t top = g->top;
        g->top = nb + (uint32_t)d->nargs;
        fr->flags |= FRAME_DEFER_NATIVE;   /* tracebacks: the closing brace */
        NatStatus st = call_native(vm, g, p, nb);
        fr = &g->frames[g->nframes - 1];
        fr->flags &= (uint8_t)~FRAME_DEFER_NATIVE;
        g->top = top;
        switch (st) {
        case NAT_OK: free_defers(d); return CR_DONE;
        case NAT_PANIC: free_defers(d); return CR_PANIC;
        case NAT_EXIT: free_defers(d); return vm->halted ? CR_FATAL : CR_EXIT;
        case NAT_BLOCK: d->next = fr->defers; fr->defers = d; return CR_BLOCK;
        case NAT_CALL:
            d->next = fr->defers;
            fr->defers = d;
            return push_callback(vm, g, (flags & FRAME_PANIC_DEFER) ? FRAME_CB_UNWIND : 0);
        }
    }
    for (uint32_t i = nb + (uint32_t)d->nargs; i < nb + p->nparams; i++) g->stack[i] = val_zero();
    free_defers(d);
    if (!push_frame(g, p, c == p->closure0 ? NULL : c, nb, flags)) return overflow(vm);
    return CR_PUSHED;
}

static int32_t recover_target(const Proto *p)
{
    if (p->recover_pc > 0) return p->recover_pc;
    for (int32_t i = p->ncode - 1; i >= 0; i--)
        if (p->code[i].op == OP_RUNDEFERS) return i;
    for (int32_t i = p->ncode - 1; i >= 0; i--)
        if (p->code[i].op == OP_RET) return i;
    return 0;
}

int64_t (*vm_chan_len)(Obj *ch, bool want_cap);

/* the element type of a slice's backing array (NULL: not aggregate-aware) */
static Type *backing_elem(const ObjCells *a)
{
    if (!a->type) return NULL;
    if (a->hdr.flags & OBJF_BACKING) return a->type;
    return a->type->kind == K_ARRAY ? a->type->elem : NULL;
}

static void bounds_index(VM *vm, G *g, int64_t i, int64_t n)
{
    if (i < 0) rt_panic(vm, g, false, false, "index out of range [%lld]", (long long)i);
    else rt_panic(vm, g, false, false, "index out of range [%lld] with length %lld", (long long)i, (long long)n);
}

/* grow_overflow panics as Go's growslice does when an append's length
 * overflows an int (possible only with zero-size elements); Go 1.20 renamed it */
static void grow_overflow(VM *vm, G *g)
{
    bool old = vm->opt.go_minor && vm->opt.go_minor <= 19;
    rt_panic(vm, g, false, false, old ? "growslice: cap out of range" : "growslice: len out of range");
}

/* check_slice checks lo <= hi <= max <= cap as Go does; three: a 3-index
 * expression; what: "capacity" or "length". Returns false after panicking. */
static bool check_slice(VM *vm, G *g, bool three, const char *what, int64_t lo, int64_t hi,
                        int64_t max, int64_t cap)
{
    long long l = lo, h = hi, m = max, c = cap;
    if (three) {
        if ((uint64_t)max > (uint64_t)cap) {
            if (max < 0) rt_panic(vm, g, false, false, "slice bounds out of range [::%lld]", m);
            else rt_panic(vm, g, false, false, "slice bounds out of range [::%lld] with %s %lld", m, what, c);
            return false;
        }
        if ((uint64_t)hi > (uint64_t)max) {
            if (hi < 0) rt_panic(vm, g, false, false, "slice bounds out of range [:%lld:]", h);
            else rt_panic(vm, g, false, false, "slice bounds out of range [:%lld:%lld]", h, m);
            return false;
        }
        if ((uint64_t)lo > (uint64_t)hi) {
            if (lo < 0) rt_panic(vm, g, false, false, "slice bounds out of range [%lld::]", l);
            else rt_panic(vm, g, false, false, "slice bounds out of range [%lld:%lld:]", l, h);
            return false;
        }
        return true;
    }
    if ((uint64_t)hi > (uint64_t)cap) {
        if (hi < 0) rt_panic(vm, g, false, false, "slice bounds out of range [:%lld]", h);
        else rt_panic(vm, g, false, false, "slice bounds out of range [:%lld] with %s %lld", h, what, c);
        return false;
    }
    if ((uint64_t)lo > (uint64_t)hi) {
        if (lo < 0) rt_panic(vm, g, false, false, "slice bounds out of range [%lld:]", l);
        else rt_panic(vm, g, false, false, "slice bounds out of range [%lld:%lld]", l, h);
        return false;
    }
    return true;
}

/* move_elems copies n elements between backing arrays like memmove (aggregates deeply). */
static void move_elems(Type *et, ObjCells *d, int64_t di, ObjCells *s, int64_t si, int64_t n)
{
    if ((d->hdr.flags | s->hdr.flags) & OBJF_ZEROSIZE) return;   /* no bytes to move */
    bool agg = type_agg(et);
    RawKind k = cells_raw(d);
    if (k != cells_raw(s)) {   /* one side raw, the other Values (a staging array) */
        if (d == s || di <= si)
            for (int64_t j = 0; j < n; j++) cells_set(d, di + j, cells_get(s, si + j));
        else
            for (int64_t j = n - 1; j >= 0; j--) cells_set(d, di + j, cells_get(s, si + j));
        return;
    }
    if (k) {
        size_t es = raw_size(k);
        memmove(cells_raw_data(d) + (size_t)di * es, cells_raw_data(s) + (size_t)si * es, (size_t)n * es);
        return;
    }
    if (!agg) {
        memmove(&d->v[di], &s->v[si], (size_t)n * sizeof(Value));
        return;
    }
    if (d == s && di > si) {
        for (int64_t k = n - 1; k >= 0; k--) val_copy_into(et, d->v[di + k], s->v[si + k]);
    } else {
        for (int64_t k = 0; k < n; k++) val_copy_into(et, d->v[di + k], s->v[si + k]);
    }
}

/* append_values appends n values from src[si..] (a backing array) or, when s is
 * NULL, from the string bytes sb; returns the new slice value. */
/* race_range tells the race detector about every element of a range, as
 * Go's racereadrangepc / racewriterangepc do for append and copy. */
static void race_range(VM *vm, ObjCells *arr, int64_t off, int64_t n, bool write)
{
    if (!vm->race_on || !arr || (arr->hdr.flags & OBJF_ZEROSIZE)) return;
    for (int64_t k = 0; k < n; k++) {
        if (write) race_write(vm, vm->cur, &arr->hdr, (uint32_t)(off + k));
        else race_read(vm, vm->cur, &arr->hdr, (uint32_t)(off + k));
    }
}

/* race_agg tells the race detector about every scalar of an aggregate
 * value (a struct or array copied whole), nested ones included. */
static void race_agg(VM *vm, Type *t, Value v, bool write)
{
    ObjCells *c = (ObjCells *)v.o;
    if (!vm->race_on || !c || !type_agg(t)) return;
    for (int64_t i = 0; i < c->n; i++) {
        Type *et = agg_elem(t, i);
        if (type_agg(et)) race_agg(vm, et, c->v[i], write);
        else if (write) race_write(vm, vm->cur, &c->hdr, (uint32_t)i);
        else race_read(vm, vm->cur, &c->hdr, (uint32_t)i);
    }
}

static Value append_values(VM *vm, Type *et, Value dst, ObjCells *src, int64_t si,
                           const char *sb, int64_t n)
{
    ObjSlice *sl = (ObjSlice *)dst.o;
    int64_t len = slice_len(dst), cap = sl ? sl->cap : 0;
    if (n == 0) return dst;
    /* in place: the new elements are written where another slice of the
     * same array may look; grown: the old elements are read (growslice) */
    if (sl && len + n <= cap) race_range(vm, sl->arr, sl->off + len, n, true);
    else if (sl) race_range(vm, sl->arr, sl->off, len, false);
    ObjCells *arr;
    int64_t off;
    if (len + n <= cap) {
        arr = sl->arr;
        off = sl->off;
    } else {
        int64_t ncap = grow_cap(et, cap, len + n);
        if (src) vm_push_tmp(vm, val_ref(&src->hdr));
        arr = new_backing(vm, et, ncap, len);
        vm_push_tmp(vm, val_ref(&arr->hdr));
        if (sl && !(arr->hdr.flags & OBJF_ZEROSIZE)) {
            if (type_agg(et)) {
                for (int64_t k = 0; k < len; k++) arr->v[k] = val_clone(vm, et, sl->arr->v[sl->off + k]);
            } else {
                move_elems(et, arr, 0, sl->arr, sl->off, len);
            }
        }
        vm_pop_tmp(vm, src ? 2 : 1);
        off = 0;
        cap = ncap;
    }
    if (src) {
        move_elems(et, arr, off + len, src, si, n);
    } else if (cells_raw(arr) == RAW_U8) {
        memcpy(cells_raw_data(arr) + off + len, sb, (size_t)n);
    } else {
        for (int64_t k = 0; k < n; k++) cells_set(arr, off + len + k, val_int((uint8_t)sb[k]));
    }
    if (sl && arr == sl->arr) return slice_relen(vm, dst, len + n);
    return obj_slice(vm, arr, off, len + n, cap);
}

/* clear_slice zeroes the elements of s (of element type et): clear(s). Out of the
 * dispatch loop: inlined there, its memset cost every opcode a register. */
static __attribute__((noinline)) void clear_slice(Type *et, Value v)
{
    ObjSlice *s = (ObjSlice *)v.o;
    int64_t len = slice_len(v);
    RawKind rk = cells_raw(s->arr);
    if (s->arr->hdr.flags & OBJF_ZEROSIZE) return;   /* no bytes to clear */
    if (rk) {
        memset(cells_raw_data(s->arr) + (size_t)s->off * raw_size(rk), 0, (size_t)len * raw_size(rk));
        return;
    }
    for (int64_t k = 0; k < len; k++) {
        Value *e = &s->arr->v[s->off + k];
        if (type_agg(et)) val_zero_into(et, e->o);
        else *e = val_zero();
    }
}

#define NIL_DEREF "invalid memory address or nil pointer dereference"

/* exec_plain goes on in exec_race when --race turns on in its slice (race_switch) */
static ExecStatus exec_race(VM *vm, G *g, int64_t budget);

#define EXEC_NAME exec_plain
#define EXEC_RACE 0
#define fast_mutex_(vm, g, op, recv) fast_mutex(vm, g, op, recv, false)
#include "vm/exec.inc"
#undef EXEC_NAME
#undef EXEC_RACE
#undef fast_mutex_
#define EXEC_NAME exec_race
#define EXEC_RACE 1
#define fast_mutex_(vm, g, op, recv) fast_mutex(vm, g, op, recv, true)
#include "vm/exec.inc"
#undef EXEC_NAME
#undef EXEC_RACE
#undef fast_mutex_

ExecStatus vm_exec(VM *vm, G *g, int64_t budget)
{
    jmp_buf jb;
    void *saved = vm->fatal_jmp;
    if (setjmp(jb)) {
        vm->fatal_jmp = saved;
        g->status = G_DEAD;
        return EXEC_FATAL;
    }
    vm->fatal_jmp = &jb;
    ExecStatus st = vm->race_on ? exec_race(vm, g, budget) : exec_plain(vm, g, budget);
    vm->fatal_jmp = saved;
    return st;
}

int vm_run(VM *vm)
{
    return rt_run(vm, false);
}
