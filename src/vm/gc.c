/* vm/gc.c: the precise mark-and-sweep collector (see vm/gc.h).
 *
 * Mark: roots are pushed gray, then the gray stack is drained; each object is
 * traced by kind. Only values with VAL_GCREF in meta are followed. Sweep: the
 * all-objects list is walked, unmarked objects freed, marks cleared. */
#include "vm/gc.h"
#include "rt/race.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "lang/types.h"
#include "vm/map.h"
#include "vm/vm.h"

void (*gc_trace_hook)(VM *vm, Obj *o);
void (*gc_free_hook)(VM *vm, Obj *o);
void (*gc_roots_hook)(VM *vm);
void (*gc_cycle_hook)(VM *vm);
void (*gc_leak_hook)(VM *vm);

/* The mark log (gc_mark_log): objects marked outside a collection. */
static Obj **mlog;
static size_t nmlog, capmlog;
static bool mlog_on;

static void mark_obj(VM *vm, Obj *o)
{
    if (!o || o->marked || o->permanent) return;
    o->marked = 1;
    if (mlog_on) XPUSH(mlog, nmlog, capmlog, o);
    if (o->kind == OBJ_STRING) return;   /* no children */
    XPUSH(vm->gray, vm->ngray, vm->capgray, o);
}

void gc_mark_value(VM *vm, Value v)
{
    if (v.meta & VAL_GCREF) mark_obj(vm, v.o);
}

static void mark_values(VM *vm, const Value *v, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        if (v[i].meta & VAL_GCREF) mark_obj(vm, v[i].o);
}

static void trace(VM *vm, Obj *o)
{
    switch ((ObjKind)o->kind) {
    case OBJ_CELLS: {
        ObjCells *c = (ObjCells *)o;
        /* raw elements (object.h) are no Values at all; a backing array
         * (OBJF_BACKING; its type is the element type) or an array value (its
         * type is the array type) of bools, ints or floats holds no reference:
         * not scanned (a []int of a million elements was 16 MB read per
         * collection; a [1024]byte local in each of many frames was a fifth
         * of a run) */
        const Type *et = !c->type ? NULL : (o->flags & OBJF_BACKING) ? c->type
                         : c->type->kind == K_ARRAY ? c->type->elem : NULL;
        if ((o->flags & OBJF_RAW_MASK) || (et && et->kind >= K_BOOL && et->kind <= K_FLOAT64)) break;
        mark_values(vm, c->v, c->n);
        break;
    }
    case OBJ_SLICE: mark_obj(vm, &((ObjSlice *)o)->arr->hdr); break;
    case OBJ_MAP: {
        map_mark(vm, (ObjMap *)o, ((ObjMap *)o)->tab);
        break;
    }
    case OBJ_MAPITER: {
        ObjMapIter *it = (ObjMapIter *)o;
        if (it->map) mark_obj(vm, &it->map->hdr);
        /* an old table left by a rebuild: its keys are looked up again */
        if (it->tab && it->map && it->tab != it->map->tab) map_mark(vm, it->map, it->tab);
        break;
    }
    case OBJ_CLOSURE: {
        ObjClosure *c = (ObjClosure *)o;
        mark_values(vm, c->up, c->nup);
        break;
    }
    case OBJ_CHAN:
        if (gc_trace_hook) gc_trace_hook(vm, o);
        break;
    default: break;
    }
}

static void mark_g(VM *vm, G *g)
{
    uint32_t top = g->top;
    for (int32_t i = 0; i < g->nframes; i++) {
        Frame *f = &g->frames[i];
        if (f->top > top) top = f->top;
        if (f->cl) mark_obj(vm, &f->cl->hdr);
        for (Defer *d = f->defers; d; d = d->next) {
            gc_mark_value(vm, d->fn);
            mark_values(vm, d->args, d->nargs);
        }
    }
    if (top > g->stack_cap) top = g->stack_cap;
    mark_values(vm, g->stack, top);
    for (Panic *p = g->panic; p; p = p->link) {
        gc_mark_value(vm, p->value);
        gc_mark_value(vm, p->msg);
    }
    if (g->map_writing) mark_obj(vm, &g->map_writing->hdr);
}

/* Small objects, up to 256 bytes (slice headers: an append that grows or a
 * reslice makes one; pointers, boxed values, small arrays; channels with a
 * small buffer, as time.After's) go back to a per-size pool instead of to
 * malloc, which was a fifth of an append loop's time. Not under
 * AddressSanitizer: it must see every free to catch a use after one. */
#if defined(__SANITIZE_ADDRESS__)
#define POOL_OBJECTS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOL_OBJECTS 0
#endif
#endif
#ifndef POOL_OBJECTS
#define POOL_OBJECTS 1
#endif
enum { POOL_STEP = 16, POOL_MAX = POOL_STEP * GC_POOL_CLASSES };

