/* tui/challenge.c: challenge lessons in the lesson view (tui/challenge.h).
 *
 * The picks are the only state: the run is an asking replay of them
 * (Runner.ask), so taking one back is a replay of the others from a fresh
 * start, as the runner's own `b` is. The schedule that is saved and graded
 * is what the run recorded (schedctl_string: a v2 string that replays the
 * same run without asking); the goal is the lesson grader's, run here in
 * the lab's process (one short run of a small program). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "base/buf.h"
#include "base/path.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "grade/lab.h"
#include "rt/explore.h"
#include "tui/challenge.h"
#include "tui/crt.h"
#include "tui/view.h"

typedef struct Step {
    int64_t g;       /* the goroutine picked (0: the rest, run calmly) */
    int     npicks;  /* the picks it added: the goroutine, and a select's case when forced */
    int     sel_n, sel_ready[16], sel_taken;   /* the first select with several ready cases it ran */
    char   *func;    /* its function, where it stood, what happened until the next choice */
    char   *where;
    char   *did;
} Step;

struct Challenge {
    int64_t *picks;
    int      npicks, cappicks;
    Step    *steps;
    int      nsteps, capsteps;
    bool     checked, solved;
    char    *sched;     /* the ended run's schedule string (NULL: not ended) */
    char    *message;   /* the grader's message on it */
    uint64_t gen;
};

const KeyBinding keys_challenge[] = {
    {'1', K_NONE, "1-9", "run that goroutine (marked [1]..[9]) to its next switch point"},
    {'\n', K_NONE, "Enter", "run the selected goroutine (Goroutines pane), or its stack"},
    {KEY_MOUSE, K_NONE, "click", "a click on a marked goroutine runs it"},
    {'n', K_NONE, "n", "let the stopped goroutine go on"},
    {'b', K_NONE, "b", "take the last pick back"},
    {'s', K_NONE, "s", "the last pick's select takes another ready case"},
    {' ', K_NONE, "Space", "run the rest calmly (no more switches) and check"},
    {'r', K_NONE, "r", "start again, no picks"},
    {'g', K_NONE, "g", "check the goal again (once the run ended)"},
    {'h', K_NONE, "h", "next hint"},
    {'N', K_NONE, "N", "next lesson"},
    {'\t', K_NONE, "Tab", "next pane"},
    {'?', K_NONE, "?", "this help"},
    {'q', K_NONE, "q", "back to the list"},
    {0, K_NONE, NULL, NULL},
};

static bool zh(const View *v)
{
    LessonText t;
    lesson_text(v->l, v->lang, &t);
    return t.lang && strncmp(t.lang, "zh", 2) == 0;
}

#define SAY(v, en, zhs) (zh(v) ? (zhs) : (en))

Challenge *chal_new(View *v)
{
    Challenge *c = xcalloc(1, sizeof *c);
    v->run.ask = true;
    v->run.race = false;
    v->run.mem_points = v->l->mem_points;
    if (!v->run.edit_path && v->npaths) v->run.edit_path = v->paths[0];   /* the Source pane shows the program */
    v->run.picks = NULL;
    v->run.npicks = 0;
    v->panes[P_LESSON].follow = true;
    return c;
}

static void step_free(Step *s)
{
    free(s->func);
    free(s->where);
    free(s->did);
}

static void unchecked(Challenge *c)
{
    c->checked = c->solved = false;
    free(c->sched);
    free(c->message);
    c->sched = c->message = NULL;
    c->gen++;
}

void chal_free(Challenge *c)
{
    if (!c) return;
    for (int i = 0; i < c->nsteps; i++) step_free(&c->steps[i]);
    free(c->steps);
    free(c->picks);
    unchecked(c);
    free(c);
}

static const GSnap *find_g(const View *v, int64_t id)
{
    const Snapshot *s = v->run.snap;
    for (int i = 0; s && i < s->ngs; i++)
        if (s->gs[i].id == id) return &s->gs[i];
    return NULL;
}

static bool asking(const View *v)
{
    return v->run.ctl && v->run.ctl->asking && !v->run.finished && v->run.vm;
}

int chal_candidate(const View *v, int64_t id)
{
    if (!v->chal || !asking(v)) return 0;
    for (int i = 0; i < v->run.ctl->nask && i < 9; i++)
        if (v->run.ctl->ask_ids[i] == id) return i + 1;
    return 0;
}

uint64_t chal_gen(const View *v) { return v->chal ? v->chal->gen : 0; }

static void save_done(View *v)
{
    ProgEntry e;
    prog_get(v->pg, v->pack->progress_id, v->l->id, &e);
    e.status = PROG_DONE;
    e.seed = v->run.seed;
    prog_set(v->pg, v->pack->progress_id, v->l->id, &e);
    char *why = NULL;
    if (!prog_save(v->pg, &why)) view_set_notice(v, "progress not saved: %s", why ? why : "?");
    free(why);
}

