/* bench/frame.c: how fast the lab draws. Two figures:
 *   - start to first frame: gorolab started on a pseudo-terminal, timed
 *     until the browser (or, with a lesson argument, the lesson view) has
 *     drawn its first screen;
 *   - redraw: the lesson view with bench/crowd.go's 10,000 goroutines,
 *     drawn into a curses screen whose output goes to /dev/null: a full
 *     redraw (every pane refilled: grouping, formatting, curses), and a
 *     frame while running (one slice of the program, a new snapshot, the
 *     panes refilled, drawn).
 *   - the timeline: lesson 12's program (1,000 goroutines and more) run
 *     to its end, the Timeline pane drawn beside the others (its lanes
 *     grouped), with one lane per goroutine (G off), and zoomed alone (z);
 *     and a frame while it runs with the timeline shown.
 * Prints medians; exit status 1 when something fails.
 *
 *   bench/frame [GOROLAB] [SRCDIR]      (make bench runs it) */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <curses.h>

#include "lesson/lesson.h"
#include "tui/view.h"

enum { FIRST_RUNS = 15, DRAW_RUNS = 200, FRAME_RUNS = 50 };

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* first_frame starts gorolab [arg] on a 100x30 pty in an empty XDG home and
 * returns the ms until `marker` has been written to the terminal (-1: never). */
static double first_frame(const char *gorolab, const char *arg, const char *marker, const char *home)
{
    struct winsize ws = {.ws_row = 30, .ws_col = 100};
    int fd;
    double t0 = now_ms();
    pid_t pid = forkpty(&fd, NULL, NULL, &ws);
    if (pid < 0) return -1;
    if (pid == 0) {
        setenv("TERM", "xterm-256color", 1);
        setenv("LANG", "C.UTF-8", 1);
        setenv("HOME", home, 1);
        char d[600], s[600];
        snprintf(d, sizeof d, "%s/data", home);
        snprintf(s, sizeof s, "%s/state", home);
        setenv("XDG_DATA_HOME", d, 1);
        setenv("XDG_STATE_HOME", s, 1);
        execl(gorolab, gorolab, arg, (char *)NULL);
        _exit(127);
    }
    char buf[65536];
    size_t have = 0;
    double t = -1;
    while (now_ms() - t0 < 5000) {
        struct pollfd p = {.fd = fd, .events = POLLIN};
        if (poll(&p, 1, 100) <= 0) continue;
        ssize_t n = read(fd, buf + have, sizeof buf - 1 - have);
        if (n <= 0) break;
        have += (size_t)n;
        buf[have] = 0;
        if (memmem(buf, have, marker, strlen(marker))) { t = now_ms() - t0; break; }
        if (have > sizeof buf / 2) {   /* keep the tail: the marker may straddle reads */
            memmove(buf, buf + have - 256, 256);
            have = 256;
        }
    }
    kill(pid, SIGTERM);
    waitpid(pid, NULL, 0);
    close(fd);
    return t;
}

static int bench_first(const char *gorolab)
{
    char home[] = "/tmp/bench-frame.XXXXXX";
    if (!mkdtemp(home)) return 1;
    double b[FIRST_RUNS], l[FIRST_RUNS];
    int bad = 0;
    for (int i = 0; i < FIRST_RUNS; i++) {
        b[i] = first_frame(gorolab, NULL, "Progress", home);
        l[i] = first_frame(gorolab, "1", "Goroutines", home);
        bad += b[i] < 0 || l[i] < 0;
    }
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", home);
    if (system(cmd) != 0) fprintf(stderr, "bench/frame: could not remove %s\n", home);
    if (bad) {
        fprintf(stderr, "bench/frame: %d starts never drew their first frame\n", bad);
        return 1;
    }
    printf("start to first frame, browser       median %7.2f ms  (%d runs; aim < 100 ms)\n", median(b, FIRST_RUNS), FIRST_RUNS);
    printf("start to first frame, lesson view   median %7.2f ms  (%d runs; aim < 100 ms)\n", median(l, FIRST_RUNS), FIRST_RUNS);
    return 0;
}

