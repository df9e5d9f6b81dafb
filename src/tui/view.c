/* tui/view.c: the lesson view: the loop that advances the program between
 * frames, reads keys and the mouse, watches the learner's file, and draws
 * the panes, the status bar and the boxes (help, stack, verdict). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <curses.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "tui/crt.h"
#include "tui/story.h"
#include "tui/view.h"

enum { STEP_BUDGET_MS = 25 };   /* wall time the program may use per frame */

typedef void (*FillFn)(View *, Pane *);
static const FillFn fill[P_COUNT] = {
    [P_LESSON] = lesson_pane_fill, [P_SOURCE] = src_pane_fill, [P_GOROUTINES] = goro_pane_fill,
    [P_CHANNELS] = chan_pane_fill, [P_OUTPUT] = out_pane_fill, [P_TIMELINE] = timeline_pane_fill,
};

void view_set_notice(View *v, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    free(v->notice);
    v->notice = xstrdup(tmp);
}

void view_duration(int64_t d, char *out, size_t size)
{
    if (d >= 60000000000LL) {   /* minutes and up: whole units, as a clock reads */
        if (d < 3600000000000LL) snprintf(out, size, "%lldm%llds", (long long)(d / 60000000000LL), (long long)(d / 1000000000 % 60));
        else snprintf(out, size, "%lldh%lldm", (long long)(d / 3600000000000LL), (long long)(d / 60000000000LL % 60));
        return;
    }
    /* three significant digits in the largest unit that keeps the number under 1000 */
    const char *units[] = {"ns", crt_utf8() ? "µs" : "us", "ms", "s"};
    double x = (double)d;
    int u = 0;
    while (u < 3 && x >= 999.5) {
        x /= 1000;
        u++;
    }
    snprintf(out, size, "%.3g%s", x, units[u]);
}

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void save_progress(View *v, const ProgEntry *e)
{
    if (!v->l->id) return;
    prog_set(v->pg, v->pack->progress_id, v->l->id, e);
    char *why = NULL;
    if (!prog_save(v->pg, &why)) view_set_notice(v, _("progress not saved: %s"), why ? why : "?");
    free(why);
}

/* set_replay makes the next run the last failing grade's (on) or the
 * lesson's own (off): its seed, race mode, schedule and world arguments. */
static void set_replay(View *v, bool on)
{
    if (on == v->replaying || (on && !v->failure.set)) return;
    v->replaying = on;
    if (on) {
        v->saved_seed = v->run.seed;
        v->saved_race = v->run.race;
        v->run.seed = v->failure.seed;
        v->run.race = v->failure.race;
        v->run.schedule = v->failure.schedule;
        v->run.args = v->failure.args;
        v->run.nargs = v->failure.nargs;
    } else {
        v->run.seed = v->saved_seed;
        v->run.race = v->saved_race;
        v->run.schedule = NULL;
        v->run.args = NULL;
        v->run.nargs = 0;
    }
}

/* restart recompiles the copy as it is on disk and reruns; running says
 * whether it goes on by itself. The Source pane then shows what was
 * compiled, and the file's stamp is taken first, so that only a later save
 * counts as a change. */
static void restart(View *v, bool running)
{
    if (v->run.edit_path) v->copy_stamp = watch_stamp(v->run.edit_path);
    runner_start(&v->run);
    if (v->chal) chal_started(v);   /* on to the first choice */
    v->running = running && !v->run.finished && !v->chal;
    v->stack_g = 0;
    free(v->src);
    v->src = NULL;
    v->filled[P_SOURCE] = 0;
}

static void grade_start(View *v)
{
    if (v->job) return;
    free(v->verdict);
    if (v->replaying) {   /* a new grading: the old failure goes */
        set_replay(v, false);
        restart(v, false);
    }
    v->verdict = NULL;
    char *why = NULL;
    v->job = gradejob_start(v->l, v->lang, v->paths, v->npaths, &why);
    if (!v->job) view_set_notice(v, _("cannot start grading: %s"), why ? why : "?");
    free(why);
}

