/* tui/view.c: the lesson view: Lesson, Source, Goroutines, Channels and
 * Output panes and the status bar, laid out for the terminal's size; the
 * program runs in bounded slices of virtual time between frames. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "base/buf.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "grade/lab.h"
#include "lang/compile.h"
#include "rt/inspect.h"
#include "vm/proto.h"
#include "vm/vm.h"
#include "tui/crt.h"
#include "tui/pane.h"
#include "tui/tui.h"

enum { P_LESSON, P_SOURCE, P_GOROUTINES, P_CHANNELS, P_OUTPUT, P_COUNT };
enum { OUT_MAX = 1 << 20, NSPEEDS = 7, FRAME_MS = 40 };

/* virtual time advanced per frame while running, by speed */
static const int64_t speed_ns[NSPEEDS] = {
    10000, 100000, 1000000, 10000000, 100000000, 1000000000, 10000000000LL,
};

typedef struct View {
    Pack      *pack;
    Lesson    *l;
    const char *lang;
    Progress  *pg;
    Workspace *ws;
    const char **paths;
    int        npaths;
    LabFiles   lf;
    const char *edit_abs;    /* realpath of the learner's copy (LabFiles) */
    Program   *prog;
    VM        *vm;
    char      *pargv[2];
    Buf        out;
    uint64_t   seed;
    int        speed;
    bool       running, finished;
    RunState   st;
    int        status;
    Snapshot  *snap;
    int        hints;        /* hints shown */
    int        err_line;     /* compile error line in the learner's copy (0: none) */
    Pane       panes[P_COUNT];
    int        focus;
    bool       help;
    char      *verdict;      /* grade verdict box text (NULL: none) */
    bool       verdict_pass;
} View;

static void out_write(void *ctx, int fd, const char *s, size_t n)
{
    View *v = ctx;
    (void)fd;
    if (v->out.len + n > OUT_MAX) return;
    buf_add(&v->out, s, n);
}

static void stop_program(View *v)
{
    if (v->snap) insp_free(v->snap);
    v->snap = NULL;
    if (v->vm) vm_free(v->vm);
    v->vm = NULL;
    if (v->prog) program_free(v->prog);
    v->prog = NULL;
    lab_files_free(&v->lf);
    memset(&v->lf, 0, sizeof v->lf);
    v->running = v->finished = false;
}

