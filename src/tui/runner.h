/* tui/runner.h: the lesson view's run of the learner's program: compile,
 * advance in bounded slices, step by event, and step back. Runs are
 * deterministic (same program and seed, same moves, same state), so going
 * back one move is a replay of every move but the last from a fresh start.
 * Knows nothing about curses; the unit tests drive it directly. */
#ifndef GOROLAB_TUI_RUNNER_H
#define GOROLAB_TUI_RUNNER_H

#include <stdbool.h>
#include <stdint.h>
#include "base/buf.h"
#include "grade/lab.h"
#include "rt/inspect.h"
#include "tui/timeline.h"

/* A move the learner made: n calls of rt_step_max(mode, ...); STEP_UNTIL
 * calls go towards `target` running at most `chunk` instructions each. */
typedef struct RunMove {
    StepMode mode;
    int64_t  target, chunk;
    int64_t  n;
} RunMove;

typedef struct Runner {
    /* set by the owner before runner_start */
    const char *const *paths;   /* the program's files */
    int         npaths;
    const char *edit_path;      /* the learner's copy among paths (NULL: none) */
    const struct Lesson *lesson;/* whose program paths are (lesson_program): its world
                                   files are sealed (lab_files_seal); NULL: none */
    int         go_minor;       /* CompileOptions.go_minor */
    uint64_t    seed;
    int64_t     max_steps;      /* instruction limit of one run (0: the VM's default) */
    bool        race;           /* run with the data race detector (reports, exit 66) */
    const char *schedule;       /* a schedule string to replay (a grade's failure), or NULL */
    char *const *args;          /* os.Args[1:] (a lesson's world), nargs of them */
    int         nargs;
    /* a challenge (mode: schedule): the run stops at every choice between
     * runnable goroutines (rt/explore.h, asking) and replays picks first */
    bool        ask;
    bool        mem_points;     /* package variables are switch points (the lesson's switch_points) */
    const int64_t *picks;
    int         npicks;

    /* the run (read-only for the owner) */
    LabFiles    lf;
    struct Program *prog;
    VM         *vm;
    char      **argv;           /* os.Args */
    struct ScheduleCtl *ctl;    /* replaying r->schedule (NULL: the seed's schedule) */
    Buf         out;            /* stdout, stderr and runtime reports, interleaved */
    uint64_t    out_epoch;      /* changes when out is emptied or its start dropped */
    RunState    st;
    int         status;         /* exit status once finished */
    bool        finished;       /* the run ended (or never started: compile error) */
    bool        compiled;
    int         err_line;       /* first compile error's line in the learner's copy (0: none) */
    char       *err_msg;        /* and its message */
    const char *edit_abs;       /* realpath of the learner's copy */
    Snapshot   *snap;           /* state after the last move (NULL: no run) */
    uint64_t    gen;            /* changes whenever snap or out changes */

    const char *lang;           /* the learner's language for the words ("zh": Chinese) */

    char       *said;           /* what the last runner_event or runner_back did, in words (NULL: none) */
    /* Where the run is, in scheduling events: one event is one
     * rt_step(STEP_EVENT) (an operation, with what it records: a send that
     * wakes a receiver is one). at is how many happened since the start (-1:
     * not known, after a run by frames: runner_position finds it); at_end is
     * their number in the whole run once it has been seen to end (-1: not yet). */
    int64_t     at, at_end;
    char       *at_said;        /* the words of event `at` (NULL: none or not known) */
    bool        at_failed;      /* runner_position gave up (too long): not tried again */
    Timeline    tl;             /* every goroutine's life so far (fed after every move) */
    int64_t     fed;            /* events handed to tl (insp_event_count then) */
    RunMove    *moves;          /* since the start, for runner_back */
    int         nmoves, capmoves;
    int        *live;           /* live goroutines after each move (sparkline) */
} Runner;

/* runner_start (re)compiles the files and starts a run with r->seed. */
void runner_start(Runner *r);
/* runner_event advances by one scheduling event and says what happened in
 * r->said. */
void runner_event(Runner *r);
/* runner_advance advances by dt virtual ns (dt < 0: as far as it goes), but
 * stops after wall_ns of real time so the screen stays responsive. */
void runner_advance(Runner *r, int64_t dt, int64_t wall_ns);
/* runner_to_choice runs an asking run (r->ask) to the next choice between
 * runnable goroutines, or to its end (r->ctl->ask false: the calm default
 * decides), and says what happened in r->said. */
void runner_to_choice(Runner *r);
/* runner_back undoes exactly one scheduling event (a replay to the state
 * before it) and says which in r->said; false at the start. */
bool runner_back(Runner *r);
/* runner_position sets r->at when it is not known (a replay on a scratch VM
 * that leaves the run as it is; given up after about a second of wall
 * time). Returns r->at. */
int64_t runner_position(Runner *r);
/* runner_free ends the run and frees everything (r can be started again). */
void runner_free(Runner *r);

#endif