static int pool_class(size_t size)
{
    return POOL_OBJECTS && size <= POOL_MAX ? (int)((size + POOL_STEP - 1) / POOL_STEP) - 1 : -1;
}

/* Big objects (backing arrays of 1 MB and more) get pages of their own
 * (xpages: fresh, zero, huge pages advised). A slice grown by append to a
 * million ints allocates 40 MB of arrays (Go's 1.25x growth) and writes all of
 * it: from calloc, that was 10,000 page faults, a fifth of the run; and calloc
 * memsets the memory it reuses. o->size (saturated at 4 GiB, still big) says
 * which way an object came. Not under AddressSanitizer, as the pools. */
enum { BIG_OBJECT = 1 << 20 };
static bool is_big(size_t size) { return POOL_OBJECTS && size >= BIG_OBJECT; }

static void release(VM *vm, Obj *o)
{
    int k = pool_class(o->size);
    if (k < 0) {
        if (is_big(o->size)) xpages_free(o);
        else free(o);
        return;
    }
    o->next = vm->pool[k];
    vm->pool[k] = o;
    vm->npool[k]++;
}

/* drop_obj frees o (not counted off the heap: gc_free_all frees them all) */
static void drop_obj(VM *vm, Obj *o)
{
    if ((o->flags & OBJF_RACE) && vm->race) race_obj_free(vm, o);
    if (o->flags & OBJF_ADDR) obj_addr_free(vm, o);
    if (o->kind == OBJ_MAP) {
        map_tab_unref(((ObjMap *)o)->tab);
    } else if (o->kind == OBJ_MAPITER) {
        map_iter_free((ObjMapIter *)o);
    } else if (o->kind == OBJ_CHAN && gc_free_hook) {
        gc_free_hook(vm, o);
    }
    release(vm, o);
}

static void free_obj(VM *vm, Obj *o)
{
    vm->heap_bytes -= obj_bytes(o);
    drop_obj(vm, o);
}

void gc_mark_common_roots(VM *vm)
{
    if (vm->globals && vm->prog) mark_values(vm, vm->globals, vm->prog->nglobals);
    mark_values(vm, vm->tmp, vm->ntmp);
    gc_mark_value(vm, vm->cb_fn);
    mark_values(vm, vm->cb_args, vm->cb_nargs);
    mark_values(vm, vm->cb_results, vm->ncb_results);
    if (gc_roots_hook) gc_roots_hook(vm);
}

void gc_mark_goroutine(VM *vm, G *g) { mark_g(vm, g); }

void gc_mark_log(bool on)
{
    mlog_on = on;
    if (!on) {
        free(mlog);
        mlog = NULL;
        nmlog = capmlog = 0;
    }
}

void gc_unmark_logged(void)
{
    for (size_t i = 0; i < nmlog; i++) mlog[i]->marked = 0;
    nmlog = 0;
}

static bool is_call(const Instr *in)
{
    return instr_callee(*in) >= 0 || in->op == OP_CALLV || in->op == OP_CALLI;
}

/* frame_live: the registers of f in use at its saved pc: [0, *lo) and
 * [*hi0, *hi1), those the compiler had allocated there (Proto.live), not
 * the stale ones above (ended scopes, spent temporaries). A frame stopped in
 * a call (returned into, or a native that blocked and runs again) has the
 * call's, except the call's window: a CALL's base R[A] (the results go
 * there) and the slots past the arguments are not read before they are
 * written (a CALLV keeps its func value: a native callee has no frame).
 * Elsewhere (a channel operation, a preemption) the instruction before the
 * pc and the one at it both count. */
static void frame_live(VM *vm, const G *g, const Frame *f, uint32_t *lo, uint32_t *hi0, uint32_t *hi1)
{
    const Proto *p = f->proto;
    *hi0 = *hi1 = 0;
    *lo = p->nregs;
    if (!p->live || !f->pc || p->ncode <= 0) return;
    int32_t i = (int32_t)(f->pc - p->code);
    uint32_t n = 0;
    int32_t k = -1;
    if (i - 1 >= 0 && i - 1 < p->ncode && is_call(&p->code[i - 1])) k = i - 1;
    else if (i >= 0 && i < p->ncode && is_call(&p->code[i])) k = i;
    if (k >= 0) {
        const Instr *in = &p->code[k];
        n = p->live[k];
        int64_t nargs = -1;
        if (instr_callee(*in) >= 0) {
            uint32_t bx = (uint32_t)instr_callee(*in);
            if (vm->prog && bx < (uint32_t)vm->prog->nprotos) nargs = vm->prog->protos[bx]->nparams;
        } else if (in->op == OP_CALLV) {
            Value fv = f->base + in->a < g->stack_cap ? g->stack[f->base + in->a] : val_zero();
            if (fv.o && fv.o->kind == OBJ_CLOSURE) nargs = ((ObjClosure *)fv.o)->proto->nparams;
        }
        if (nargs >= 0 && in->a < n) {
            uint32_t end = (uint32_t)(in->a + 1 + nargs) < n ? (uint32_t)(in->a + 1 + nargs) : n;
            if (in->op == OP_CALLV) {   /* the func value stays: a native's has no frame to hold it */
                *lo = end;
                return;
            }
            *lo = in->a;
            *hi0 = (uint32_t)in->a + 1;
            *hi1 = end;
            return;
        }
    } else {
        for (k = i - 1; k <= i; k++)
            if (k >= 0 && k < p->ncode && p->live[k] > n) n = p->live[k];
    }
    *lo = n < p->nregs ? n : p->nregs;
}