static const char *base_name(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* start compiles the learner's program and starts a run with v->seed. */
static void start(View *v)
{
    stop_program(v);
    buf_reset(&v->out);
    v->err_line = 0;
    v->st = RUN_PAUSED;
    v->status = 0;
    char *cause = NULL;
    if (!lab_files_read(&v->lf, v->paths, v->npaths, &cause)) {
        buf_printf(&v->out, "gorolab: %s\n", cause ? cause : "cannot read the program");
        free(cause);
        v->finished = true;
        return;
    }
    v->edit_abs = NULL;
    const char *edit = v->ws->paths.len ? v->ws->paths.items[0] : NULL;
    for (int i = 0; i < v->lf.n && edit; i++)
        if (strcmp(v->paths[i], edit) == 0) v->edit_abs = v->lf.files[i].abspath;
    CompileOptions co = {0};
    if (v->l->go) {
        int major = 0, minor = 0;
        if (sscanf(v->l->go, "%d.%d", &major, &minor) == 2) co.go_minor = minor;
    }
    DiagList d;
    diag_init(&d, NULL);
    v->prog = compile_program(v->lf.files, v->lf.n, &co, &d);
    if (!v->prog) {
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        if (m) {
            diag_print(&d, m);
            fclose(m);
            buf_puts(&v->out, text);
            free(text);
        }
        for (int i = 0; i < d.len; i++) {
            const char *fname = d.files && d.items[i].pos.line ? d.files[d.items[i].pos.file] : NULL;
            if (fname && edit && strcmp(base_name(fname), base_name(edit)) == 0) {
                v->err_line = (int)d.items[i].pos.line;
                break;
            }
        }
        diag_fini(&d);
        v->finished = true;
        v->st = RUN_FATAL;
        v->status = 1;
        return;
    }
    diag_fini(&d);
    VMOptions vo;
    memset(&vo, 0, sizeof vo);
    vo.seed = v->seed;
    vo.go_minor = co.go_minor;
    vo.write = out_write;
    vo.write_ctx = v;
    v->pargv[0] = (char *)(v->edit_abs ? v->edit_abs : v->lf.files[0].abspath);
    v->pargv[1] = NULL;
    vo.argc = 1;
    vo.argv = v->pargv;
    v->vm = vm_new(v->prog, &vo);
    insp_set_recording(v->vm, false);
    rt_start(v->vm);
    v->snap = insp_snapshot(v->vm);
}

/* step advances the run and takes a new snapshot; the end prints the reports. */
static void step(View *v, StepMode mode, int64_t arg)
{
    if (!v->vm || v->finished) return;
    v->st = rt_step(v->vm, mode, arg);
    if (v->snap) insp_free(v->snap);
    v->snap = insp_snapshot(v->vm);
    if (v->st != RUN_PAUSED) {
        vm_flush(v->vm);
        v->status = rt_finish(v->vm, false);
        vm_flush(v->vm);
        buf_printf(&v->out, "[program %s, exit status %d]\n", run_state_name(v->st), v->status);
        v->finished = true;
        v->running = false;
    } else {
        vm_flush(v->vm);
    }
}

static void save_progress(View *v, ProgEntry *e)
{
    if (!v->l->id) return;
    prog_set(v->pg, v->pack->id, v->l->id, e);
    char *why = NULL;
    prog_save(v->pg, &why);
    free(why);
}

static void grade(View *v)
{
    free(v->verdict);
    v->verdict = NULL;
    LabInput in;
    memset(&in, 0, sizeof in);
    cli_lesson_input(v->l, &in);
    LabFiles lf = {0};
    char *cause = NULL;
    size_t glen = 0;
    char *gtext = v->l->grader_abs ? lab_read_text(v->l->grader_abs, &glen) : NULL;
    if (!gtext) {
        v->verdict = xstrdup("ERROR  cannot read the lesson's grader");
        v->verdict_pass = false;
        return;
    }
    if (!lab_files_read(&lf, v->paths, v->npaths, &cause)) {
        Buf b = BUF_INIT;
        buf_printf(&b, "ERROR  %s", cause ? cause : "cannot read the program");
        v->verdict = buf_take(&b);
        free(cause);
        free(gtext);
        lab_files_free(&lf);
        return;
    }
    in.files = lf.files;
    in.nfiles = lf.n;
    in.grader_name = base_name(v->l->grader_abs);
    in.grader_text = gtext;
    in.grader_len = glen;
    GradeResult r;
    bool pass = lab_grade(&in, &r);
    Buf b = BUF_INIT;
    buf_printf(&b, "%s  %s", pass ? "PASS" : r.verdict == GRADE_ERROR ? "ERROR" : "FAIL",
               r.message ? r.message : "");
    v->verdict = buf_take(&b);
    v->verdict_pass = pass;
    ProgEntry e;
    prog_get(v->pg, v->pack->id, v->l->id, &e);
    if (pass) e.status = PROG_DONE;
    else if (e.status == PROG_NEW) e.status = PROG_STARTED;
    e.seed = v->seed;
    save_progress(v, &e);
    grade_result_fini(&r);
    lab_files_free(&lf);
    free(gtext);
}

static void edit(View *v)
{
    if (!v->ws->paths.len) return;
    const char *ed = getenv("VISUAL");
    if (!ed || !*ed) ed = getenv("EDITOR");
    if (!ed || !*ed) ed = "vi";
    Buf cmd = BUF_INIT;
    buf_printf(&cmd, "%s '", ed);
    for (const char *p = v->ws->paths.items[0]; *p; p++) {
        if (*p == '\'') buf_puts(&cmd, "'\\''");
        else buf_putc(&cmd, *p);
    }
    buf_putc(&cmd, '\'');
    crt_suspend();
    int rc = system(buf_str(&cmd));
    crt_resume();
    buf_fini(&cmd);
    start(v);
    if (rc != 0) buf_printf(&v->out, "gorolab: the editor exited with status %d\n", rc);
}

/* layout places the panes for the current screen size. */
static void layout(View *v)
{
    int H = LINES - 1, W = COLS;
    int lw = W * 2 / 5;
    if (lw < 34) lw = 34;
    int rw = W - lw;
    int lh = H * 3 / 5;
    Pane *p = v->panes;
    p[P_LESSON] = (Pane){.title = "Lesson", .y = 0, .x = 0, .h = lh, .w = lw,
                         .lines = p[P_LESSON].lines, .cap = p[P_LESSON].cap, .nlines = p[P_LESSON].nlines,
                         .scroll = p[P_LESSON].scroll, .follow = p[P_LESSON].follow};
    p[P_OUTPUT].title = "Output";
    p[P_OUTPUT].y = lh; p[P_OUTPUT].x = 0; p[P_OUTPUT].h = H - lh; p[P_OUTPUT].w = lw;
    int sh = H * 9 / 20, gh = (H - sh) / 2;
    p[P_SOURCE].title = "Source";
    p[P_SOURCE].y = 0; p[P_SOURCE].x = lw; p[P_SOURCE].h = sh; p[P_SOURCE].w = rw;
    p[P_GOROUTINES].title = "Goroutines";
    p[P_GOROUTINES].y = sh; p[P_GOROUTINES].x = lw; p[P_GOROUTINES].h = gh; p[P_GOROUTINES].w = rw;
    p[P_CHANNELS].title = "Channels";
    p[P_CHANNELS].y = sh + gh; p[P_CHANNELS].x = lw; p[P_CHANNELS].h = H - sh - gh; p[P_CHANNELS].w = rw;
    for (int i = 0; i < P_COUNT; i++) p[i].focus = i == v->focus;
}

/* unwrap joins the lines of each markdown paragraph (the YAML text is
 * wrapped at 78 columns; the pane wraps it again at its own width). */
static char *unwrap(const char *s)
{
    char *o = xstrdup(s);
    for (char *q = o; *q; q++)
        if (*q == '\n' && q > o && q[-1] != '\n' && q[1] && q[1] != '\n' && q[1] != '-' && q[1] != ' ')
            *q = ' ';
    return o;
}

static void pane_para(Pane *p, const char *text)
{
    char *u = unwrap(text);
    pane_wrap(p, u, 0, "");
    free(u);
}

static void fill_lesson(View *v, Pane *p)
{
    pane_clear(p);
    LessonText t;
    lesson_text(v->l, v->lang, &t);
    char head[512];
    snprintf(head, sizeof head, "%d. %s", v->l->number, t.title);
    pane_wrap(p, head, crt_attr(C_TITLE), "");
    pane_add(p, "", A_NORMAL);
    pane_para(p, t.story);
    pane_add(p, "", A_NORMAL);
    pane_add(p, "Goal", crt_attr(C_TITLE));
    pane_para(p, t.goal);
    for (int i = 0; i < v->hints && i < t.hints->len; i++) {
        char h[32];
        snprintf(h, sizeof h, "Hint %d", i + 1);
        pane_add(p, "", A_NORMAL);
        pane_add(p, h, crt_attr(C_MARK));
        pane_para(p, t.hints->items[i]);
    }
    if (v->hints < t.hints->len) {
        pane_add(p, "", A_NORMAL);
        pane_addf(p, crt_attr(C_DIM), "(h: hint %d of %d)", v->hints + 1, t.hints->len);
    }
}

static void fill_source(View *v, Pane *p)
{
    pane_clear(p);
    if (!v->ws->paths.len) return;
    size_t len = 0;
    char *text = lab_read_text(v->ws->paths.items[0], &len);
    if (!text) {
        pane_add(p, "(cannot read your copy)", crt_attr(C_ERROR));
        return;
    }
    char *s = text;
    int line = 1;
    while (*s || line == 1) {
        char *nl = strchr(s, '\n');
        if (nl) *nl = 0;
        int gcount = 0;
        for (int i = 0; v->snap && v->edit_abs && i < v->snap->ngs; i++)
            if (v->snap->gs[i].line == line && v->snap->gs[i].file && strcmp(v->snap->gs[i].file, v->edit_abs) == 0)
                gcount++;
        const char *mark = line == v->err_line ? "E" : gcount ? ">" : " ";
        int attr = line == v->err_line ? crt_attr(C_ERROR) : gcount ? crt_attr(C_MARK) : 0;
        Buf b = BUF_INIT;
        buf_printf(&b, "%s%4d  ", mark, line);
        for (const char *q = s; *q; q++) {
            if (*q == '\t') buf_puts(&b, "    ");
            else buf_putc(&b, *q);
        }
        pane_add(p, buf_str(&b), attr);
        buf_fini(&b);
        if (!nl) break;
        s = nl + 1;
        line++;
        if (!*s) break;
    }
    free(text);
}

static void fill_goroutines(View *v, Pane *p)
{
    pane_clear(p);
    if (!v->snap) {
        pane_add(p, "(no program running)", crt_attr(C_DIM));
        return;
    }
    for (int i = 0; i < v->snap->ngs; i++) {
        GSnap *g = &v->snap->gs[i];
        char wait[40] = "";
        if (g->waiting_ns > 0) {
            char d[40];
            insp_duration_string(g->waiting_ns, d);
            snprintf(wait, sizeof wait, "%s", d);
        }
        int attr = strcmp(g->state, "running") == 0 ? crt_attr(C_OK) :
                   strcmp(g->state, "runnable") == 0 ? 0 : crt_attr(C_MARK);
        pane_addf(p, attr, "%3lld %-16s %-13s %9s %s:%d", (long long)g->id, g->func ? g->func : "?",
                  g->state, wait, g->file ? base_name(g->file) : "?", g->line);
    }
    if (v->snap->ngs == 0) pane_add(p, "(no goroutines)", crt_attr(C_DIM));
}

static void fill_channels(View *v, Pane *p)
{
    pane_clear(p);
    if (!v->snap) return;
    for (int i = 0; i < v->snap->nchans; i++) {
        ChanSnap *c = &v->snap->chans[i];
        Buf b = BUF_INIT;
        if (c->name) buf_printf(&b, "%s", c->name);
        else buf_printf(&b, "#%u", c->id);
        buf_printf(&b, " %s %lld/%lld [", c->type ? c->type : "chan", (long long)c->len, (long long)c->cap);
        for (int k = 0; k < c->len; k++) buf_printf(&b, "%s%s", k ? " " : "", c->values[k]);
        for (int k = (int)c->len; k < c->cap && k < 16; k++) buf_puts(&b, k ? " _" : "_");
        buf_puts(&b, "]");
        if (c->closed) buf_puts(&b, " closed");
        if (c->nsendq) {
            buf_puts(&b, " send:");
            for (int k = 0; k < c->nsendq; k++) buf_printf(&b, " g%lld", (long long)c->sendq[k]);
        }
        if (c->nrecvq) {
            buf_puts(&b, " recv:");
            for (int k = 0; k < c->nrecvq; k++) buf_printf(&b, " g%lld", (long long)c->recvq[k]);
        }
        pane_add(p, buf_str(&b), c->nsendq || c->nrecvq ? crt_attr(C_MARK) : 0);
        buf_fini(&b);
    }
    if (v->snap->nchans == 0) pane_add(p, "(no channels)", crt_attr(C_DIM));
}

static void fill_output(View *v, Pane *p)
{
    pane_clear(p);
    pane_wrap(p, buf_str(&v->out), A_NORMAL, "  ");
    if (p->nlines && !p->lines[p->nlines - 1].text[0]) {
        free(p->lines[p->nlines - 1].text);
        p->nlines--;
    }
}

static void draw_status(View *v)
{
    char now[40] = "0s";
    if (v->snap) insp_duration_string(v->snap->now_ns, now);
    const char *state = v->running ? "running" : v->finished ? (v->st == RUN_PAUSED ? "stopped" : run_state_name(v->st)) : "paused";
    if (v->finished && v->st == RUN_EXITED) state = "finished";
    if (v->finished && !v->vm) state = "compile error";
    char s[512];
    snprintf(s, sizeof s, " t=%s  goroutines %d  seed %llu  speed %d  %s  | Space run  n step  g grade  h hint  e edit  ? help  q back",
             now, v->snap ? v->snap->ngs : 0, (unsigned long long)v->seed, v->speed + 1, state);
    attrset((attr_t)crt_attr(C_STATUS));
    mvhline(LINES - 1, 0, ' ', COLS);
    attrset(A_NORMAL);
    crt_put(LINES - 1, 0, s, COLS, crt_attr(C_STATUS));
}

static void draw(View *v)
{
    if (tui_too_small()) return;
    erase();
    layout(v);
    fill_lesson(v, &v->panes[P_LESSON]);
    fill_source(v, &v->panes[P_SOURCE]);
    fill_goroutines(v, &v->panes[P_GOROUTINES]);
    fill_channels(v, &v->panes[P_CHANNELS]);
    fill_output(v, &v->panes[P_OUTPUT]);
    if (v->err_line && v->focus != P_SOURCE) {
        int ih = pane_inner_h(&v->panes[P_SOURCE]);
        if (v->err_line - 1 < v->panes[P_SOURCE].scroll || v->err_line > v->panes[P_SOURCE].scroll + ih)
            v->panes[P_SOURCE].scroll = v->err_line - ih / 2;
    }
    for (int i = 0; i < P_COUNT; i++) pane_draw(&v->panes[i]);
    draw_status(v);
    if (v->help) tui_help("Keys: lesson view", keys_view);
    if (v->verdict) {
        /* the verdict wrapped to the box's width */
        enum { MAXL = 16 };
        char *pieces[MAXL + 3];
        const char *lines[MAXL + 3];
        int n = 0, w = COLS - 10;
        for (const char *q = v->verdict; *q && n < MAXL; n++) {
            size_t k = crt_prefix(q, w, NULL);
            if (k == 0) k = 1;
            pieces[n] = xmalloc(k + 1);
            memcpy(pieces[n], q, k);
            pieces[n][k] = 0;
            lines[n] = pieces[n];
            q += k;
        }
        lines[n] = "";
        lines[n + 1] = "(any key closes)";
        lines[n + 2] = NULL;
        tui_box(v->verdict_pass ? "PASS" : "FAIL", lines, v->verdict_pass ? crt_attr(C_OK) : crt_attr(C_ERROR));
        for (int i = 0; i < n; i++) free(pieces[i]);
    }
    refresh();
}

bool view_run(Pack *pack, Lesson *l, const char *lang, Progress *pg)
{
    View *v = xcalloc(1, sizeof *v);
    v->pack = pack;
    v->l = l;
    v->lang = lang;
    v->pg = pg;
    v->speed = 3;
    v->focus = P_LESSON;
    v->panes[P_OUTPUT].follow = true;
    char *cause = NULL;
    v->ws = ws_open(l, &cause);
    if (!v->ws) {
        const char *lines[] = {cause ? cause : "cannot open the workspace", "", "(any key)", NULL};
        tui_box("error", lines, crt_attr(C_ERROR));
        refresh();
        timeout(-1);
        getch();
        free(cause);
        free(v);
        return true;
    }
    v->paths = lesson_program(l, (const char *const *)v->ws->paths.items, false, &v->npaths);
    ProgEntry e;
    prog_get(pg, pack->id, l->id, &e);
    v->hints = e.hints;
    v->seed = e.seed ? e.seed : 1;
    if (e.status == PROG_NEW) {
        e.status = PROG_STARTED;
        save_progress(v, &e);
    }
    start(v);
    bool keep = true;
    for (;;) {
        draw(v);
        timeout(v->running ? FRAME_MS : -1);
        int c = getch();
        if (c == ERR) {
            if (v->running && v->snap) step(v, STEP_UNTIL, v->snap->now_ns + speed_ns[v->speed]);
            continue;
        }
        if (c == KEY_RESIZE) continue;
        if (v->help) { v->help = false; continue; }
        if (v->verdict) { free(v->verdict); v->verdict = NULL; continue; }
        if (COLS < CRT_MIN_W || LINES < CRT_MIN_H) {
            if (c == 'q') break;
            continue;
        }
        Pane *fp = &v->panes[v->focus];
        KeyAction k = keys_lookup(keys_view, c);
        switch (k) {
        case K_RUN:
            if (v->finished) start(v);
            v->running = !v->running && !v->finished;
            break;
        case K_STEP:
            v->running = false;
            if (v->finished) start(v);
            step(v, STEP_EVENT, 0);
            break;
        case K_FASTER: if (v->speed + 1 < NSPEEDS) v->speed++; break;
        case K_SLOWER: if (v->speed > 0) v->speed--; break;
        case K_RESTART: start(v); break;
        case K_PREV_SEED: if (v->seed > 1) v->seed--; start(v); break;
        case K_NEXT_SEED: v->seed++; start(v); break;
        case K_EDIT: edit(v); break;
        case K_GRADE: grade(v); break;
        case K_HINT: {
            LessonText t;
            lesson_text(l, lang, &t);
            if (v->hints < t.hints->len) {
                v->hints++;
                prog_get(pg, pack->id, l->id, &e);
                e.hints = v->hints;
                save_progress(v, &e);
                v->focus = P_LESSON;
                v->panes[P_LESSON].follow = true;
            }
            break;
        }
        case K_FOCUS: v->focus = (v->focus + 1) % P_COUNT; break;
        case K_UP: pane_scroll(fp, -1); break;
        case K_DOWN: pane_scroll(fp, 1); break;
        case K_PGUP: pane_scroll(fp, -(pane_inner_h(fp) - 1)); break;
        case K_PGDN: pane_scroll(fp, pane_inner_h(fp) - 1); break;
        case K_HELP: v->help = true; break;
        case K_QUIT: goto out;
        default: break;
        }
        /* the lesson pane follows new hints until another key is used */
        if (k != K_UP && k != K_DOWN && k != K_PGUP && k != K_PGDN && k != K_HINT)
            v->panes[P_LESSON].follow = false;
    }
out:
    stop_program(v);
    buf_fini(&v->out);
    free(v->verdict);
    for (int i = 0; i < P_COUNT; i++) pane_free(&v->panes[i]);
    free(v->paths);
    ws_free(v->ws);
    free(v);
    return keep;
}