static void grade_poll(View *v)
{
    GradeOutcome o;
    if (!v->job || !gradejob_poll(v->job, &o)) return;
    v->job = NULL;
    v->verdict = o.message;
    v->verdict_kind = o.verdict;
    grade_replay_clear(&v->failure);
    v->failure = o.replay;
    if (v->failure.set) view_set_notice(v, "%s", _("f replays the run that failed, step by step"));
    ProgEntry e;
    prog_get(v->pg, v->pack->progress_id, v->l->id, &e);
    if (o.verdict == GRADE_PASS) {
        e.status = PROG_DONE;
        v->passed = true;
        v->focus = P_LESSON;
        v->panes[P_LESSON].follow = true;
    } else if (e.status == PROG_NEW) {
        e.status = PROG_STARTED;
    }
    e.seed = v->run.seed;
    save_progress(v, &e);
}

/* replay_failure loads the last failing grade's run into the panes, paused
 * (n steps through it, as the grader's world and schedule had it); again,
 * it goes back to the lesson's own run. */
static void replay_failure(View *v)
{
    if (!v->replaying && !v->failure.set) {
        view_set_notice(v, "%s", _("no failure to replay: grade first (g)"));
        return;
    }
    set_replay(v, !v->replaying);
    restart(v, false);
    free(v->story);   /* the Lesson pane tells the failing schedule's choices that matter */
    LessonText lt;
    lesson_text(v->l, v->lang, &lt);
    v->story = v->replaying && v->failure.schedule
                   ? story_build(v->paths, v->npaths, v->run.go_minor, v->failure.race, v->failure.args,
                                 v->failure.nargs, v->failure.schedule, lt.lang && !strncmp(lt.lang, "zh", 2))
                   : NULL;
    v->panes[P_LESSON].follow = true;
    if (v->replaying)
        view_set_notice(v, v->failure.schedule ? _("replaying the failing run and its schedule: n steps, f goes back")
                                               : _("replaying the failing run: n steps, f goes back"));
    else
        view_set_notice(v, "%s", _("back to the lesson's own run"));
}

static void show_hint(View *v)
{
    LessonText t;
    lesson_text(v->l, v->lang, &t);
    if (v->hints >= t.hints->len) {
        view_set_notice(v, _("no more hints: all %d are shown"), t.hints->len);
        return;
    }
    v->hints++;
    ProgEntry e;
    prog_get(v->pg, v->pack->progress_id, v->l->id, &e);
    e.hints = v->hints;
    save_progress(v, &e);
    v->focus = P_LESSON;
    v->zoom = -1;
    v->demo = false;   /* the hint is in the Lesson pane: show it */
    v->panes[P_LESSON].follow = true;
}

static void reset_copy(View *v)
{
    StrList backups = {0};
    char *why = NULL;
    if (!ws_reset(v->l, &backups, &why)) {
        view_set_notice(v, _("reset failed: %s"), why ? why : "?");
    } else {
        view_set_notice(v, _("reset to the starter; your copy is backed up as %s"),
                        backups.len ? backups.items[0] : _("(nothing to back up)"));
        set_replay(v, false);
        restart(v, false);
    }
    for (int i = 0; i < backups.len; i++) free(backups.items[i]);
    free(backups.items);
    free(why);
}

/* advance moves the program on by one frame at the chosen speed. */
static void advance(View *v)
{
    int64_t per_s = view_speed_ns[v->speed];
    if (per_s == 0) runner_event(&v->run);
    else runner_advance(&v->run, per_s < 0 ? -1 : per_s / (1000 / FRAME_MS), STEP_BUDGET_MS * 1000000LL);
    if (v->run.finished) v->running = false;
}

