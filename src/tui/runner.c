/* tui/runner.c: compile, step and replay the learner's program. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/path.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "lang/compile.h"
#include "vm/proto.h"
#include "vm/vm.h"
#include "rt/explore.h"
#include "rt/race.h"
#include "tui/narrate.h"
#include "tui/runner.h"

enum { OUT_MAX = 1 << 20 };   /* bytes of output kept: the newest, as a terminal's scrollback */

static void out_write(void *ctx, int fd, const char *s, size_t n)
{
    Runner *r = ctx;
    (void)fd;
    if (r->out.len + n > OUT_MAX) {
        /* keep the newest half, from a line's start, after a note */
        Buf tail = BUF_INIT;
        buf_add(&tail, r->out.data, r->out.len);
        buf_add(&tail, s, n);
        size_t cut = tail.len - OUT_MAX / 2;
        const char *nl = memchr(tail.data + cut, '\n', tail.len - cut);
        if (nl) cut = (size_t)(nl - tail.data) + 1;
        buf_reset(&r->out);
        buf_puts(&r->out, "[... earlier output dropped ...]\n");
        buf_add(&r->out, tail.data + cut, tail.len - cut);
        buf_fini(&tail);
        r->out_epoch++;
        return;
    }
    buf_add(&r->out, s, n);
}

/* stop ends the run but keeps the moves (runner_back replays them). */
static void stop(Runner *r)
{
    if (r->snap) insp_free(r->snap);
    r->snap = NULL;
    if (r->vm) vm_free(r->vm);
    r->vm = NULL;
    schedctl_free(r->ctl);
    r->ctl = NULL;
    free(r->argv);
    r->argv = NULL;
    if (r->prog) program_free(r->prog);
    r->prog = NULL;
    lab_files_free(&r->lf);
    memset(&r->lf, 0, sizeof r->lf);
    buf_reset(&r->out);
    r->out_epoch++;
    r->finished = r->compiled = false;
    r->err_line = 0;
    free(r->said);
    r->said = NULL;
    free(r->err_msg);
    r->err_msg = NULL;
    r->st = RUN_PAUSED;
    r->status = 0;
    tl_reset(&r->tl);   /* its names are the program's: gone with it */
    r->gen++;
}

void runner_free(Runner *r)
{
    stop(r);
    buf_fini(&r->out);
    free(r->moves);
    free(r->live);
    free(r->at_said);
    r->at_said = NULL;
    tl_free(&r->tl);
    r->moves = NULL;
    r->live = NULL;
    r->nmoves = r->capmoves = 0;
}


/* compile_error keeps the compiler's messages and the first error's line in
 * the learner's copy. */
static void compile_error(Runner *r, DiagList *d)
{
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (m) {
        diag_print(d, m);
        fclose(m);
        buf_puts(&r->out, text);
        free(text);
    }
    for (int i = 0; i < d->len && r->edit_path; i++) {
        const char *f = d->files && d->items[i].pos.line ? d->files[d->items[i].pos.file] : NULL;
        if (f && strcmp(path_base(f), path_base(r->edit_path)) == 0) {
            r->err_line = (int)d->items[i].pos.line;
            r->err_msg = xstrdup(d->items[i].msg);
            break;
        }
    }
    r->finished = true;
    r->st = RUN_FATAL;
    r->status = 1;
}

static void discard(void *ctx, int fd, const char *s, size_t n)
{
    (void)ctx, (void)fd, (void)s, (void)n;
}

/* new_vm starts a run of the compiled program with the runner's seed,
 * world, schedule and race mode, writing through write; *ctl gets the
 * schedule's replay (NULL: none). say: complain about a bad schedule. */