/* storyboard appends the numbered steps to b. */
static void storyboard(const View *v, Buf *b)
{
    const Challenge *c = v->chal;
    for (int i = 0; i < c->nsteps; i++) {
        const Step *s = &c->steps[i];
        if (s->g)
            buf_printf(b, "%2d. g%lld %s at %s: %s\n", i + 1, (long long)s->g, s->func, s->where,
                       s->did && *s->did ? s->did : "...");
        else
            buf_printf(b, "%2d. %s: %s\n", i + 1, SAY(v, "the rest, calmly", "其余部分，不再切换"),
                       s->did && *s->did ? s->did : "...");
    }
}

/* check grades the ended run's schedule and saves it in the workspace. */
static void check(View *v)
{
    Challenge *c = v->chal;
    unchecked(c);
    c->checked = true;
    c->sched = v->run.ctl ? schedctl_string(v->run.ctl) : NULL;
    if (!c->sched) return;
    char *why = NULL;
    if (!ws_save_schedule(v->l, c->sched, &why))
        view_set_notice(v, "your schedule was not saved: %s", why ? why : "?");
    free(why);
    why = NULL;
    size_t glen = 0;
    char *gtext = v->l->grader_abs ? lab_read_text(v->l->grader_abs, &glen) : NULL;
    LabFiles lf = {0};
    if (!gtext || !lab_files_read(&lf, v->paths, v->npaths, &why)) {
        c->message = xstrdup(why ? why : "cannot read the lesson's grader");
        free(why);
        free(gtext);
        lab_files_free(&lf);
        return;
    }
    LabInput in;
    memset(&in, 0, sizeof in);
    cli_lesson_input(v->l, &in);
    if (v->lang) in.lesson.lang = v->lang;
    in.files = lf.files;
    in.nfiles = lf.n;
    in.grader_name = path_base(v->l->grader_abs);
    in.grader_text = gtext;
    in.grader_len = glen;
    in.schedule = c->sched;
    GradeResult r;
    c->solved = lab_grade(&in, &r);
    c->message = xstrdup(r.message ? r.message : "");
    grade_result_fini(&r);
    lab_files_free(&lf);
    free(gtext);
    c->gen++;
    if (c->solved) {
        Buf b = BUF_INIT;
        buf_printf(&b, "%s\n\n", c->message);
        buf_printf(&b, SAY(v, "Your schedule, in %d steps:\n", "你的调度，共 %d 步：\n"), c->nsteps);
        storyboard(v, &b);
        buf_printf(&b, "\n%s\n  %s\n%s\n  gorolab grade %s\n", SAY(v, "Replay string:", "重放字符串："), c->sched,
                   SAY(v, "Saved in your workspace; graded again with:", "已保存在工作区；再次评分："), v->l->id);
        free(v->verdict);
        v->verdict = buf_take(&b);
        v->verdict_kind = GRADE_PASS;
        v->passed = true;
        save_done(v);
    } else {
        view_set_notice(v, "%s", SAY(v, "the run ended, the goal is not reached: b takes a pick back, r starts again",
                                     "运行结束，目标未达成：b 撤回一步，r 重新开始"));
    }
}

/* after a move: the run's new state; at the end the goal is checked */
static void after(View *v)
{
    v->chal->gen++;
    v->filled[P_LESSON] = 0;
    if (v->run.finished && !v->chal->checked) check(v);
}

void chal_started(View *v)
{
    unchecked(v->chal);
    runner_to_choice(&v->run);
    after(v);
}

static Step *new_step(Challenge *c)
{
    if (c->nsteps == c->capsteps) {
        c->capsteps = c->capsteps ? c->capsteps * 2 : 16;
        c->steps = xrealloc(c->steps, (size_t)c->capsteps * sizeof *c->steps);
    }
    Step *s = &c->steps[c->nsteps++];
    memset(s, 0, sizeof *s);
    return s;
}

static void push_pick(Challenge *c, int64_t e)
{
    if (c->npicks == c->cappicks) {
        c->cappicks = c->cappicks ? c->cappicks * 2 : 16;
        c->picks = xrealloc(c->picks, (size_t)c->cappicks * sizeof *c->picks);
    }
    c->picks[c->npicks++] = e;
}

/* pick runs goroutine id to its next switch point; sel >= 0: the first
 * select with several ready cases after it takes case sel. */
