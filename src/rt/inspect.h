/* rt/inspect.h: the one inspection API of the runtime, for the TUI, the
 * grader and the command line (--dump, --trace): step control, snapshots and
 * the event stream. Nothing outside rt/ reads runtime structs; everything
 * here returns copies owned by the caller.
 *
 * A run: rt_start(); then rt_step() as often as wanted (each call advances
 * by one scheduling event, a time slice, up to a virtual time, or to the
 * end); rt_finish() prints the end-of-run reports and returns the exit
 * status. rt_run() (sched.h) is rt_start + rt_step(STEP_END) + rt_finish.
 *
 * Stepping never changes the run: a program stepped event by event, slice by
 * slice or up to given virtual times makes the same schedule, output and
 * events as one rt_run with the same seed. rt_step may stop in the middle of
 * a goroutine's time slice (that goroutine is then "running" in snapshots);
 * the next rt_step resumes it where it stopped.
 *
 * Memory: the event log keeps the last INSP_MAX_EVENTS events; older ones are
 * dropped (insp_events then starts at the oldest kept, and insp_event_count
 * still counts every event recorded).
 */
#ifndef GOROLAB_RT_INSPECT_H
#define GOROLAB_RT_INSPECT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include "rt/sched.h"

/* --- step control --- */

typedef enum StepMode {
    STEP_EVENT,    /* until the next event is recorded (one scheduling event) */
    STEP_SLICE,    /* one time slice of the goroutine that runs next */
    STEP_UNTIL,    /* until virtual time arg (ns since the start) */
    STEP_END,      /* to the end of the program */
} StepMode;

typedef enum RunState {
    RUN_PAUSED,    /* more to do */
    RUN_EXITED,    /* main returned or os.Exit: see rt_finish's status */
    RUN_PANICKED,  /* an unrecovered panic ended the program */
    RUN_DEADLOCK,  /* all goroutines asleep */
    RUN_FATAL,     /* another fatal error (unlock of unlocked mutex...) */
    RUN_LIMIT,     /* a gorolab limit ended the run (steps, virtual time, goroutines, heap) */
} RunState;

enum { EXIT_LIMIT = 3 };   /* exit status when a gorolab limit ends the run */

void     rt_start(VM *vm);
RunState rt_step(VM *vm, StepMode mode, int64_t arg);
/* rt_step_max is rt_step that also stops, at a safe point, once about
 * max_instr instructions ran in this call (0: no bound); a front end uses it
 * to keep each call short. Idle jumps of the clock cost no instructions. */
RunState rt_step_max(VM *vm, StepMode mode, int64_t arg, int64_t max_instr);
/* rt_now returns the virtual time in ns since the start of the run. */
int64_t  rt_now(VM *vm);
int      rt_finish(VM *vm, bool dump);   /* reports (leaks, --dump); returns the exit status */
/* rt_step with any mode returns the final state again once the run ended;
 * rt_finish on a run still paused prints only the --dump and returns 0.
 * STEP_EVENT stops right after the operation that recorded the event (a
 * channel operation, a go statement, a sync call, a switch, a timer...), so
 * one call may record a few events (a send that wakes a receiver records the
 * send, the receive and the unblock). STEP_UNTIL stops at the first safe point
 * at or after arg while goroutines run, and exactly at arg while all sleep. */

/* rt_state returns where the run is (RUN_PAUSED before the end). */
RunState rt_state(VM *vm);
/* run_state_name: "paused", "exited", "panicked", "deadlock", "fatal", "limit". */
const char *run_state_name(RunState st);

/* Virtual-time limit when VMOptions.max_time is 0: a program with an endless
 * ticker stops by itself after a day of virtual time. */
#define RT_DEFAULT_MAX_TIME (24LL * 3600 * 1000000000)

/* --- snapshots --- */

typedef struct GSnap {
    int64_t  id;
    char    *state;        /* "running", "runnable", or Go's wait reason ("chan receive") */
    WaitReason reason;
    int64_t  waiting_ns;   /* virtual time blocked so far (0 if not blocked) */
    char    *func;         /* top frame: "main.worker" */
    char    *file;         /* absolute path */
    int      line;
    char    *stack;        /* the goroutine's dump in Go's format */
    char    *created_fn;   /* "main.main", NULL for goroutine 1 */
    int64_t  created_by;   /* creator id, 0 for goroutine 1 */
    char    *created_file;
    int      created_line;
    uint32_t chan_id;      /* channel it waits on (0 if none or several: select) */
    int64_t  cpu_ns;       /* virtual CPU time it used */
} GSnap;