static VM *new_vm(Runner *r, void (*write)(void *, int, const char *, size_t), struct ScheduleCtl **ctl, bool say,
                  bool record)
{
    VMOptions vo;
    memset(&vo, 0, sizeof vo);
    vo.seed = r->seed;
    vo.go_minor = r->go_minor;
    vo.mem_points = r->mem_points;
    vo.write = write;
    vo.write_ctx = r;
    if (r->max_steps > 0) vo.max_steps = (uint64_t)r->max_steps;
    if (!r->argv) {
        r->argv = xcalloc((size_t)r->nargs + 2, sizeof *r->argv);
        r->argv[0] = (char *)(r->edit_abs ? r->edit_abs : r->lf.files[0].abspath);
        for (int i = 0; i < r->nargs; i++) r->argv[i + 1] = r->args[i];
    }
    vo.argc = r->nargs + 1;
    vo.argv = r->argv;
    const char *why = NULL;
    *ctl = NULL;
    if (r->ask) {   /* a challenge: the learner's picks, then the next choice is asked */
        *ctl = schedctl_new(SCHED_REPLAY, r->seed);
        schedctl_replay(*ctl, r->seed, r->picks, r->npicks);
        (*ctl)->ask = true;
        schedctl_begin_run(*ctl, r->seed);
    } else if (r->schedule) {
        *ctl = schedctl_new(SCHED_REPLAY, r->seed);
        if (schedctl_parse(*ctl, r->schedule, &why)) {
            vo.seed = (*ctl)->vm_seed;   /* the string carries the seed it was found with */
            schedctl_begin_run(*ctl, (*ctl)->vm_seed);
        } else {
            if (say) buf_printf(&r->out, "gorolab: cannot replay the schedule: %s\n", why);
            schedctl_free(*ctl);
            *ctl = NULL;
        }
    }
    VM *vm = vm_new(r->prog, &vo);
    if (*ctl) schedctl_attach(vm, *ctl);
    if (r->race) race_enable(vm);
    insp_set_recording(vm, record);
    rt_start(vm);
    return vm;
}

/* feed hands the events recorded since the last feed to the timeline;
 * the log itself is emptied at the next move (drop_fed), so that a step's
 * words can still be read from it. */
static void feed(Runner *r)
{
    if (!r->vm) return;
    int64_t n = 0;
    int64_t from = r->fed;
    Event *ev = insp_events(r->vm, from, &n);
    tl_feed(&r->tl, ev, n, rt_now(r->vm));
    free(ev);
    r->fed = insp_event_count(r->vm);
}

/* drop_fed empties the event log of what the timeline has: it stays small. */
static void drop_fed(Runner *r)
{
    if (!r->vm || r->fed < insp_event_count(r->vm)) return;
    insp_set_recording(r->vm, false);
    insp_set_recording(r->vm, true);
}

static void launch(Runner *r)
{
    stop(r);
    r->fed = 0;
    char *cause = NULL;
    if (!lab_files_read(&r->lf, r->paths, r->npaths, &cause)) {
        buf_printf(&r->out, "gorolab: %s\n", cause ? cause : "cannot read the program");
        free(cause);
        r->finished = true;
        r->status = 1;
        return;
    }
    lab_files_seal(&r->lf, r->lesson);
    r->edit_abs = NULL;
    for (int i = 0; i < r->lf.n && r->edit_path; i++)
        if (strcmp(r->paths[i], r->edit_path) == 0) r->edit_abs = r->lf.files[i].abspath;
    CompileOptions co = {0};
    co.go_minor = r->go_minor;
    DiagList d;
    diag_init(&d, NULL);
    r->prog = compile_program(r->lf.files, r->lf.n, &co, &d);
    if (!r->prog) {
        compile_error(r, &d);
        diag_fini(&d);
        return;
    }
    diag_fini(&d);
    r->compiled = true;
    r->vm = new_vm(r, out_write, &r->ctl, true, true);   /* the events feed the timeline */
    feed(r);
    r->snap = insp_snapshot_ex(r->vm, false);
}

void runner_start(Runner *r)
{
    r->nmoves = 0;
    r->at = 0;
    r->at_end = -1;
    r->at_failed = false;
    free(r->at_said);
    r->at_said = NULL;
    launch(r);
}

/* settle takes the snapshot after a move; at the end it prints the reports. */
static void settle(Runner *r)
{
    feed(r);
    if (r->snap) insp_free(r->snap);
    r->snap = insp_snapshot_ex(r->vm, false);
    vm_flush(r->vm);
    r->gen++;
    if (r->st == RUN_PAUSED) return;
    r->status = rt_finish(r->vm, false);
    if (r->race) r->status = race_finish(r->vm, r->status);   /* "Found N data race(s)", 66 */
    vm_flush(r->vm);
    buf_printf(&r->out, "[program %s, exit status %d]\n", run_state_name(r->st), r->status);
    r->finished = true;
}

