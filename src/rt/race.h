/* rt/race.h: the data race detector (`gorolab run --race`): happens-before
 * with vector clocks, after FastTrack (Flanagan & Freund, PLDI 2009).
 *
 * Shadow state lives in a side table keyed by the Go object (RaceObj: one
 * Shadow per slot, made on first access, dropped when the GC frees the
 * object, which is flagged OBJF_RACE). Each goroutine has a vector clock
 * indexed by a small "tid" (tids of finished goroutines are reused after a
 * quarantine; a reused tid starts past its last clock, so the only cost is a
 * missed race between a finished goroutine and a much later one). Epochs
 * are lazy: a release publishes the epoch of the goroutine's last access
 * and the next access takes a new one, so a goroutine that touches no
 * tracked memory has no entry in any clock (a pipeline of 1000 goroutines
 * that only pass values on hands short clocks along). Sync
 * objects (mutex, rwmutex, waitgroup, atomics' addresses, channel buffer
 * slots, a channel's close) carry clocks keyed by (object, slot); releases
 * join into them (ReleaseMerge), acquires join from them.
 *
 * Nothing is tracked until the first `go` statement: every access before it
 * happens before everything that follows, so single-goroutine programs pay
 * only a flag test per memory instruction.
 *
 * What is instrumented (vm.c): globals (GETG/SETG), fields (GETF/SETF),
 * pointers and boxes of captured variables (LOAD/STORE; a variable nothing
 * assigns after its declaration is captured by value, as Go's compiler
 * does, and has no box to check), array and slice
 * elements (AINDEX/ASET/IINDEX/ISET), maps (MGET/MGET2/MNEXT read, MSET/MDEL/
 * CLEAR write the map as a whole, as Go's mapaccess/mapassign do). Not
 * instrumented: natives (append, copy, fmt reading its arguments), whole
 * aggregate copies (CLONE/COPYINTO), atomic.Value (a sync edge only). The
 * integer atomics are both: an access marked atomic (it races with plain
 * accesses, never with another atomic one) and an acquire+release on the
 * variable (race_atomic).
 * Maps, as in Go: under --race a map access is a read or a write of the map
 * as a whole, reported with the runtime function Go's report shows on top
 * (runtime.mapassign_fast64() and so on: race_map_fn). Without --race there
 * is no happens-before check at all: Go's runtime throws "concurrent map
 * writes" only when a write is in progress while another goroutine touches
 * the map (its hashWriting flag). gorolab models that in vm.c: a map write
 * is a preemption point (it costs a tick), and a goroutine whose slice ends
 * on a write leaves the map flagged as being written until it runs again;
 * any other goroutine's access to the flagged map ends the run with Go's
 * fatal error. So the error appears when Go's could (a tight loop of
 * unsynchronised writes hits it soon, a write 100 ms after another never),
 * and explore's short slices find it too.
 *
 * Ownership: the state belongs to the VM (vm->race), made by race_enable
 * and given up by race_free (vm_free calls it), which keeps one state,
 * reset, for the next race_enable: explore and graders make a VM per
 * schedule.
 */
#ifndef GOROLAB_RT_RACE_H
#define GOROLAB_RT_RACE_H

#include <stdbool.h>
#include <stdint.h>
#include "vm/vm.h"

#define RACE_SLOT_SYNC 0xFFFFFF00u   /* sync clock of a sync.Mutex/RWMutex/WaitGroup object */
#define RACE_SLOT_CLOSE 0xFFFFFF01u  /* a channel's close */
#define RACE_SLOT_UNBUF 0xFFFFFF02u  /* an unbuffered channel's rendezvous */
#define RACE_SLOT_RSEM 0xFFFFFF03u   /* an RWMutex's readerSem (Unlock -> RLock, Lock) */
#define RACE_SLOT_WSEM 0xFFFFFF04u   /* an RWMutex's writerSem (RUnlock -> Lock) */

/* One reported race, kept for the grader (race_reports). Strings are owned by the state. */
typedef struct RaceReport {
    uint64_t addr;             /* the fake address printed */
    bool     write, prev_write;
    int64_t  goid, prev_goid;
    const char *file, *prev_file;  /* borrowed from the Program */
    int      line, prev_line;
    const char *func, *prev_func;  /* innermost function of each access */
    const char *var;           /* the variable's name where known (globals), else NULL */
    bool     map;              /* a race on a map (the map as a whole) */
} RaceReport;

/* race_enable turns the detector on for vm (before rt_start). */
/* race_detecting: the detector runs (--race). */
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
/* race_read_top, race_write_top: the same, by the interpreter, which knows g's top frame. */
void race_read_top(VM *vm, G *g, const Frame *top, Obj *o, uint32_t slot);
void race_write_top(VM *vm, G *g, const Frame *top, Obj *o, uint32_t slot);
/* Map accesses: the runtime function on top of the report. ACCESS1..DELETE are
 * each followed by their _fast32, _fast64 and _faststr variants (race_map_fn). */
enum {
    RACE_MAP_ACCESS1 = 0, RACE_MAP_ACCESS2 = 4, RACE_MAP_ASSIGN = 8, RACE_MAP_DELETE = 12,
    RACE_MAP_ITERINIT = 16, RACE_MAP_ITERNEXT, RACE_MAP_CLEAR, RACE_MAPFN_COUNT
};
/* race_map_fn: the variant Go's compiler picks for key type key (op one of the above). */
int race_map_fn(int op, const Type *key);
/* race_map: an access to map m through runtime function fn (a race_map_fn result). */
void race_map(VM *vm, G *g, Obj *m, int fn);
/* race_atomic: g's sync/atomic operation op (RACE_AT_LOAD...) on the variable of type
 * RACE_AT_INT32... at slot `slot` of o: a read (Load) or write (the others) marked
 * atomic, which races with plain accesses only, then an acquire and release of the
 * variable's clock (race_acqrel), as in Go's race runtime. */
enum { RACE_AT_LOAD, RACE_AT_STORE, RACE_AT_SWAP, RACE_AT_CAS, RACE_AT_ADD, RACE_AT_AND, RACE_AT_OR };
enum { RACE_AT_INT32, RACE_AT_UINT32, RACE_AT_INT64, RACE_AT_UINT64, RACE_AT_UINTPTR, RACE_AT_NTYPES };
void race_atomic(VM *vm, G *g, Obj *o, uint32_t slot, int op, int type);
/* Sync edges on the clock keyed (o, slot). */
void race_acquire(VM *vm, G *g, const void *o, uint32_t slot);
void race_release(VM *vm, G *g, const void *o, uint32_t slot);
void race_acqrel(VM *vm, G *g, const void *o, uint32_t slot);   /* atomics, channel buffer slots */
/* RaceSlots: where a channel keeps the detector's clocks of its buffer slots
 * (its RaceObj's, which live as long as the channel), so that a send or
 * receive finds its slot's clock without looking the channel up.
 * race_slot_acqrel: race_acqrel(vm, g, o, slot) through them. */
typedef struct RaceSlots { void *vc; uint32_t n; } RaceSlots;
void race_slot_acqrel(VM *vm, G *g, const void *o, RaceSlots *rs, uint32_t slot);
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