static int bench_redraw(const char *srcdir)
{
    char packdir[600], crowd[600];
    snprintf(packdir, sizeof packdir, "%s/lessons", srcdir);
    snprintf(crowd, sizeof crowd, "%s/bench/crowd.go", srcdir);
    DiagList d;
    diag_init(&d, NULL);
    Pack *pack = pack_load(packdir, &d);
    diag_fini(&d);
    if (!pack || pack->nlessons == 0) {
        fprintf(stderr, "bench/frame: cannot load %s\n", packdir);
        return 1;
    }
    FILE *devnull = fopen("/dev/null", "w");
    SCREEN *scr = newterm("xterm-256color", devnull, stdin);
    if (!scr) {
        fprintf(stderr, "bench/frame: no curses screen for xterm-256color\n");
        return 1;
    }
    resizeterm(40, 160);
    char home[] = "/tmp/bench-frame.XXXXXX", progress[600];
    if (!mkdtemp(home)) return 1;
    snprintf(progress, sizeof progress, "%s/progress", home);
    setenv("XDG_DATA_HOME", home, 1);   /* the learner's copies of this run */
    Progress *pg = prog_open(progress, NULL);
    TuiOptions o = {0};
    char *why = NULL;
    View *v = view_new(pack, pack->lessons[0], &o, pg, &why);
    if (!v) {
        fprintf(stderr, "bench/frame: %s\n", why ? why : "no view");
        return 1;
    }
    const char *paths[] = {crowd};
    v->run.paths = paths;
    v->run.npaths = 1;
    v->run.edit_path = crowd;   /* so the Source pane marks the 10,000 (on the copy's lines) */
    runner_start(&v->run);
    runner_advance(&v->run, 1000000000, 60000000000LL);
    int live = v->run.snap ? v->run.snap->ngs : 0;
    v->focus = P_GOROUTINES;
    double full[DRAW_RUNS], frame[FRAME_RUNS];
    for (int i = 0; i < DRAW_RUNS; i++) {
        memset(v->filled, 0, sizeof v->filled);
        clearok(curscr, TRUE);   /* repaint every cell, not only the changes */
        double t0 = now_ms();
        view_draw(v);
        full[i] = now_ms() - t0;
    }
    for (int i = 0; i < FRAME_RUNS; i++) {
        double t0 = now_ms();
        runner_advance(&v->run, 1000, 25000000);   /* a slice: a new snapshot */
        view_draw(v);
        frame[i] = now_ms() - t0;
    }
    bool grouped = v->grouped;
    int groups = v->nrows;
    view_free(v);
    endwin();
    delscreen(scr);
    fclose(devnull);
    prog_free(pg);
    pack_free(pack);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", home);
    if (system(cmd) != 0) fprintf(stderr, "bench/frame: could not remove %s\n", home);
    if (live < 10000 || !grouped) {
        fprintf(stderr, "bench/frame: expected 10,000 grouped goroutines, got %d%s\n", live, grouped ? "" : " ungrouped");
        return 1;
    }
    printf("full redraw, %d goroutines in %d groups  median %7.2f ms  (%d frames; aim < 5 ms)\n", live, groups,
           median(full, DRAW_RUNS), DRAW_RUNS);
    printf("running frame (snapshot + redraw)         median %7.2f ms  (%d frames)\n", median(frame, FRAME_RUNS), FRAME_RUNS);
    return 0;
}

/* timeline_frames draws v DRAW_RUNS times from scratch; returns the median ms */
static double timeline_frames(View *v)
{
    double t[DRAW_RUNS];
    for (int i = 0; i < DRAW_RUNS; i++) {
        memset(v->filled, 0, sizeof v->filled);
        clearok(curscr, TRUE);
        double t0 = now_ms();
        view_draw(v);
        t[i] = now_ms() - t0;
    }
    return median(t, DRAW_RUNS);
}

/* timeline_only fills and draws the Timeline pane alone DRAW_RUNS times;
 * returns the median ms */
static double timeline_only(View *v)
{
    double t[DRAW_RUNS];
    layout_place(v);
    for (int i = 0; i < DRAW_RUNS; i++) {
        v->filled[P_TIMELINE] = 0;
        double t0 = now_ms();
        timeline_pane_fill(v, &v->panes[P_TIMELINE]);
        pane_draw(&v->panes[P_TIMELINE]);
        wnoutrefresh(stdscr);
        doupdate();
        t[i] = now_ms() - t0;
    }
    return median(t, DRAW_RUNS);
}