void gc_mark_goroutine_live(VM *vm, G *g)
{
    for (int32_t i = 0; i < g->nframes; i++) {
        Frame *f = &g->frames[i];
        if (f->cl) mark_obj(vm, &f->cl->hdr);
        for (Defer *d = f->defers; d; d = d->next) {
            gc_mark_value(vm, d->fn);
            mark_values(vm, d->args, d->nargs);
        }
        uint32_t lo, hi0, hi1;
        frame_live(vm, g, f, &lo, &hi0, &hi1);
        if (i + 1 == g->nframes && ((f->flags & ~(FRAME_JUMPED | FRAME_DEFER_NATIVE)) || !f->proto->live)) {   /* special frames: all of it */
            uint32_t top = g->top > f->base ? g->top - f->base : 0;
            lo = top > lo ? top : lo;
            hi0 = hi1 = 0;
        }
        uint32_t cap = g->stack_cap > f->base ? g->stack_cap - f->base : 0;
        if (lo > cap) lo = cap;
        if (hi1 > cap) hi1 = cap;
        mark_values(vm, g->stack + f->base, lo);
        if (hi1 > hi0) mark_values(vm, g->stack + f->base + hi0, hi1 - hi0);
    }
    for (Panic *p = g->panic; p; p = p->link) {
        gc_mark_value(vm, p->value);
        gc_mark_value(vm, p->msg);
    }
    if (g->map_writing) mark_obj(vm, &g->map_writing->hdr);
}

void gc_unmark_all(VM *vm)
{
    for (Obj *o = vm->objects; o; o = o->next) o->marked = 0;
    vm->ngray = 0;
}

void gc_drain(VM *vm)
{
    while (vm->ngray > 0) trace(vm, vm->gray[--vm->ngray]);
}

void gc_collect(VM *vm)
{
    if (gc_cycle_hook) gc_cycle_hook(vm);
    if (gc_leak_hook) vm->leak_scan_due = true;   /* at the scheduler's next switch (gc.h) */
    /* roots (marking twice is harmless: marked objects are skipped) */
    for (int32_t i = 0; i < vm->nallgs; i++) mark_g(vm, vm->allgs[i]);
    if (vm->cur) mark_g(vm, vm->cur);
    if (vm->main_g) mark_g(vm, vm->main_g);
    gc_mark_common_roots(vm);
    gc_drain(vm);
    /* sweep */
    Obj **pp = &vm->objects;
    while (*pp) {
        Obj *o = *pp;
        if (o->marked) {
            o->marked = 0;
            pp = &o->next;
        } else {
            *pp = o->next;
            free_obj(vm, o);
        }
    }
    vm->heap_live = vm->heap_bytes;
    vm->gc_threshold = vm->heap_live * 2 > GC_MIN_THRESHOLD ? vm->heap_live * 2 : GC_MIN_THRESHOLD;
    vm->gc_count++;
    if (vm->capgray > 4096) {   /* don't keep a huge mark stack around */
        free(vm->gray);
        vm->gray = NULL;
        vm->capgray = 0;
    }
}

/* zero_small zeroes n POOL_STEP-byte chunks of a pooled object. GCC makes
 * a memset of up to 256 bytes `rep stos`, whose start-up was most of the
 * allocation of a small object: plain stores instead (may_alias: they
 * are seen by the object's own loads and stores). */
typedef struct { uint64_t a, b; } __attribute__((may_alias)) Chunk;
_Static_assert(sizeof(Chunk) == POOL_STEP && GC_POOL_CLASSES <= 16, "zero_small's cases are the pools'");

