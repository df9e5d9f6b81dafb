/* vm/gc.h: the precise mark-and-sweep collector of the Go heap.
 *
 * Every object is allocated by gc_alloc, linked on vm->objects and counted in
 * vm->heap_bytes. A collection runs before an allocation that would take
 * heap_bytes past gc_threshold (= max(2 x live after the last GC, 4 MiB)). The
 * mark phase uses an explicit gray stack (vm->gray): no C recursion on the
 * object graph. Roots: see vm/vm.h. Permanent objects (constants, closure0)
 * are not on vm->objects and are never marked or freed (they have no children).
 * When the live heap after a collection plus the request exceeds opt.max_heap
 * the run ends with a fatal error. */
#ifndef GOROLAB_VM_GC_H
#define GOROLAB_VM_GC_H

#include <stdbool.h>
#include <stddef.h>
#include "vm/object.h"

typedef struct G G;   /* vm/vm.h */

#define GC_MIN_THRESHOLD ((size_t)4 << 20)   /* a small heap is not worth collecting */

/* gc_alloc returns a zeroed object of `size` bytes with its header set, linked
 * on the heap. May collect first: the caller's values must be reachable. */
void *gc_alloc(VM *vm, ObjKind kind, size_t size);
/* gc_account adds delta bytes of C memory owned by an object (map tables). */
void gc_account(VM *vm, long long delta);
/* gc_collect runs a full collection now. */
void gc_collect(VM *vm);
/* gc_adopt_spare gives vm the object pools the last VM freed left (vm_new). */
void gc_adopt_spare(VM *vm);

/* gc_free_all frees every object (vm_free), keeping the pools for the next VM. */
void gc_free_all(VM *vm);
/* gc_mark_value marks v's object (for rt/ hooks tracing channels). */
void gc_mark_value(VM *vm, Value v);

/* Hooks for objects owned by rt/ (channels): trace their values with
 * gc_mark_value and free their C memory. NULL: nothing to do. */
extern void (*gc_trace_hook)(VM *vm, Obj *o);
extern void (*gc_free_hook)(VM *vm, Obj *o);
/* gc_cycle_hook runs at the start of every collection (rt/sched.c: Go's
 * waitsince for the goroutine headers' minutes). */
extern void (*gc_cycle_hook)(VM *vm);
/* gc_roots_hook marks extra roots (the scheduler's queues, timers). */
extern void (*gc_roots_hook)(VM *vm);
/* gc_leak_hook finds goroutines nothing can wake (rt/leak.c). A collection
 * only asks for it (vm->leak_scan_due): the scheduler runs it at its next
 * switch, where every goroutine's pc is saved, so that only the live
 * registers of each frame are roots (gc_mark_goroutine_live). It marks part
 * of the heap (gc_mark_common_roots, gc_mark_goroutine_live, gc_drain) and
 * clears the marks after (gc_unmark_all). */
extern void (*gc_leak_hook)(VM *vm);
void gc_mark_common_roots(VM *vm);   /* every root but the goroutines */
void gc_mark_goroutine(VM *vm, G *g);
/* gc_mark_goroutine_live marks what g can still use: each frame's registers
 * in use at its saved pc (Proto.live, and the operands there), not the stale
 * ones above (ended scopes, spent temporaries). g must not be running. */
void gc_mark_goroutine_live(VM *vm, G *g);
void gc_drain(VM *vm);
/* A reachability question asked between collections (rt/unblock.c) marks
 * with the functions above and must leave no mark behind: with the mark log
 * on, every object marked is remembered, and gc_unmark_logged clears those
 * marks. gc_mark_log(false) ends it. Never during a collection. */
void gc_mark_log(bool on);
void gc_unmark_logged(void);
void gc_unmark_all(VM *vm);

#endif
