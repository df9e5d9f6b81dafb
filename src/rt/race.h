/* rt/race.h: the data race detector (`gorolab run --race`): happens-before
 * with vector clocks, after FastTrack (Flanagan & Freund, PLDI 2009).
 *
 * Shadow state lives in a side table keyed by the Go object (RaceObj: one
 * Shadow per slot, made on first access, dropped when the GC frees the
 * object, which is flagged OBJF_RACE). Each goroutine has a vector clock
 * indexed by a small "tid" (tids of finished goroutines are reused after a
 * quarantine; a reused tid starts past its last clock, so the only cost is a
 * missed race between a finished goroutine and a much later one). Sync
 * objects (mutex, rwmutex, waitgroup, atomics' addresses, channel buffer
 * slots, a channel's close) carry clocks keyed by (object, slot); releases
 * join into them (ReleaseMerge), acquires join from them.
 *
 * Nothing is tracked until the first `go` statement: every access before it
 * happens before everything that follows, so single-goroutine programs pay
 * only a flag test per memory instruction.
 *
 * What is instrumented (vm.c): globals (GETG/SETG), fields (GETF/SETF),
 * pointers and boxes of captured variables (LOAD/STORE), array and slice
 * elements (AINDEX/ASET/IINDEX/ISET), maps (MGET/MGET2/MNEXT read, MSET/MDEL/
 * CLEAR write the map as a whole, as Go's mapaccess/mapassign do). Not
 * instrumented: natives (append, copy, fmt reading its arguments), whole
 * aggregate copies (CLONE/COPYINTO), atomics (they are sync edges only).
 * Map races end the run with Go's "fatal error: concurrent map writes" /
 * "concurrent map read and map write" (exit 2).
 *
 * Maps are checked always, not only under --race. Go's own check (the
 * hashWriting flag) fires only when two writes overlap in time, which never
 * happens here (goroutines switch at safe points only), so gorolab instead
 * reports every pair of map accesses (one a write) by different goroutines
 * that happens-before does not order: the same FastTrack check, made for map
 * objects only. vm_new makes the state in "maps only" mode
 * (race_maps_enable): the sync edges (channels, sync, atomics, go
 * statements, timers) are kept as under --race, but only MGET/MGET2/MNEXT/
 * MSET/MDEL/CLEAR consult shadow state (vm->race_maps), other memory
 * instructions stay untouched (vm->race_on is false) and no DATA RACE report
 * is printed. Programs whose own code (outside the embedded $GOROOT std
 * packages, whose maps are always locked) has no map instruction get no
 * state at all (vm->race stays NULL), so they pay nothing.
 * A cheaper "last writer + sync epoch" rule was rejected: it misses the race
 * whenever the earlier writer passed any sync point afterwards (e.g. a
 * deferred wg.Done), which is the common case.
 * Cost (bench/, measured against the build before the change): bench/map.go
 * (one goroutine) and bench/prodcons.go (no maps) within noise (<5%); the
 * price is paid by programs with maps and goroutines: a vector clock join
 * per sync operation, O(number of goroutine tids) each. prodcons with one
 * map added: 0.21 s -> 0.40 s; spawn (1e6 goroutines, ~3500 live, one
 * mutex) with one map added: 0.6 s -> 7.7 s.
 *
 * Ownership: the state belongs to the VM (vm->race), made by race_enable
 * and freed by race_free (vm_free calls it).
 */
#ifndef GOROLAB_RT_RACE_H
#define GOROLAB_RT_RACE_H

#include <stdbool.h>
#include <stdint.h>
#include "vm/vm.h"

#define RACE_SLOT_SYNC 0xFFFFFF00u   /* sync clock of a sync.Mutex/RWMutex/WaitGroup object */
#define RACE_SLOT_CLOSE 0xFFFFFF01u  /* a channel's close */
#define RACE_SLOT_UNBUF 0xFFFFFF02u  /* an unbuffered channel's rendezvous */

/* One reported race, kept for the grader (race_reports). Strings are owned by the state. */
typedef struct RaceReport {
    uint64_t addr;             /* the fake address printed */
    bool     write, prev_write;
    int64_t  goid, prev_goid;
    const char *file, *prev_file;  /* borrowed from the Program */
    int      line, prev_line;
    const char *func, *prev_func;  /* innermost function of each access */
    const char *var;           /* the variable's name where known (globals), else NULL */
    bool     map;              /* a map race (ended the run with a fatal error) */
} RaceReport;

/* race_maps_enable makes the state in "maps only" mode (vm_new calls it);
 * race_enable turns the whole detector on for vm (before rt_start). */
void race_maps_enable(VM *vm);
/* race_detecting: the whole detector runs (--race), not only the map checks. */
bool race_detecting(const VM *vm);
void race_enable(VM *vm);
void race_free(VM *vm);
/* race_go: parent (may be NULL) started child; child inherits parent's clock. */
void race_go(VM *vm, G *parent, G *child);
/* race_g_end: g finished (its tid may be reused later). */
void race_g_end(VM *vm, G *g);
/* Accesses by g (running; its top frame's pc saved) to slot `slot` of object o.
 * o NULL means the globals. */
void race_read(VM *vm, G *g, Obj *o, uint32_t slot);
void race_write(VM *vm, G *g, Obj *o, uint32_t slot);
/* race_map checks an access to map m; returns false when it ended the run (vm_fatal). */
bool race_map(VM *vm, G *g, Obj *m, bool write);
/* Sync edges on the clock keyed (o, slot). */
void race_acquire(VM *vm, G *g, const void *o, uint32_t slot);
void race_release(VM *vm, G *g, const void *o, uint32_t slot);
void race_acqrel(VM *vm, G *g, const void *o, uint32_t slot);   /* atomics, channel buffer slots */
/* race_sync_pair: a and b meet (unbuffered hand-off): each happens before the other's continuation. */
void race_sync_pair(VM *vm, G *a, G *b);
/* race_obj_free: the GC frees o (flagged OBJF_RACE). */
void race_obj_free(VM *vm, Obj *o);
/* race_finish prints "Found N data race(s)" when races were reported and
 * returns the exit status (66 instead of 0 then). */
int race_finish(VM *vm, int status);
/* race_reports returns the reports so far (borrowed). */
const RaceReport *race_reports(VM *vm, int *n);

#endif