static void pick_sel(View *v, int64_t id, int sel)
{
    Challenge *c = v->chal;
    if (!asking(v)) {
        view_set_notice(v, "%s", SAY(v, "the run has ended: b takes a pick back, r starts again",
                                     "运行已结束：b 撤回一步，r 重新开始"));
        return;
    }
    Step *s = new_step(c);
    s->g = id;
    const GSnap *g = find_g(v, id);
    char where[256];
    snprintf(where, sizeof where, "%s:%d", g ? path_base(g->file) : "?", g ? g->line : 0);
    s->func = xstrdup(g && g->func ? g->func : "?");
    s->where = xstrdup(where);
    push_pick(c, id);
    if (sel >= 0) push_pick(c, SCHED_SELECT_BIT | sel);
    s->npicks = sel >= 0 ? 2 : 1;
    v->run.picks = c->picks;
    v->run.npicks = c->npicks;
    ScheduleCtl *ctl = v->run.ctl;
    schedctl_pick(ctl, id);
    if (sel >= 0) schedctl_pick(ctl, SCHED_SELECT_BIT | sel);
    ctl->sel_mark = ctl->sel_seq;
    runner_to_choice(&v->run);
    Buf b = BUF_INIT;
    buf_puts(&b, v->run.said ? v->run.said : "");
    if (ctl->sel_seq > ctl->sel_mark) {   /* a select chose among ready cases: s picks another */
        s->sel_n = ctl->sel_n;
        memcpy(s->sel_ready, ctl->sel_ready, sizeof s->sel_ready);
        s->sel_taken = ctl->sel_taken;
        buf_printf(&b, SAY(v, " (g%lld's select had %d ready cases: s takes another)",
                           "（g%lld 的 select 有 %d 个就绪的 case：s 换一个）"),
                   (long long)ctl->sel_g, s->sel_n);
    }
    s->did = buf_take(&b);
    view_set_notice(v, "%d. g%lld: %s", c->nsteps, (long long)id, s->did);
    after(v);
}

static void pick(View *v, int64_t id) { pick_sel(v, id, -1); }

static void finish(View *v)
{
    if (!asking(v)) {
        view_set_notice(v, "%s", SAY(v, "the run has ended", "运行已结束"));
        return;
    }
    Step *s = new_step(v->chal);
    v->run.ctl->ask = false;
    runner_to_choice(&v->run);
    s->did = xstrdup(v->run.said ? v->run.said : "");
    after(v);
}

/* replay relaunches the run with the picks kept and goes to the next choice */
static void replay(View *v)
{
    Challenge *c = v->chal;
    v->run.picks = c->picks;
    v->run.npicks = c->npicks;
    v->stack_g = 0;
    runner_start(&v->run);
    unchecked(c);
    runner_to_choice(&v->run);
    after(v);
}

static void back(View *v)
{
    Challenge *c = v->chal;
    if (c->nsteps == 0) {
        view_set_notice(v, "%s", SAY(v, "at the start: nothing to take back", "已在开头：没有可撤回的"));
        return;
    }
    Step *s = &c->steps[--c->nsteps];
    c->npicks -= s->npicks;
    step_free(s);
    replay(v);
    view_set_notice(v, SAY(v, "took back step %d", "撤回了第 %d 步"), c->nsteps + 1);
}

/* other_case runs the last pick again, its select taking the next ready case */
static void other_case(View *v)
{
    Challenge *c = v->chal;
    Step *s = c->nsteps ? &c->steps[c->nsteps - 1] : NULL;
    if (!s || !s->g || s->sel_n < 2) {
        view_set_notice(v, "%s", SAY(v, "s: the last pick ran no select with several ready cases",
                                     "s：上一步没有运行有多个就绪 case 的 select"));
        return;
    }
    int k = 0;
    while (k < s->sel_n && s->sel_ready[k] != s->sel_taken) k++;
    int next = s->sel_ready[(k + 1) % s->sel_n];
    int64_t g = s->g;
    c->nsteps--;
    c->npicks -= s->npicks;
    step_free(s);
    replay(v);
    pick_sel(v, g, next);
}

static void start_over(View *v)
{
    Challenge *c = v->chal;
    for (int i = 0; i < c->nsteps; i++) step_free(&c->steps[i]);
    c->nsteps = c->npicks = 0;
    replay(v);
}

void chal_clicked(View *v)
{
    free(v->notice);
    v->notice = NULL;
    if (v->sel_g && chal_candidate(v, v->sel_g)) pick(v, v->sel_g);
}