void view_draw(View *v)
{
    if (tui_too_small()) return;
    layout_place(v);
    erase();
    for (int i = 0; i < P_COUNT; i++)
        if (v->panes[i].h) fill[i](v, &v->panes[i]);
    Pane *src = &v->panes[P_SOURCE];
    if (v->run.err_line && v->focus != P_SOURCE) {   /* the error and its message in view */
        int ih = pane_inner_h(src);
        if (v->run.err_line - 1 < src->scroll || v->run.err_line + 1 > src->scroll + ih)
            src->scroll = v->run.err_line - ih / 2;
    }
    for (int i = 0; i < P_COUNT; i++)
        if (v->panes[i].h) pane_draw(&v->panes[i]);
    status_draw(v);
    if (v->help) {
        tui_help(v->chal ? _("Keys: a challenge (you are the scheduler)") : _("Keys: lesson view"),
                 v->chal ? keys_challenge : keys_view);
    } else if (v->stack_g) {
        char *text = goro_pane_stack(v);
        char title[64];
        snprintf(title, sizeof title, _("goroutine %lld"), (long long)v->stack_g);
        tui_text_box(title, text ? text : _("(this goroutine has ended)"), _("(any key closes)"), crt_attr(C_TITLE));
        free(text);
    } else if (v->verdict) {
        bool pass = v->verdict_kind == GRADE_PASS;
        bool more = v->l->number < v->pack->nlessons;
        const char *title = pass ? _("PASS") : v->verdict_kind == GRADE_ERROR ? _("ERROR") : _("FAIL");
        const char *footer = pass ? (more ? _("(Enter: next lesson; any other key closes)") : _("(the last lesson of the pack; any key closes)"))
                                  : _("(any key closes; h: a hint)");
        tui_text_box(title, v->verdict, footer, pass ? crt_attr(C_OK) : crt_attr(C_ERROR));
    }
    refresh();
}

static void focus_next(View *v, int dir)
{
    for (int k = 1; k <= P_COUNT; k++) {
        int i = (v->focus + dir * k + P_COUNT) % P_COUNT;
        if (v->panes[i].h) { v->focus = i; return; }
    }
}

static void move_in(View *v, int pane, int delta)
{
    if (pane == P_GOROUTINES) goro_pane_select(v, delta);
    else pane_scroll(&v->panes[pane], delta);
}

static void mouse(View *v)
{
    MEVENT m;
    if (getmouse(&m) != OK) return;
    for (int i = 0; i < P_COUNT; i++) {
        int k = pane_hit(&v->panes[i], m.y, m.x);
        if (k == -2) continue;
        if (m.bstate & BUTTON4_PRESSED) move_in(v, i, -3);
        else if (m.bstate & BUTTON5_PRESSED) move_in(v, i, 3);
        else if (m.bstate & BUTTON1_PRESSED) {
            v->focus = i;
            if (i == P_GOROUTINES && k >= 0) goro_pane_pick(v, k);
            if (i == P_GOROUTINES && k >= 0 && v->chal) chal_clicked(v);   /* a click picks a marked goroutine */
        }
        return;
    }
}

/* key handles one key in the view; returns false when the view should end
 * (*exit says how). */
