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
    r->gen++;
}

void runner_free(Runner *r)
{
    stop(r);
    buf_fini(&r->out);
    free(r->moves);
    free(r->live);
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

static void launch(Runner *r)
{
    stop(r);
    char *cause = NULL;
    if (!lab_files_read(&r->lf, r->paths, r->npaths, &cause)) {
        buf_printf(&r->out, "gorolab: %s\n", cause ? cause : "cannot read the program");
        free(cause);
        r->finished = true;
        r->status = 1;
        return;
    }
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
    VMOptions vo;
    memset(&vo, 0, sizeof vo);
    vo.seed = r->seed;
    vo.go_minor = r->go_minor;
    vo.mem_points = r->mem_points;
    vo.write = out_write;
    vo.write_ctx = r;
    if (r->max_steps > 0) vo.max_steps = (uint64_t)r->max_steps;
    r->argv = xcalloc((size_t)r->nargs + 2, sizeof *r->argv);
    r->argv[0] = (char *)(r->edit_abs ? r->edit_abs : r->lf.files[0].abspath);
    for (int i = 0; i < r->nargs; i++) r->argv[i + 1] = r->args[i];
    vo.argc = r->nargs + 1;
    vo.argv = r->argv;
    const char *why = NULL;
    if (r->ask) {   /* a challenge: the learner's picks, then the next choice is asked */
        r->ctl = schedctl_new(SCHED_REPLAY, r->seed);
        schedctl_replay(r->ctl, r->seed, r->picks, r->npicks);
        r->ctl->ask = true;
        schedctl_begin_run(r->ctl, r->seed);
    } else if (r->schedule) {
        r->ctl = schedctl_new(SCHED_REPLAY, r->seed);
        if (schedctl_parse(r->ctl, r->schedule, &why)) {
            vo.seed = r->ctl->vm_seed;   /* the string carries the seed it was found with */
            schedctl_begin_run(r->ctl, r->ctl->vm_seed);
        } else {
            buf_printf(&r->out, "gorolab: cannot replay the schedule: %s\n", why);
            schedctl_free(r->ctl);
            r->ctl = NULL;
        }
    }
    r->vm = vm_new(r->prog, &vo);
    if (r->ctl) schedctl_attach(r->vm, r->ctl);
    if (r->race) race_enable(r->vm);
    insp_set_recording(r->vm, false);
    rt_start(r->vm);
    r->snap = insp_snapshot_ex(r->vm, false);
}

void runner_start(Runner *r)
{
    r->nmoves = 0;
    launch(r);
}

/* settle takes the snapshot after a move; at the end it prints the reports. */
static void settle(Runner *r)
{
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
    play(r, &m, wall_ns > 0 ? wall_now() + wall_ns : 0);
    settle(r);
    if (m.n > 0) record(r, m);
}

void runner_event(Runner *r)
{
    if (!r->vm || r->finished) return;
    /* the events are kept only for steps, which make a few each */
    int64_t from = insp_event_count(r->vm);
    insp_set_recording(r->vm, true);
    move(r, (RunMove){.mode = STEP_EVENT, .n = 1}, 0);
    int64_t n = 0;
    Event *ev = insp_events(r->vm, from, &n);
    insp_set_recording(r->vm, false);
    Buf b = BUF_INIT;
    narrate(ev, n, r->snap, &b);
    free(ev);
    free(r->said);
    r->said = buf_take(&b);
}

/* Each call runs at most this many instructions (about 1 ms of wall time),
 * so the wall-time check comes often. */
enum { CHUNK_INSTR = 200000 };

void runner_advance(Runner *r, int64_t dt, int64_t wall_ns)
{
    if (!r->vm || r->finished) return;
    int64_t target = dt < 0 ? INT64_MAX : rt_now(r->vm) + dt;
    move(r, (RunMove){.mode = STEP_UNTIL, .target = target, .chunk = CHUNK_INSTR}, wall_ns);
}

bool runner_back(Runner *r)
{
    if (r->nmoves == 0) return false;
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
    int64_t from = insp_event_count(r->vm);
    insp_set_recording(r->vm, true);
    r->st = rt_step(r->vm, STEP_END, 0);
    settle(r);
    int64_t n = 0;
    Event *ev = insp_events(r->vm, from, &n);
    insp_set_recording(r->vm, false);
    Buf b = BUF_INIT;
    narrate(ev, n, r->snap, &b);
    free(ev);
    free(r->said);
    r->said = buf_take(&b);
}
