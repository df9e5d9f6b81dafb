/* rt/inspect.h: the one inspection API of the runtime, for the TUI, the
 * grader and the command line (--dump, --trace): step control, snapshots and
 * the event stream. Nothing outside rt/ reads runtime structs; everything
 * here returns copies owned by the caller.
 *
 * A run: rt_start(); then rt_step() as often as wanted (each call advances
 * by one scheduling event, a time slice, up to a virtual time, or to the
 * end); rt_finish() prints the end-of-run reports and returns the exit
 * status. rt_run() (sched.h) is rt_start + rt_step(STEP_END) + rt_finish.
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
int      rt_finish(VM *vm, bool dump);   /* reports (leaks, --dump); returns the exit status */

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

/* --- events --- */

typedef enum EventKind {
    EV_GO_CREATE, EV_GO_START, EV_GO_BLOCK, EV_GO_UNBLOCK, EV_GO_END,
    EV_CHAN_MAKE, EV_CHAN_SEND, EV_CHAN_RECV, EV_CHAN_CLOSE, EV_SELECT,
    EV_LOCK, EV_UNLOCK, EV_WG_ADD, EV_WG_WAIT,
    EV_TIMER, EV_PANIC, EV_LEAK, EV_OUTPUT,
    EV_COUNT
} EventKind;

extern const char *const event_kind_name[EV_COUNT];

typedef struct Event {
    EventKind  kind;
    int64_t    t;          /* virtual ns */
    int64_t    g;          /* goroutine */
    int32_t    file, line; /* source position (file index into Program.files), 0 if none */
    WaitReason reason;     /* EV_GO_BLOCK */
    int64_t    a, b;       /* kind-specific: goroutine created, channel id, select case, fd... */
} Event;

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