static bool key(View *v, int c, ViewExit *exit)
{
    KeyAction k = keys_lookup(keys_view, c);
    if (v->help || v->stack_g) {   /* any key closes these boxes */
        v->help = false;
        v->stack_g = 0;
        return true;
    }
    if (v->verdict) {
        bool next = v->verdict_kind == GRADE_PASS && k == K_OPEN && v->l->number < v->pack->nlessons;
        free(v->verdict);
        v->verdict = NULL;
        if (next) { *exit = VIEW_NEXT; return false; }
        if (k != K_HINT) return true;
    }
    free(v->notice);
    v->notice = NULL;
    if (v->confirm_reset) {   /* R asked: y or R again resets, anything else keeps the copy */
        v->confirm_reset = false;
        if (c == 'y' || c == 'Y' || k == K_RESET) reset_copy(v);
        else view_set_notice(v, "%s", _("reset cancelled: your copy is unchanged"));
        return true;
    }
    if (COLS < CRT_MIN_W || LINES < CRT_MIN_H) {
        if (k == K_QUIT) { *exit = VIEW_BACK; return false; }
        return true;
    }
    if (v->chal && chal_key(v, k, c)) return true;   /* the learner is the scheduler */
    int fp = v->focus;
    Pane *p = &v->panes[fp];
    switch (k) {
    case K_RUN:
        if (v->run.finished) restart(v, true);
        else v->running = !v->running;
        break;
    case K_STEP:
        v->running = false;
        if (v->run.finished) runner_start(&v->run);
        runner_event(&v->run);
        if (v->run.said && v->run.said[0]) view_set_notice(v, "%s", v->run.said);
        break;
    case K_BACK:
        v->running = false;
        if (!runner_back(&v->run)) view_set_notice(v, "%s", _("at the start of the run: nothing to go back to"));
        else if (v->run.said && v->run.said[0]) view_set_notice(v, "%s", v->run.said);
        break;
    case K_FASTER: if (v->speed + 1 < NSPEEDS) v->speed++; break;
    case K_SLOWER: if (v->speed > 0) v->speed--; break;
    case K_RESTART: restart(v, v->running); break;
    case K_PREV_SEED:
        set_replay(v, false);
        if (v->run.seed > 1) v->run.seed--;
        restart(v, v->running);
        break;
    case K_NEXT_SEED:
        set_replay(v, false);
        v->run.seed++;
        restart(v, v->running);
        break;
    case K_EDIT:
        editor_open(v);
        restart(v, true);
        break;
    case K_GRADE: grade_start(v); break;
    case K_CANCEL:
        if (v->job) {
            gradejob_cancel(v->job);
            v->job = NULL;
            view_set_notice(v, "%s", _("grading cancelled"));
        }
        break;
    case K_HINT: show_hint(v); break;
    case K_NEXT_LESSON:
        if (v->l->number < v->pack->nlessons) { *exit = VIEW_NEXT; return false; }
        view_set_notice(v, "%s", _("this is the last lesson of the pack"));
        break;
    case K_RESET:
        v->confirm_reset = true;
        view_set_notice(v, "%s", _("reset your copy to the starter? y: yes (the copy is kept as .bak), any other key: no"));
        break;
    case K_RACE:
        v->run.race = !v->run.race;
        restart(v, v->running);
        view_set_notice(v, "%s", v->run.race ? _("data race detector on: races are reported as Go's -race does") : _("data race detector off"));
        break;
    case K_FAILURE: replay_failure(v); break;
    case K_FOCUS: focus_next(v, 1); break;
    case K_FOCUS_BACK: focus_next(v, -1); break;
    case K_UP: move_in(v, fp, -1); break;
    case K_DOWN: move_in(v, fp, 1); break;
    case K_PGUP: move_in(v, fp, -(pane_inner_h(p) - 1)); break;
    case K_PGDN: move_in(v, fp, pane_inner_h(p) - 1); break;
    case K_HOME: move_in(v, fp, -p->nlines); break;
    case K_END: move_in(v, fp, p->nlines); break;
    case K_OPEN:
        if (fp == P_GOROUTINES && v->sel_g) v->stack_g = v->sel_g;
        else view_set_notice(v, "%s", _("Enter shows a goroutine's stack: Tab to the Goroutines pane first"));
        break;
    case K_GROUP: v->group_mode = (GroupMode)((v->group_mode + 1) % 3); break;
    case K_LAYOUT: v->demo = !v->demo; v->zoom = -1; break;
    case K_ZOOM: v->zoom = v->zoom >= 0 ? -1 : fp; break;
    case K_TIMELINE:
        v->timeline = !v->timeline;
        if (v->zoom == P_TIMELINE) v->zoom = -1;
        if (v->timeline) v->focus = P_TIMELINE;
        break;
    case K_LEFT: case K_RIGHT: case K_TL_IN: case K_TL_OUT: case K_TL_FIT:
        if (fp != P_TIMELINE) {
            view_set_notice(v, "< > zoom the timeline, Left Right move it, 0 fits it: T shows it, Tab to it");
            break;
        }
        timeline_key(v, k == K_TL_IN ? 1 : k == K_TL_OUT ? -1 : 0, k == K_LEFT ? -1 : k == K_RIGHT ? 1 : 0, k == K_TL_FIT);
        break;
    case K_CONTRAST:
        crt_set_theme(crt_theme() == THEME_DEFAULT ? THEME_HIGH_CONTRAST : THEME_DEFAULT);
        memset(v->filled, 0, sizeof v->filled);
        break;
    case K_HELP: v->help = true; break;
    case K_QUIT: *exit = VIEW_BACK; return false;
    default: break;
    }
    /* the lesson pane follows new hints until the learner scrolls it */
    if (fp == P_LESSON && (k == K_UP || k == K_PGUP || k == K_HOME)) v->panes[P_LESSON].follow = false;
    return true;
}