typedef struct ChanSnap {
    uint32_t id;
    char    *type;         /* "chan int" */
    int64_t  cap, len;
    char   **values;       /* len buffered values, formatted as fmt's %v */
    bool     closed;
    int64_t *sendq, *recvq;  /* waiting goroutine ids, in queue order */
    int      nsendq, nrecvq;
    char    *made_file;
    int      made_line;
    char    *user_file;    /* made inside the standard library: its caller outside it (else NULL) */
    int      user_line;
    bool     timer;        /* a Timer's or Ticker's C under Go >= 1.23: len and cap read 0 */
    char    *name;         /* the variable it was first assigned to, when known; else NULL */
} ChanSnap;

typedef struct Snapshot {
    int64_t    now_ns;     /* virtual time since the start */
    uint64_t   steps;
    GSnap     *gs;         /* every live goroutine, by id */
    int        ngs;
    ChanSnap  *chans;      /* every live channel, by id */
    int        nchans;
    int        ntimers;    /* armed timers */
    SchedStats stats;
    size_t     heap_bytes, heap_peak;
    RunState   state;
} Snapshot;

/* insp_snapshot returns a new deep copy of the runtime's state; free it with
 * insp_free(). */
Snapshot *insp_snapshot(VM *vm);
void      insp_free(Snapshot *s);
/* insp_snapshot_ex with stacks false leaves GSnap.stack NULL: a frame of the
 * TUI with 10,000 goroutines spends most of its time formatting stacks it
 * does not show. insp_stack returns one goroutine's dump (new string; NULL
 * when there is no goroutine id). */
Snapshot *insp_snapshot_ex(VM *vm, bool stacks);
char     *insp_stack(VM *vm, int64_t id);

/* --- events --- */

typedef enum EventKind {
    EV_GO_CREATE, EV_GO_START, EV_GO_BLOCK, EV_GO_UNBLOCK, EV_GO_END,
    EV_CHAN_MAKE, EV_CHAN_SEND, EV_CHAN_RECV, EV_CHAN_CLOSE, EV_SELECT,
    EV_LOCK, EV_UNLOCK, EV_WG_ADD, EV_WG_WAIT,
    EV_TIMER, EV_PANIC, EV_LEAK, EV_OUTPUT,
    EV_RACE, EV_ATOMIC, EV_MEMORY,
    EV_COUNT
} EventKind;

extern const char *const event_kind_name[EV_COUNT];

/* An event: g is the goroutine it is about (0: the scheduler itself, e.g. a
 * timer), at the source position where g is. a and b by kind:
 *   EV_GO_CREATE   g creator (0 for main), a the new goroutine
 *   EV_GO_START    g switched in (a goroutine's first start or a switch)
 *   EV_GO_BLOCK    g parked, reason why; a the channel id (0: none or select)
 *   EV_GO_UNBLOCK  g made runnable; a the goroutine that woke it (0: a timer), b how (WakeCause)
 *   EV_GO_END      g returned (a 1: main, the program ends)
 *   EV_CHAN_MAKE   a channel id, b its capacity
 *   EV_CHAN_SEND   g's value entered channel a (buffer or hand-off)
 *   EV_CHAN_RECV   g took a value from channel a; b 1, or 0 when closed and drained
 *   EV_CHAN_CLOSE  g closed channel a
 *   EV_SELECT      g's select chose case a (-1: default), on channel b (0: none)
 *   EV_LOCK        g holds sync.Mutex a (b 1: TryLock)
 *   EV_UNLOCK      g unlocked sync.Mutex a
 *   EV_WG_ADD      g added b to sync.WaitGroup a
 *   EV_WG_WAIT     g's Wait on sync.WaitGroup a returned
 *   EV_TIMER       a timer fired (g 0); a the virtual time it was due
 *   EV_PANIC       g started panicking
 *   EV_LEAK        g was still blocked when main returned (a the channel, if any)
 *   EV_OUTPUT      g wrote b bytes to fd a
 *   EV_RACE        --race found a data race: g's access at fake address a, b the other goroutine
 *   EV_ATOMIC      g did a sync/atomic operation on variable a (a sync number); b 1: it wrote
 *   EV_MEMORY      g read (b 0) or wrote (b 1) package variable number a (VMOptions.mem_points)
 * Sync objects are numbered 1, 2, ... in the order the run first uses them. */