bool chal_key(View *v, KeyAction k, int ch)
{
    Challenge *c = v->chal;
    if (ch >= '1' && ch <= '9') {
        int i = ch - '1';
        if (asking(v) && i < v->run.ctl->nask) pick(v, v->run.ctl->ask_ids[i]);
        else if (asking(v)) view_set_notice(v, SAY(v, "only %d goroutines can run now", "现在只有 %d 个 goroutine 可运行"),
                                            v->run.ctl->nask);
        else pick(v, 0);
        return true;
    }
    switch (k) {
    case K_OPEN:
        if (v->focus == P_GOROUTINES && v->sel_g && chal_candidate(v, v->sel_g)) {
            pick(v, v->sel_g);
            return true;
        }
        return false;
    case K_STEP:
        if (asking(v)) {
            int64_t prev = v->run.ctl->ask_prev;
            pick(v, prev && chal_candidate(v, prev) ? prev : v->run.ctl->ask_ids[0]);
        } else {
            pick(v, 0);
        }
        return true;
    case K_BACK: back(v); return true;
    case K_NONE:
        if (ch == 's') {
            other_case(v);
            return true;
        }
        return false;
    case K_RUN: finish(v); return true;
    case K_RESTART:
    case K_RESET: start_over(v); return true;
    case K_GRADE:
        if (!v->run.finished) {
            view_set_notice(v, "%s", SAY(v, "the goal is checked when the run ends: pick on, or Space runs the rest calmly",
                                         "运行结束时检查目标：继续选择，或按空格让其余部分不再切换地运行"));
        } else {
            c->checked = false;
            after(v);
            if (!c->solved && c->message) {
                free(v->verdict);
                v->verdict = xstrdup(c->message);
                v->verdict_kind = GRADE_FAIL;
            }
        }
        return true;
    case K_EDIT:
    case K_PREV_SEED:
    case K_NEXT_SEED:
    case K_RACE:
    case K_FAILURE:
        view_set_notice(v, "%s", SAY(v, "a challenge: the program stays as it is; you pick the schedule",
                                     "这是挑战：程序不变，由你选择调度"));
        return true;
    case K_FASTER:
    case K_SLOWER: return true;
    default: return false;
    }
}

void chal_lesson_fill(View *v, Pane *p)
{
    Challenge *c = v->chal;
    pane_add(p, "", 0);
    pane_add(p, SAY(v, "Your schedule", "你的调度"), crt_attr(C_TITLE));
    if (c->nsteps == 0) pane_add(p, SAY(v, "(no pick yet)", "（还没有选择）"), crt_attr(C_DIM));
    Buf b = BUF_INIT;
    storyboard(v, &b);
    if (b.len) pane_wrap(p, buf_str(&b), 0, "    ");
    buf_fini(&b);
    pane_add(p, "", 0);
    if (asking(v)) {
        pane_add(p, SAY(v, "Your turn: who runs next?", "轮到你：下一个运行谁？"), crt_attr(C_MARK));
        for (int i = 0; i < v->run.ctl->nask && i < 9; i++) {
            int64_t id = v->run.ctl->ask_ids[i];
            const GSnap *g = find_g(v, id);
            char line[512];
            snprintf(line, sizeof line, "  [%d] g%lld %s at %s:%d%s", i + 1, (long long)id, g && g->func ? g->func : "?",
                     g ? path_base(g->file) : "?", g ? g->line : 0,
                     id == v->run.ctl->ask_prev ? SAY(v, "  (stopped here: n lets it go on)", "  （停在这里：n 让它继续）")
                                                : "");
            pane_wrap(p, line, 0, "      ");
        }
        pane_wrap(p, SAY(v, "1-9 pick, n go on, b back, Space run the rest calmly",
                         "1-9 选择，n 继续，b 撤回，空格让其余部分不再切换地运行"),
                  crt_attr(C_DIM), "");
    } else if (v->run.finished) {
        pane_addf(p, crt_attr(c->solved ? C_OK : C_ERROR), "%s",
                  c->solved ? SAY(v, "Solved: the goal is reached.", "完成：目标已达成。")
                            : SAY(v, "The run ended; the goal is not reached.", "运行结束；目标未达成。"));
        if (c->message && *c->message) pane_wrap(p, c->message, 0, "  ");
        if (c->sched) {
            pane_add(p, SAY(v, "Replay string (saved in your workspace):", "重放字符串（已保存在工作区）："), crt_attr(C_DIM));
            pane_wrap(p, c->sched, crt_attr(C_STRING), "  ");
        }
    }
}

const char *chal_status(const View *v)
{
    const Challenge *c = v->chal;
    if (asking(v))
        return SAY(v, "your turn: 1-9 pick  n go on  b back  Space finish  ? help ",
                   "轮到你：1-9 选择  n 继续  b 撤回  空格 结束  ? 帮助 ");
    if (c->solved) return SAY(v, "solved!  N next  b back  r again  q back ", "完成！ N 下一课  b 撤回  r 重来  q 返回 ");
    return SAY(v, "run ended  b back  r again  h hint  q back ", "运行结束  b 撤回  r 重来  h 提示  q 返回 ");
}