View *view_new(Pack *pack, Lesson *l, const TuiOptions *o, Progress *pg, char **why)
{
    Workspace *ws = ws_open(l, why);
    if (!ws) return NULL;
    View *v = xcalloc(1, sizeof *v);
    v->pack = pack;
    v->l = l;
    v->lang = o->lang;
    v->pg = pg;
    v->ws = ws;
    v->speed = SPEED_DEFAULT;
    v->focus = P_LESSON;
    v->zoom = -1;
    v->demo = o->demo;
    v->panes[P_OUTPUT].follow = true;
    for (int i = 0; i < P_COUNT; i++) v->panes[i].sel = -1;
    v->paths = lesson_program(l, (const char *const *)ws->paths.items, false, &v->npaths);
    ProgEntry e;
    prog_get(pg, pack->progress_id, l->id, &e);
    v->hints = e.hints;
    v->run.paths = v->paths;
    v->run.npaths = v->npaths;
    v->run.lang = v->lang;
    v->run.edit_path = ws->paths.len ? ws->paths.items[0] : NULL;
    v->run.lesson = l;
    v->run.seed = e.seed ? e.seed : 1;
    for (int i = 0; i < l->tags.len; i++)   /* race lessons run with the detector on */
        if (strcmp(l->tags.items[i], "race") == 0) v->run.race = true;
    int major = 0, minor = 0;
    if (l->go && sscanf(l->go, "%d.%d", &major, &minor) == 2) v->run.go_minor = minor;
    if (e.status == PROG_NEW) {
        e.status = PROG_STARTED;
        save_progress(v, &e);
    }
    if (l->mode == LESSON_SCHEDULE) v->chal = chal_new(v);
    return v;
}

void view_free(View *v)
{
    if (v->job) gradejob_cancel(v->job);
    runner_free(&v->run);
    for (int i = 0; i < P_COUNT; i++) pane_free(&v->panes[i]);
    free(v->rows);
    free(v->groups);
    free(v->src);
    free(v->verdict);
    grade_replay_clear(&v->failure);
    free(v->notice);
    chal_free(v->chal);
    free(v->story);
    free(v->paths);
    ws_free(v->ws);
    free(v);
}

ViewExit view_run(Pack *pack, Lesson *l, const TuiOptions *o, Progress *pg)
{
    char *why = NULL;
    View *v = view_new(pack, l, o, pg, &why);
    if (!v) {
        tui_text_box(_("cannot open the lesson"), why ? why : _("cannot open the workspace"), _("(any key)"), crt_attr(C_ERROR));
        refresh();
        timeout(-1);
        getch();
        free(why);
        return VIEW_BACK;
    }
    restart(v, false);
    const char *copy = v->run.edit_path;
    ViewExit exit = VIEW_BACK;
    int64_t next_frame = 0;
    for (;;) {
        if (!v->running) runner_position(&v->run);   /* paused after frames: which event is this? */
        view_draw(v);
        int64_t t = now_ms();
        int wait = v->running ? (int)(next_frame > t ? next_frame - t : 0) : v->job ? 100 : IDLE_MS;
        timeout(wait);
        int c = getch();
        if (v->running && now_ms() >= next_frame) {
            next_frame = now_ms() + FRAME_MS;
            advance(v);
        }
        grade_poll(v);
        if (copy && watch_changed(&v->copy_stamp, copy)) {
            set_replay(v, false);   /* the failure was of the old text */
            restart(v, true);
            view_set_notice(v, "%s", _("your copy changed on disk: recompiled and rerun"));
        }
        if (c == ERR || c == KEY_RESIZE) continue;
        if (c == KEY_MOUSE) { mouse(v); continue; }
        if (!key(v, c, &exit)) break;
    }
    view_free(v);
    return exit;
}