static void zero_small(void *p, int n)
{
    Chunk *c = p, z = {0, 0};
    switch (n) {   /* falling through: chunk n-1 down to chunk 0 */
    case 16: c[15] = z; /* fall through */
    case 15: c[14] = z; /* fall through */
    case 14: c[13] = z; /* fall through */
    case 13: c[12] = z; /* fall through */
    case 12: c[11] = z; /* fall through */
    case 11: c[10] = z; /* fall through */
    case 10: c[9] = z; /* fall through */
    case 9: c[8] = z; /* fall through */
    case 8: c[7] = z; /* fall through */
    case 7: c[6] = z; /* fall through */
    case 6: c[5] = z; /* fall through */
    case 5: c[4] = z; /* fall through */
    case 4: c[3] = z; /* fall through */
    case 3: c[2] = z; /* fall through */
    case 2: c[1] = z; /* fall through */
    case 1: c[0] = z; break;
    default: memset(p, 0, (size_t)n * POOL_STEP); break;
    }
}

void *gc_alloc(VM *vm, ObjKind kind, size_t size)
{
    if (vm->heap_bytes + size > vm->gc_threshold) {
        gc_collect(vm);
        uint64_t max = vm->opt.max_heap ? vm->opt.max_heap : ((uint64_t)1 << 30);
        if (vm->heap_bytes + size > max) {
            vm_limit(vm, "--max-heap", "Go heap limit of %llu MiB exceeded",
                     (unsigned long long)(max >> 20));
            vm_die(vm);
        }
    }
    int k = pool_class(size);
    Obj *o;
    if (k >= 0 && vm->pool[k]) {
        o = vm->pool[k];
        vm->pool[k] = o->next;
        vm->npool[k]--;
        if (o->next) __builtin_prefetch(o->next);   /* the next one's next: a cold line */
        zero_small(o, k + 1);
    } else {
        o = is_big(size) ? xpages(size) : xcalloc(1, k >= 0 ? (size_t)(k + 1) * POOL_STEP : size);
    }
    o->kind = (uint8_t)kind;
    o->size = size > UINT32_MAX ? UINT32_MAX : (uint32_t)size;
    o->next = vm->objects;
    vm->objects = o;
    vm->heap_bytes += size;
    if (vm->heap_bytes > vm->heap_peak) vm->heap_peak = vm->heap_bytes;
    return o;
}

void gc_account(VM *vm, long long delta)
{
    vm->heap_bytes = (size_t)((long long)vm->heap_bytes + delta);
    if (vm->heap_bytes > vm->heap_peak) vm->heap_peak = vm->heap_bytes;
}

/* The pools of the last VM freed, for the next VM's first allocations:
 * explore and graders make a VM per schedule, and getting each schedule's
 * objects from malloc and giving them back was a tenth of a short one's
 * cost. At most SPARE_KEEP objects a size class (4 MB of the largest). */
typedef struct Spare {
    Obj *pool[GC_POOL_CLASSES];
    int64_t npool[GC_POOL_CLASSES];
} Spare;
static _Atomic(Spare *) spare;
enum { SPARE_KEEP = 16384 };

static void free_chain(Obj *p)
{
    for (Obj *n; p; p = n) {
        n = p->next;
        free(p);
    }
}

void gc_adopt_spare(VM *vm)
{
    Spare *sp = atomic_exchange(&spare, NULL);
    if (!sp) return;
    for (int k = 0; k < GC_POOL_CLASSES; k++) {   /* on top of vm's own (none, from vm_new) */
        if (vm->pool[k]) {   /* a walk down a long chain of cold objects: only when needed */
            Obj **tail = &sp->pool[k];
            while (*tail) tail = &(*tail)->next;
            *tail = vm->pool[k];
        }
        vm->pool[k] = sp->pool[k];
        vm->npool[k] += sp->npool[k];
    }
    free(sp);
}

void gc_free_all(VM *vm)
{
    Obj *o = vm->objects;
    while (o) {
        Obj *next = o->next;
        drop_obj(vm, o);
        o = next;
    }
    vm->objects = NULL;
    Spare *sp = xmalloc(sizeof *sp);
    for (int k = 0; k < GC_POOL_CLASSES; k++) {
        Obj *p = vm->pool[k];
        if (vm->npool[k] > SPARE_KEEP) {   /* the rest goes back to malloc */
            for (int n = 1; n < SPARE_KEEP; n++) p = p->next;
            free_chain(p->next);
            p->next = NULL;
            vm->npool[k] = SPARE_KEEP;
        }
        sp->pool[k] = vm->pool[k];
        sp->npool[k] = vm->npool[k];
    }
    memset(vm->pool, 0, sizeof vm->pool);
    memset(vm->npool, 0, sizeof vm->npool);
    Spare *old = atomic_exchange(&spare, sp);
    if (old) {
        for (int k = 0; k < GC_POOL_CLASSES; k++) free_chain(old->pool[k]);
        free(old);
    }
    free(vm->gray);
    vm->gray = NULL;
    vm->ngray = vm->capgray = 0;
}