static int bench_timeline(const char *srcdir)
{
    char packdir[600];
    snprintf(packdir, sizeof packdir, "%s/lessons", srcdir);
    DiagList d;
    diag_init(&d, NULL);
    Pack *pack = pack_load(packdir, &d);
    diag_fini(&d);
    Lesson *l = pack ? pack_find(pack, "unbounded-handler") : NULL;
    if (!l) {
        fprintf(stderr, "bench/frame: no lesson unbounded-handler in %s\n", packdir);
        return 1;
    }
    FILE *devnull = fopen("/dev/null", "w");
    SCREEN *scr = newterm("xterm-256color", devnull, stdin);
    if (!scr) return 1;
    resizeterm(40, 160);
    char home[] = "/tmp/bench-frame.XXXXXX", progress[600];
    if (!mkdtemp(home)) return 1;
    snprintf(progress, sizeof progress, "%s/progress", home);
    setenv("XDG_DATA_HOME", home, 1);
    Progress *pg = prog_open(progress, NULL);
    TuiOptions o = {0};
    char *why = NULL;
    View *v = view_new(pack, l, &o, pg, &why);
    if (!v) {
        fprintf(stderr, "bench/frame: %s\n", why ? why : "no view");
        return 1;
    }
    runner_start(&v->run);
    runner_advance(&v->run, -1, 60000000000LL);
    bool finished = v->run.finished;
    int lanes = 0;
    for (int64_t i = 0; i < v->run.tl.nlanes; i++) lanes += v->run.tl.lanes[i].id != 0;
    v->timeline = true;
    v->focus = P_TIMELINE;
    double beside = timeline_frames(v);
    int groups = v->panes[P_TIMELINE].nlines;
    double tl_grouped = timeline_only(v);
    v->zoom = P_TIMELINE;
    double tl_zoomed = timeline_only(v);
    v->zoom = -1;
    v->group_mode = GROUP_OFF;
    double tl_single = timeline_only(v);
    v->group_mode = GROUP_AUTO;
    /* running: a slice of the program, the timeline fed, every pane drawn */
    runner_start(&v->run);
    double frame[FRAME_RUNS];
    int nf = 0;
    while (nf < FRAME_RUNS && !v->run.finished) {
        double t0 = now_ms();
        runner_advance(&v->run, 10000000, 25000000);   /* 10ms of virtual time: the speed 1s/s's frame is 40ms */
        view_draw(v);
        frame[nf++] = now_ms() - t0;
    }
    view_free(v);
    endwin();
    delscreen(scr);
    fclose(devnull);
    prog_free(pg);
    pack_free(pack);
    char cmd[600];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", home);
    if (system(cmd) != 0) fprintf(stderr, "bench/frame: could not remove %s\n", home);
    if (lanes < 1000 || !finished) {
        fprintf(stderr, "bench/frame: expected lesson 12 to end with 1,000 lanes or more, got %d%s\n", lanes,
                finished ? "" : " (not finished)");
        return 1;
    }
    printf("lesson 12 at its end: %d goroutines ever, timeline pane alone (fill + draw):\n", lanes);
    printf("  in %d groups, beside the other panes          median %7.2f ms  (%d frames; aim < 5 ms)\n", groups,
           tl_grouped, DRAW_RUNS);
    printf("  in groups, zoomed to the whole screen (z)      median %7.2f ms  (%d frames; aim < 5 ms)\n", tl_zoomed,
           DRAW_RUNS);
    printf("  one lane per goroutine (G off)                 median %7.2f ms  (%d frames; aim < 5 ms)\n", tl_single,
           DRAW_RUNS);
    printf("full redraw with the timeline shown              median %7.2f ms  (%d frames)\n", beside, DRAW_RUNS);
    printf("running frame with the timeline (10ms slice)     median %7.2f ms  (%d frames)\n", median(frame, nf), nf);
    return 0;
}

int main(int argc, char **argv)
{
    const char *gorolab = argc > 1 ? argv[1] : "./gorolab";
    const char *srcdir = argc > 2 ? argv[2] : ".";
    int rc = bench_redraw(srcdir);
    rc |= bench_timeline(srcdir);
    rc |= bench_first(gorolab);
    return rc;
}
