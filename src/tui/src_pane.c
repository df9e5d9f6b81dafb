/* tui/src_pane.c: the Source pane: the learner's copy with line numbers and
 * Go syntax colours; in the gutter a mark where goroutines stand (coloured
 * by their state) and after the line which ones and why; the lesson's
 * watched channels and functions highlighted; a compile error on its line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "tui/crt.h"
#include "tui/highlight.h"
#include "tui/view.h"

static const unsigned char hl_color[HL_COUNT] = {
    [HL_PLAIN] = C_NORMAL, [HL_KEYWORD] = C_KEYWORD, [HL_TYPE] = C_TYPE, [HL_BUILTIN] = C_KEYWORD,
    [HL_STRING] = C_STRING, [HL_NUMBER] = C_NUMBER, [HL_COMMENT] = C_COMMENT,
};

static bool ident_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (unsigned char)c >= 0x80;
}

/* mark_watched colours whole-word uses of the watched names in plain code. */
static void mark_watched(const View *v, const char *s, size_t n, unsigned char *roles)
{
    const StrList *lists[2] = {&v->l->watch_channels, &v->l->watch_funcs};
    for (int w = 0; w < 2; w++) {
        for (int i = 0; i < lists[w]->len; i++) {
            const char *name = lists[w]->items[i];
            size_t k = strlen(name);
            for (size_t at = 0; k && at + k <= n; at++) {
                if (memcmp(s + at, name, k) != 0 || roles[at] != C_NORMAL) continue;
                if ((at > 0 && ident_char(s[at - 1])) || (at + k < n && ident_char(s[at + k]))) continue;
                memset(roles + at, C_WATCH, k);
            }
        }
    }
}

/* Where goroutines stand, per line: how many, the first ids, and the state
 * that colours the mark (running over runnable over blocked). Built in one
 * pass over the goroutines, not one per line: 10,000 goroutines. */
enum { MARK_IDS = 6, MARK_STATES = 4 };
typedef struct MarkState {
    const char *state;
    int         n;
    int64_t     ids[MARK_IDS];
} MarkState;
typedef struct Mark {
    int         n;
    const char *state;              /* the first in rank: the mark's colour */
    MarkState   st[MARK_STATES];    /* the goroutines by state, in order met */
    int         other;              /* in further states */
} Mark;

static int state_rank(const char *st)
{
    return strcmp(st, "running") == 0 ? 0 : strcmp(st, "runnable") == 0 ? 1 : 2;
}

/* marks returns a new array of nlines + 1 marks, indexed by line. */
static Mark *marks(const View *v, int nlines)
{
    Mark *m = xcalloc((size_t)nlines + 1, sizeof *m);
    const Snapshot *s = v->run.snap;
    for (int i = 0; s && v->run.edit_abs && i < s->ngs; i++) {
        const GSnap *g = &s->gs[i];
        if (g->line < 1 || g->line > nlines || !g->file || strcmp(g->file, v->run.edit_abs) != 0) continue;
        if (strcmp(g->state, "dead") == 0) continue;
        Mark *k = &m[g->line];
        int j = 0;
        while (j < MARK_STATES && k->st[j].state && strcmp(k->st[j].state, g->state) != 0) j++;
        if (j == MARK_STATES) {
            k->other++;
        } else {
            MarkState *ms = &k->st[j];
            ms->state = g->state;
            if (ms->n < MARK_IDS) ms->ids[ms->n] = g->id;
            ms->n++;
        }
        if (!k->state || state_rank(g->state) < state_rank(k->state)) k->state = g->state;
        k->n++;
    }
    return m;
}

/* mark_text says who stands on the line, state by state, running first:
 * "g1 running, g2 g3 +5 chan receive" (never a state for all that only one has). */
static void mark_text(const Mark *k, char *out, size_t size)
{
    size_t off = 0;
    out[0] = 0;
    int shown = 0;
    for (int rank = 0; rank < 3; rank++)
        for (int j = 0; j < MARK_STATES && k->st[j].state; j++) {
            const MarkState *ms = &k->st[j];
            if (state_rank(ms->state) != rank || off + 40 >= size) continue;
            if (shown++) off += (size_t)snprintf(out + off, size - off, ",");
            int most = k->st[1].state ? 2 : MARK_IDS;   /* mixed: fewer ids, every state */
            int ids = ms->n < most ? ms->n : most;
            for (int i = 0; i < ids && off + 24 < size; i++)
                off += (size_t)snprintf(out + off, size - off, " g%lld", (long long)ms->ids[i]);
            if (ms->n > ids) off += (size_t)snprintf(out + off, size - off, " +%d", ms->n - ids);
            if (off < size) off += (size_t)snprintf(out + off, size - off, " %s", ms->state);
            if (off >= size) off = size - 1;
        }
    if (k->other && off + 16 < size) snprintf(out + off, size - off, _(", +%d more"), k->other);
}

