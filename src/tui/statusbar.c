/* tui/statusbar.c: the bottom line: run state, virtual time, live
 * goroutines with a sparkline of their count, heap, seed, speed, keys. */
#include <stdio.h>
#include <string.h>
#include <curses.h>

#include "base/i18n.h"
#include "tui/crt.h"
#include "tui/view.h"

enum { SPARK_N = 16 };   /* samples in the sparkline (one per move) */

const int64_t view_speed_ns[NSPEEDS] = {
    0, 1000000, 10000000, 100000000, 1000000000, 10000000000LL, 60000000000LL, 3600000000000LL, -1,
};

const char *status_speed_name(int speed)
{
    static const char *const names[NSPEEDS] = {
        N_("1 event/frame"), "1ms/s", "10ms/s", "100ms/s", "1s/s", "10s/s", "1m/s", "1h/s", "max",
    };
    return speed == 0 ? _(names[0]) : names[speed];
}

/* spark draws the last samples of the live-goroutine count, scaled to their maximum. */
static void spark(const Runner *r, char *out, size_t size)
{
    static const char *const blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    static const char ascii[] = "_.-=+*#@";
    int from = r->nmoves > SPARK_N ? r->nmoves - SPARK_N : 0, max = 1;
    for (int i = from; i < r->nmoves; i++)
        if (r->live[i] > max) max = r->live[i];
    size_t off = 0;
    out[0] = 0;
    for (int i = from; i < r->nmoves && off + 4 < size; i++) {
        int level = r->live[i] * 7 / max;
        if (crt_utf8()) off += (size_t)snprintf(out + off, size - off, "%s", blocks[level]);
        else out[off++] = ascii[level], out[off] = 0;
    }
}

static void human_bytes(size_t n, char *out, size_t size)
{
    if (n < 1024) snprintf(out, size, "%zuB", n);
    else if (n < 1024 * 1024) snprintf(out, size, "%.1fKB", (double)n / 1024);
    else snprintf(out, size, "%.1fMB", (double)n / (1024 * 1024));
}

static const char *state_name(const View *v)
{
    const Runner *r = &v->run;
    if (!r->compiled && r->finished) return r->err_line || r->status == 1 ? _("compile error") : _("stopped");
    if (v->running) return _("running");
    if (!r->finished) return _("paused");
    return r->st == RUN_EXITED ? _("finished") : run_state_name(r->st);
}

/* position says which scheduling event the run is at: "event 37 of 120"
 * (of: once the run has been seen to end), empty while it is not known. */
static void position(const View *v, char *out, size_t size)
{
    const Runner *r = &v->run;
    out[0] = 0;
    if (!r->compiled || r->at < 0 || (v->running && view_speed_ns[v->speed] != 0)) return;
    if (r->at_end >= 0) snprintf(out, size, _("  event %lld of %lld"), (long long)r->at, (long long)r->at_end);
    else snprintf(out, size, _("  event %lld"), (long long)r->at);
}

void status_draw(View *v)
{
    const Snapshot *s = v->run.snap;
    char now[40] = "0s", sp[SPARK_N * 4 + 1], heap[32] = "0B", left[512], right[256];
    if (s) view_duration(s->now_ns, now, sizeof now);
    if (s) human_bytes(s->heap_bytes, heap, sizeof heap);
    spark(&v->run, sp, sizeof sp);
    char ev[64];
    position(v, ev, sizeof ev);
    int live = 0;
    for (int i = 0; s && i < s->ngs; i++) live += strcmp(s->gs[i].state, "dead") != 0;
    if (v->notice || v->job)   /* make room for the message: the essentials only */
        snprintf(left, sizeof left, _(" %s  t=%s  goroutines %d%s  seed %llu%s "), state_name(v), now, live, ev,
                 (unsigned long long)v->run.seed, v->replaying ? _("  REPLAY") : "");
    else
        snprintf(left, sizeof left, _(" %s  t=%s  goroutines %d %s%s  heap %s  seed %llu  %s%s%s "), state_name(v), now,
                 live, sp, ev, heap, (unsigned long long)v->run.seed, status_speed_name(v->speed),
                 v->run.race ? _("  race") : "", v->replaying ? _("  REPLAY") : "");
    if (v->job)
        snprintf(right, sizeof right, _("grading... %.1fs (Esc cancels) "), gradejob_seconds(v->job));
    else if (v->notice)
        snprintf(right, sizeof right, "%s ", v->notice);
    else if (v->chal)
        snprintf(right, sizeof right, "%s", chal_status(v));
    else
        snprintf(right, sizeof right, "%s", _("Space run  n step  b back  e edit  g grade  h hint  ? help  q back "));
    if (!v->job && !v->notice && crt_width(left) + crt_width(right) > COLS)
        snprintf(right, sizeof right, "%s", _("? help  q back "));
    int a = crt_attr(C_STATUS);
    attrset((attr_t)a);
    mvhline(LINES - 1, 0, ' ', COLS);
    attrset(A_NORMAL);
    int used = crt_put(LINES - 1, 0, left, COLS, a | A_BOLD);
    int rw = crt_width(right);
    int x = COLS - rw > used + 1 ? COLS - rw : used + 1;
    if (x < COLS) crt_put(LINES - 1, x, right, COLS - x, v->notice && !v->job ? crt_attr(C_SEL) : a);
}