static int64_t wall_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* play makes move m: m->n calls; or, with deadline > 0, as many as fit
 * before that wall time, and m->n becomes their number (so a replay makes
 * exactly those). */
static void play(Runner *r, RunMove *m, int64_t deadline)
{
    int64_t done = 0;
    while ((deadline > 0 || done < m->n) && r->st == RUN_PAUSED) {
        if (m->mode == STEP_EVENT) {
            r->st = rt_step(r->vm, STEP_EVENT, 0);
        } else {
            if (rt_now(r->vm) >= m->target) break;
            r->st = rt_step_max(r->vm, STEP_UNTIL, m->target, m->chunk);
        }
        done++;
        if (insp_event_count(r->vm) - r->fed > 65536) {   /* a long move or replay: keep the log small */
            feed(r);
            drop_fed(r);
        }
        if (deadline > 0 && wall_now() >= deadline) break;
    }
    m->n = done;
}

static void record(Runner *r, RunMove m)
{
    if (r->nmoves == r->capmoves) {
        r->capmoves = r->capmoves ? r->capmoves * 2 : 256;
        r->moves = xrealloc(r->moves, (size_t)r->capmoves * sizeof *r->moves);
        r->live = xrealloc(r->live, (size_t)r->capmoves * sizeof *r->live);
    }
    r->live[r->nmoves] = r->snap ? r->snap->ngs : 0;
    r->moves[r->nmoves++] = m;
}

/* move makes m (wall_ns > 0: for that much wall time), then snapshots and records it. */
static void move(Runner *r, RunMove m, int64_t wall_ns)
{
    if (!r->vm || r->finished) return;
    drop_fed(r);
    play(r, &m, wall_ns > 0 ? wall_now() + wall_ns : 0);
    settle(r);
    if (m.n > 0) record(r, m);
}

void runner_event(Runner *r)
{
    if (!r->vm || r->finished) return;
    /* the events are kept only for steps, which make a few each */
    drop_fed(r);
    int64_t from = insp_event_count(r->vm);
    move(r, (RunMove){.mode = STEP_EVENT, .n = 1}, 0);
    int64_t n = 0;
    Event *ev = insp_events(r->vm, from, &n);
    Buf b = BUF_INIT;
    narrate_lang(ev, n, r->snap, r->lang, &b);
    free(ev);
    free(r->said);
    r->said = buf_take(&b);
    if (n > 0 && r->at >= 0) {
        r->at++;
        free(r->at_said);
        r->at_said = xstrdup(r->said);
    }
    if (r->finished && r->at >= 0) r->at_end = r->at;
}

/* Each call runs at most this many instructions (about 1 ms of wall time),
 * so the wall-time check comes often. */
enum { CHUNK_INSTR = 200000 };

void runner_advance(Runner *r, int64_t dt, int64_t wall_ns)
{
    if (!r->vm || r->finished) return;
    int64_t target = dt < 0 ? INT64_MAX : rt_now(r->vm) + dt;
    int64_t before = insp_event_count(r->vm);
    move(r, (RunMove){.mode = STEP_UNTIL, .target = target, .chunk = CHUNK_INSTR}, wall_ns);
    if (r->vm && insp_event_count(r->vm) != before) {   /* a frame stops between events: where is found later */
        r->at = -1;
        free(r->at_said);
        r->at_said = NULL;
    }
}

enum { POSITION_WALL_NS = 1000000000 };   /* how long runner_position may replay */

/* count_events replays the run on a scratch VM, one scheduling event at a
 * time, until `total` events are recorded (insp_event_count) or it ends;
 * returns how many scheduling events that took (-1: more than wall_ns of
 * wall time), and in *said (when not NULL) the words of the last one. */