typedef struct Event {
    EventKind  kind;
    WaitReason reason;     /* EV_GO_BLOCK */
    int64_t    t;          /* virtual ns */
    int64_t    g;          /* goroutine */
    int32_t    file, line; /* source position (file index into Program.files), 0 if none */
    int64_t    a, b;       /* kind-specific (above) */
    const char *fn;        /* the innermost package-main function at the position, or the top one */
    const char *name;      /* channel events: the channel's variable, when known; EV_GO_CREATE:
                            * the new goroutine's function (both borrowed from the program) */
} Event;

/* How a goroutine was woken (EV_GO_UNBLOCK's b): by a send on its channel,
 * a receive, a close, an unlock, WaitGroup.Done, Cond.Signal/Broadcast, a
 * timer, a select's partner (a send or a receive), or something else. */
typedef enum WakeCause {
    WAKE_OTHER, WAKE_SEND, WAKE_RECV, WAKE_CLOSE, WAKE_UNLOCK, WAKE_DONE, WAKE_SIGNAL, WAKE_TIMER, WAKE_SELECT,
    WAKE_COUNT
} WakeCause;
extern const char *const wake_cause_name[WAKE_COUNT];   /* "send", "receive", "close", ... */

enum { INSP_MAX_EVENTS = 1000000 };   /* events kept; older ones are dropped */

/* insp_record appends an event about g (NULL: the scheduler) at g's current
 * source position. The runtime and the natives call it. */
void insp_record(VM *vm, EventKind kind, G *g, int64_t a, int64_t b);
/* insp_record_named is insp_record with the event's name (Event.name). */
void insp_record_named(VM *vm, EventKind kind, G *g, int64_t a, int64_t b, const char *name);
/* insp_atomic records EV_ATOMIC for g's atomic operation on the variable at
 * (obj, slot): under exploration it is a switch point, as in Go where another
 * CPU may run between two atomic operations. */
void insp_atomic(VM *vm, G *g, const void *obj, int64_t slot, bool write);
/* insp_set_recording turns the event log on (the default) or off (gorolab
 * run without --trace: no memory spent on events). Turning it back on drops
 * the events kept before: the log holds one stretch of consecutive events. */
void insp_set_recording(VM *vm, bool on);
/* insp_sync_id returns the stable number of a sync object (its Go object and
 * slot), numbering new ones 1, 2, ... */
int64_t insp_sync_id(VM *vm, const void *obj, uint32_t slot);
/* insp_after_native records the sync events of natives that completed
 * (Mutex.Lock/TryLock/Unlock, WaitGroup.Add/Wait); vm.c calls it after every
 * native that returned NAT_OK. */
void insp_after_native(VM *vm, G *g, const Proto *p, const Value *args, const Value *rets);
/* insp_mutex_op records what insp_after_native records for sync.(*Mutex).Lock
 * (lock) or Unlock with receiver *recv: the VM's inline fast path calls it. */
void insp_mutex_op(VM *vm, G *g, bool lock, const Value *recv);

/* Durations as Go spells them (for --max-time and the limit message). */
bool   insp_parse_duration(const char *s, int64_t *out);   /* "90s", "1h30m", "1.5h" */
size_t insp_duration_string(int64_t d, char *out);        /* Go's Duration.String; out >= 33 bytes */

/* insp_events copies the events recorded since index `from` (events are
 * numbered from 0 in the order they happened) into a new array; *n gets the
 * count. Free with free(). */
Event *insp_events(VM *vm, int64_t from, int64_t *n);
int64_t insp_event_count(VM *vm);

/* insp_write_trace writes every recorded event as Chrome trace-event JSON
 * ({"traceEvents":[...]}, one track per goroutine, "X" slices for running
 * and blocked spans, ts/dur in microseconds), for Perfetto and
 * chrome://tracing. */
bool insp_write_trace(VM *vm, FILE *out);

#endif