static int state_role(const char *st)
{
    static const int role[] = {C_OK, C_NORMAL, C_MARK};
    return role[state_rank(st)];
}

/* follow scrolls to where the program is (the running goroutine, else the
 * lowest id) when that line is out of view, unless the learner is reading
 * the pane (focused) or a compile error is on show. */
static void follow(View *v, Pane *p)
{
    const Snapshot *s = v->run.snap;
    if (p->focus || v->run.err_line || !s || !v->run.edit_abs) return;
    int line = 0;
    for (int i = 0; i < s->ngs; i++) {
        const GSnap *g = &s->gs[i];
        if (!g->file || strcmp(g->file, v->run.edit_abs) != 0 || strcmp(g->state, "dead") == 0) continue;
        if (!line || strcmp(g->state, "running") == 0) line = g->line;
        if (strcmp(g->state, "running") == 0) break;
    }
    int ih = pane_inner_h(p);
    if (line && (line - 1 < p->scroll || line > p->scroll + ih)) p->scroll = line - 1 - ih / 3;
    if (p->scroll < 0) p->scroll = 0;
}

void src_pane_fill(View *v, Pane *p)
{
    const char *path = v->ws->paths.len ? v->ws->paths.items[0] : v->run.edit_path;   /* a challenge: the program */
    if (path && !v->src) {   /* read again at each restart (view.c) */
        size_t len = 0;
        v->src = lab_read_text(path, &len);
    }
    uint64_t key = ((uint64_t)pane_inner_w(p) << 40) ^ v->run.gen;
    if (v->filled[P_SOURCE] == key + 1) return;
    v->filled[P_SOURCE] = key + 1;
    pane_clear(p);
    if (!path) return;
    if (!v->src) {
        pane_addf(p, crt_attr(C_ERROR), _("cannot read your copy %s"), path);
        return;
    }
    int nlines = 1;
    for (const char *q = v->src; *q; q++) nlines += *q == '\n';
    Mark *mk = marks(v, nlines);
    HlState hs = {0};
    PaneText t = {0};
    size_t rcap = 256;
    unsigned char *roles = xmalloc(rcap);
    const char *arrow = crt_utf8() ? " ◀" : " <";
    int line = 1;
    for (const char *s = v->src; *s; line++) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        if (n + 1 > rcap) {
            rcap = n + 1;
            roles = xrealloc(roles, rcap);
        }
        hl_line(s, n, &hs, roles);
        for (size_t i = 0; i < n; i++) roles[i] = hl_color[roles[i]];
        mark_watched(v, s, n, roles);
        char ids[180];
        const Mark *k = &mk[line];
        int count = k->n;
        const char *state = k->state;
        if (count) mark_text(k, ids, sizeof ids);
        bool err = line == v->run.err_line;
        line_put(&t, err ? "E" : count ? ">" : " ", err ? C_ERROR : count ? state_role(state) : C_NORMAL);
        line_putf(&t, err ? C_ERROR : C_DIM, "%4d  ", line);
        /* the code, tabs as four spaces, each byte in its role */
        size_t from = 0;
        for (size_t i = 0; i <= n; i++) {
            if (i < n && s[i] != '\t' && (i == from || roles[i] == roles[from])) continue;
            if (i > from) line_putn(&t, s + from, i - from, roles[from]);
            if (i < n && s[i] == '\t') {
                line_put(&t, "    ", C_NORMAL);
                from = i + 1;
            } else {
                from = i;
            }
        }
        if (count) {   /* the note keeps its room: the code gives way, with an ellipsis */
            char note[200];
            snprintf(note, sizeof note, "%s%s", arrow, ids);
            int room = pane_inner_w(p) - crt_width(note);
            if (room < 14) room = 14;   /* the gutter and a few characters of code */
            if (t.text && crt_width(t.text) > room) {
                t.len = crt_prefix(t.text, room - 1, NULL);
                t.text[t.len] = 0;
                line_put(&t, crt_utf8() ? "…" : "~", C_DIM);
            }
            line_put(&t, note, state_role(state));
        }
        pane_add_line(p, &t);
        if (err && v->run.err_msg) {
            line_putf(&t, C_ERROR, "       ^ %s", v->run.err_msg);
            pane_add_line(p, &t);
        }
        if (!nl) break;
        s = nl + 1;
    }
    free(roles);
    free(mk);
    line_fini(&t);
    follow(v, p);
}