static int64_t count_events(Runner *r, int64_t total, char **said, int64_t wall_ns)
{
    if (!r->prog) return -1;
    struct ScheduleCtl *ctl = NULL;
    VM *vm = new_vm(r, discard, &ctl, false, false);
    int64_t k = 0, deadline = wall_now() + wall_ns;
    RunState st = rt_state(vm);
    while (st == RUN_PAUSED && insp_event_count(vm) < total) {
        int64_t from = insp_event_count(vm);
        insp_set_recording(vm, true);   /* the log holds this event's records only */
        st = rt_step(vm, STEP_EVENT, 0);
        k++;
        bool last = st != RUN_PAUSED || insp_event_count(vm) >= total;
        if (last && said) {
            int64_t n = 0;
            Event *ev = insp_events(vm, from, &n);
            Snapshot *sn = insp_snapshot_ex(vm, false);
            Buf b = BUF_INIT;
            narrate_lang(ev, n, sn, r->lang, &b);
            *said = buf_take(&b);
            insp_free(sn);
            free(ev);
        }
        insp_set_recording(vm, false);
        if (!last && (k & 255) == 0 && wall_now() > deadline) {
            k = -1;
            break;
        }
    }
    vm_free(vm);
    schedctl_free(ctl);
    return k;
}

int64_t runner_position(Runner *r)
{
    if (r->ask) return -1;   /* a challenge: its moves are picks (tui/challenge.c) */
    if (r->at >= 0 || r->at_failed || !r->vm) return r->at;
    char *said = NULL;
    int64_t k = count_events(r, insp_event_count(r->vm), &said, POSITION_WALL_NS);
    if (k < 0) {
        r->at_failed = true;
        free(said);
        return -1;
    }
    r->at = k;
    free(r->at_said);
    r->at_said = said;
    if (r->finished) r->at_end = k;
    return k;
}

/* back_by_move is the way back when the position is not known (the replay
 * to find it took too long): the state before the last move. */
static bool back_by_move(Runner *r)
{
    int n = r->nmoves - 1;
    launch(r);
    for (int i = 0; i < n && r->vm && r->st == RUN_PAUSED; i++) play(r, &r->moves[i], 0);
    r->nmoves = n;
    if (r->vm) settle(r);
    return true;
}

void runner_to_choice(Runner *r)
{
    if (!r->vm || r->finished) return;
    drop_fed(r);
    int64_t from = insp_event_count(r->vm);
    r->st = rt_step(r->vm, STEP_END, 0);
    settle(r);
    int64_t n = 0;
    Event *ev = insp_events(r->vm, from, &n);
    Buf b = BUF_INIT;
    narrate_lang(ev, n, r->snap, r->lang, &b);
    free(ev);
    free(r->said);
    r->said = buf_take(&b);
}

bool runner_back(Runner *r)
{
    if (r->nmoves == 0 || !r->prog) return false;
    int64_t k = runner_position(r);
    if (k < 0) return back_by_move(r);
    if (k == 0) return false;
    char *undone = r->at_said;
    r->at_said = NULL;
    int64_t end = r->at_end;
    launch(r);
    r->nmoves = 0;
    /* k - 1 events, the last one with its words (for the next b) */
    RunMove m = {.mode = STEP_EVENT, .n = k - 2};
    if (k >= 2) play(r, &m, 0);
    if (k >= 2 && r->st == RUN_PAUSED) {
        feed(r);
        drop_fed(r);
        int64_t from = insp_event_count(r->vm);
        r->st = rt_step(r->vm, STEP_EVENT, 0);
        int64_t n = 0;
        Event *ev = insp_events(r->vm, from, &n);
        Snapshot *sn = insp_snapshot_ex(r->vm, false);
        Buf b = BUF_INIT;
        narrate_lang(ev, n, sn, r->lang, &b);
        r->at_said = buf_take(&b);
        insp_free(sn);
        free(ev);
    }
    settle(r);
    if (k >= 2) record(r, (RunMove){.mode = STEP_EVENT, .n = k - 1});
    r->at = k - 1;
    r->at_end = end;
    free(r->said);
    Buf b = BUF_INIT;
    buf_printf(&b, narrate_zh(r->lang) ? "退回一步，撤销了：%s" : "back one event, undoing: %s", undone ? undone : "?");
    r->said = buf_take(&b);
    free(undone);
    return true;
}
