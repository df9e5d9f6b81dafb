/* tui/browser.c: the lab's entry: the lesson browser (number, title, level,
 * tags, progress), and the shared boxes (help, notices). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <curses.h>

#include "base/i18n.h"
#include "base/xalloc.h"
#include "lesson/catalogue.h"
#include "lesson/installed.h"
#include "tui/crt.h"
#include "tui/tui.h"
#include "tui/view.h"

bool tui_too_small(void)
{
    if (COLS >= CRT_MIN_W && LINES >= CRT_MIN_H) return false;
    erase();
    const char *m = _("enlarge the terminal to 80x24");
    int w = crt_width(m);
    int x = COLS > w ? (COLS - w) / 2 : 0;
    crt_put(LINES / 2, x, m, COLS, crt_attr(C_ERROR));
    char sz[64];
    snprintf(sz, sizeof sz, _("(now %dx%d; q quits)"), COLS, LINES);
    w = crt_width(sz);
    if (LINES / 2 + 1 < LINES) crt_put(LINES / 2 + 1, COLS > w ? (COLS - w) / 2 : 0, sz, COLS, A_NORMAL);
    refresh();
    return true;
}

void tui_box(const char *title, const char *const *lines, int attr)
{
    int n = 0, w = crt_width(title) + 4;
    for (; lines[n]; n++) {
        int lw = crt_width(lines[n]);
        if (lw > w) w = lw;
    }
    w += 4;
    if (w > COLS - 2) w = COLS - 2;
    int h = n + 2;
    if (h > LINES - 2) h = LINES - 2;
    int y = (LINES - h) / 2, x = (COLS - w) / 2;
    for (int i = 0; i < h; i++) mvhline(y + i, x, ' ', w);
    attrset((attr_t)attr);
    mvhline(y, x + 1, ACS_HLINE, w - 2);
    mvhline(y + h - 1, x + 1, ACS_HLINE, w - 2);
    mvvline(y + 1, x, ACS_VLINE, h - 2);
    mvvline(y + 1, x + w - 1, ACS_VLINE, h - 2);
    mvaddch(y, x, ACS_ULCORNER);
    mvaddch(y, x + w - 1, ACS_URCORNER);
    mvaddch(y + h - 1, x, ACS_LLCORNER);
    mvaddch(y + h - 1, x + w - 1, ACS_LRCORNER);
    attrset(A_NORMAL);
    char t[256];
    snprintf(t, sizeof t, " %s ", title);
    crt_put(y, x + 2, t, w - 4, attr);
    for (int i = 0; i < n && i < h - 2; i++) crt_put(y + 1 + i, x + 2, lines[i], w - 4, A_NORMAL);
}

void tui_text_box(const char *title, const char *text, const char *footer, int attr)
{
    enum { MAXL = 512 };   /* lines read: a stack of 100 frames and its creator fit */
    int w = COLS - 10;
    if (w < 20) w = 20;
    char *pieces[MAXL];
    const char *lines[MAXL + 3];
    int n = 0;
    for (const char *q = text; *q && n < MAXL;) {
        const char *nl = strchr(q, '\n');
        size_t len = nl ? (size_t)(nl - q) : strlen(q);
        char *line = xmalloc(len + 1);
        memcpy(line, q, len);
        line[len] = 0;
        /* tabs as four spaces, then wrap at the box's width */
        for (char *t = line; *t; t++)
            if (*t == '\t') *t = ' ';
        const char *r = line;
        do {
            size_t k = crt_prefix(r, w, NULL);
            if (r[k]) k = crt_break(r, k);   /* at a space or beside a Chinese character */
            if (k == 0 && *r) k = 1;
            pieces[n] = xmalloc(k + 1);
            memcpy(pieces[n], r, k);
            pieces[n][k] = 0;
            lines[n] = pieces[n];
            n++;
            r += k;
            if (*r == ' ') r++;   /* the space the line broke at */
        } while (*r && n < MAXL);
        free(line);
        q += len;
        if (*q == '\n') q++;
    }
    /* taller than the screen: keep the start and the end (a stack's
     * "created by"), say how much is left out, keep the footer */
    int avail = LINES - 4 - (footer ? 2 : 0), m = n;
    char gap[64];
    if (avail >= 3 && n > avail) {
        int head = (avail - 1) / 2, tail = avail - 1 - head;
        snprintf(gap, sizeof gap, _("... %d lines not shown ..."), n - head - tail);
        lines[head] = gap;
        memmove(&lines[head + 1], &lines[n - tail], (size_t)tail * sizeof lines[0]);
        m = head + 1 + tail;
    }
    if (footer) {
        lines[m++] = "";
        lines[m++] = footer;
    }
    lines[m] = NULL;
    tui_box(title, lines, attr);
    for (int i = 0; i < n; i++) free(pieces[i]);
}

void tui_help(const char *title, const KeyBinding *table)
{
    enum { MAXK = 64 };
    char entry[MAXK][128], buf[MAXK][256];
    const char *lines[MAXK + 1];
    int n = 0;
    for (int i = 0; table[i].key && n < MAXK - 1; i++)
        if (table[i].label) snprintf(entry[n++], sizeof entry[0], "%-9s %s", table[i].label, _(table[i].help));
    /* one column when it fits the screen's height, else two side by side */
    int rows = n, colw = 0;
    if (n + 3 > LINES - 2) {
        rows = (n + 1) / 2;
        colw = (COLS - 10) / 2;
        if (colw > 62) colw = 62;
    }
    for (int r = 0; r < rows; r++) {
        if (!colw) snprintf(buf[r], sizeof buf[r], "%s", entry[r]);
        else {   /* by display width: a Chinese entry is cut between characters and padded in columns */
            int w;
            size_t k = crt_prefix(entry[r], colw, &w);
            snprintf(buf[r], sizeof buf[r], "%.*s%*s  %s", (int)k, entry[r], colw - w, "", r + rows < n ? entry[r + rows] : "");
        }
        lines[r] = buf[r];
    }
    snprintf(buf[rows], sizeof buf[rows], "%s", _("(any key closes this help)"));
    lines[rows] = buf[rows];
    lines[rows + 1] = NULL;
    tui_box(title, lines, crt_attr(C_TITLE));
}

/* details draws the selected lesson's goal and the start of its story in a
 * box of h rows at row y. */
static void details(Lesson *l, const char *lang, int y, int h)
{
    if (l->broken) return;
    LessonText t;
    lesson_text(l, lang, &t);
    Pane p = {.title = _("Goal"), .y = y, .x = 0, .h = h, .w = COLS, .sel = -1};
    PaneText text = {0};
    lesson_markdown(t.goal, &text);
    pane_wrap_line(&p, &text, "");
    size_t n = strcspn(t.story, "\n");   /* the story's first line, as a teaser */
    while (t.story[n] == '\n' && t.story[n + 1] && t.story[n + 1] != '\n') n += 1 + strcspn(t.story + n + 1, "\n");
    char *story = xmalloc(n + 1);
    memcpy(story, t.story, n);
    story[n] = 0;
    for (char *q = story; *q; q++)
        if (*q == '\n') *q = ' ';
    pane_add(&p, "", 0);
    lesson_markdown(story, &text);
    pane_wrap_line(&p, &text, "");
    free(story);
    line_fini(&text);
    pane_draw(&p);
    pane_free(&p);
}

static void draw_browser(Pack *pack, const char *lang, Progress *pg, int sel, int *top)
{
    erase();
    char head[512];
    int done = 0;
    for (int i = 0; i < pack->nlessons; i++) {
        ProgEntry e = {0};
        if (pack->lessons[i]->id) prog_get(pg, pack->progress_id, pack->lessons[i]->id, &e);
        done += e.status == PROG_DONE;
    }
    snprintf(head, sizeof head, _(" gorolab: %s%s%s  (%d/%d done)"), pack->title ? pack->title : pack->id,
             pack->version ? " " : "", pack->version ? pack->version : "", done, pack->nlessons);
    mvhline(0, 0, ' ', COLS);
    crt_put(0, 0, head, COLS, crt_attr(C_TITLE));
    /* the columns: title and tags share what the number, level and progress
     * leave; the title takes what its longest needs, the tags the rest
     * (at 200 columns nothing is cut; at 80 the title gives way first) */
    const char *hl = _("Lvl"), *hp = _("Progress"), *ht = _("Tags");
    int lvw = crt_width(hl), pw = crt_width(hp), tagw = crt_width(ht), titlew = crt_width(_("Title"));
    for (int s = PROG_NEW; s <= PROG_DONE; s++)
        if (crt_width(_(prog_status_name((ProgStatus)s))) > pw) pw = crt_width(_(prog_status_name((ProgStatus)s)));
    for (int i = 0; i < pack->nlessons; i++) {
        Lesson *l = pack->lessons[i];
        LessonText t;
        int w = l->broken ? crt_width(_("(broken lesson: see gorolab check)")) : (lesson_text(l, lang, &t), crt_width(t.title));
        if (w > titlew) titlew = w;
        int tw0 = 0;
        for (int j = 0; j < l->tags.len; j++) tw0 += (j ? 1 : 0) + crt_width(l->tags.items[j]);
        if (tw0 > tagw) tagw = tw0;
    }
    int rest = COLS - (6 + 2 + lvw + 2 + pw + 2 + 1);
    int tw = titlew < rest - (tagw < rest / 3 ? tagw : rest / 3) ? titlew : rest - (tagw < rest / 3 ? tagw : rest / 3);
    if (tw < 10) tw = 10;
    int xl = 6 + tw + 2, xp = xl + lvw + 2, xt = xp + pw + 2, tagsw = COLS - 1 - xt;
    char colh[64];
    snprintf(colh, sizeof colh, "  #  %s", _("Title"));
    crt_put(1, 1, colh, COLS - 2, crt_attr(C_DIM));
    crt_put(1, xl, hl, lvw, crt_attr(C_DIM));
    crt_put(1, xp, hp, pw, crt_attr(C_DIM));
    crt_put(1, xt, ht, tagsw, crt_attr(C_DIM));
    /* below the list, the selected lesson's goal and story: under a short
     * list, or in the last DETAILS rows while the list keeps at least 10 */
    enum { DETAILS = 9 };
    int rows = LINES - 4;
    if (rows - pack->nlessons >= 6) rows = pack->nlessons;
    else if (rows - DETAILS >= 10) rows -= DETAILS;
    if (rows < LINES - 4) details(pack->lessons[sel], lang, 2 + rows + 1, LINES - 1 - (2 + rows + 1));
    if (sel < *top) *top = sel;
    if (sel >= *top + rows) *top = sel - rows + 1;
    for (int i = 0; i < rows && *top + i < pack->nlessons; i++) {
        int k = *top + i;
        Lesson *l = pack->lessons[k];
        int y = 2 + i;
        int attr = k == sel ? crt_attr(C_SEL) : 0;
        if (k == sel) {
            attrset((attr_t)attr);
            mvhline(y, 0, ' ', COLS);
            attrset(A_NORMAL);
        }
        char num[16];
        snprintf(num, sizeof num, "%3d ", l->number);
        crt_put(y, 1, num, 5, attr);
        LessonText t;
        const char *title = l->broken ? _("(broken lesson: see gorolab check)") : (lesson_text(l, lang, &t), t.title);
        crt_put_cut(y, 6, title, tw, attr);
        ProgEntry e = {0};
        if (l->id) prog_get(pg, pack->progress_id, l->id, &e);
        char lv[16], tags[512];
        snprintf(lv, sizeof lv, "%d", l->level);
        int done_attr = attr | (e.status == PROG_DONE && k != sel ? crt_attr(C_OK) : 0);
        crt_put(y, xl, lv, lvw, attr);
        crt_put(y, xp, _(prog_status_name(e.status)), pw, done_attr);
        int off = 0;
        tags[0] = 0;
        for (int j = 0; j < l->tags.len && off < (int)sizeof tags - 2; j++)
            off += snprintf(tags + off, sizeof tags - (size_t)off, "%s%s", j ? "," : "", l->tags.items[j]);
        crt_put_cut(y, xt, tags, tagsw, attr);
    }
    attrset((attr_t)crt_attr(C_STATUS));
    mvhline(LINES - 1, 0, ' ', COLS);
    attrset(A_NORMAL);
    int broken = 0;
    for (int i = 0; i < pack->nlessons; i++) broken += pack->lessons[i]->broken;
    char st[256];
    if (broken)
        snprintf(st, sizeof st, ngettext("%d lesson does not load (Enter shows why)  |  Enter open  ? help  q quit",
                                         "%d lessons do not load (Enter shows why)  |  Enter open  ? help  q quit", broken),
                 broken);
    else
        snprintf(st, sizeof st, "%s", _("Up/Down/j/k move  Enter open  p packs  ? help  q quit"));
    crt_put(LINES - 1, 1, st, COLS - 2, crt_attr(C_STATUS));
}

/* choose_pack shows every pack, the bundled one and the installed ones
 * (gorolab pack add), with the learner's progress in each; returns the
 * folder of the one chosen (new string), or NULL to stay. */
static char *choose_pack(Pack *cur, const char *lang, Progress *pg, int sel_lesson, int *top)
{
    int n = 0, nb = 0;
    char **inst = pack_installed(&n);
    char **bundled = pack_bundled_lessons(&nb);
    int m = nb + n;
    char **paths = xcalloc((size_t)m + 1, sizeof *paths);
    char **lines = xcalloc((size_t)m + 3, sizeof *lines);
    for (int i = 0; i < nb; i++) paths[i] = bundled[i];
    for (int i = 0; i < n; i++) paths[nb + i] = inst[i];
    free(bundled);
    free(inst);
    int sel = 0;
    for (int i = 0; i < m; i++) {
        DiagList d;
        diag_init(&d, NULL);
        Pack *p = pack_load(paths[i], &d);
        diag_fini(&d);
        char line[512];
        if (!p) {
            snprintf(line, sizeof line, _("%s (does not load: gorolab check %s)"), paths[i], paths[i]);
        } else {
            int done = 0;
            for (int k = 0; k < p->nlessons; k++) {
                ProgEntry e = {0};
                if (p->lessons[k]->id) prog_get(pg, p->progress_id, p->lessons[k]->id, &e);
                done += e.status == PROG_DONE;
            }
            snprintf(line, sizeof line, _("%-18s %5d/%-3d done  %s%s"), p->id, done, p->nlessons,
                     p->title ? p->title : p->id, i < nb ? _(" (bundled)") : "");
            if (cur->dir && p->dir && strcmp(cur->dir, p->dir) == 0) sel = i;
            pack_free(p);
        }
        lines[i] = xstrdup(line);
    }
    lines[m] = xstrdup("");
    lines[m + 1] = xstrdup(n ? _("Up/Down choose  Enter open  Esc stay")
                             : _("no pack installed: gorolab pack add DIR|FILE.tar.gz (Esc)"));
    char *chosen = NULL;
    for (;;) {
        if (!tui_too_small()) {
            draw_browser(cur, lang, pg, sel_lesson, top);
            char **shown = xcalloc((size_t)m + 3, sizeof *shown);
            for (int i = 0; i < m + 2; i++) {
                size_t len = strlen(lines[i]) + 3;
                shown[i] = xmalloc(len);
                snprintf(shown[i], len, "%s%s", i < m ? (i == sel ? "> " : "  ") : "", lines[i]);
            }
            tui_box(_("Lesson packs"), (const char *const *)shown, crt_attr(C_TITLE));
            for (int i = 0; i < m + 2; i++) free(shown[i]);
            free(shown);
            refresh();
        }
        timeout(-1);
        int c = getch();
        if (c == KEY_RESIZE) continue;
        KeyAction a = keys_lookup(keys_browser, c);
        if (a == K_UP && sel > 0) sel--;
        else if (a == K_DOWN && sel + 1 < m) sel++;
        else if (a == K_OPEN) {
            chosen = xstrdup(paths[sel]);
            break;
        } else if (c == 27 || a == K_QUIT || a == K_PACKS) {
            break;
        }
    }
    for (int i = 0; i < m + 2; i++) free(lines[i]);
    for (int i = 0; i < m; i++) free(paths[i]);
    free(lines);
    free(paths);
    return chosen;
}

/* place picks the lesson to start on: the first one not done yet. */
static int place(const Pack *pack, const Progress *pg)
{
    for (int i = 0; i < pack->nlessons; i++) {
        ProgEntry e = {0};
        if (pack->lessons[i]->id) prog_get(pg, pack->progress_id, pack->lessons[i]->id, &e);
        if (e.status != PROG_DONE) return i;
    }
    return 0;
}

/* broken_box shows why a lesson cannot open (its diagnostics). */
static void broken_box(Lesson *l)
{
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (!m) return;
    diag_print(&l->diags, m);
    fputs(_("\nfix the lesson file, then check it with: gorolab check "), m);
    fputs(l->path, m);
    fclose(m);
    tui_text_box(_("this lesson does not load"), text, _("(any key)"), crt_attr(C_ERROR));
    refresh();
    timeout(-1);
    getch();
    free(text);
}

/* open_lessons runs the lesson view from lesson k on, following "next lesson". */
static bool open_lessons(Pack *pack, int *sel, const TuiOptions *o, Progress *pg)
{
    for (;;) {
        Lesson *l = pack->lessons[*sel];
        if (l->broken) {
            broken_box(l);
            return true;
        }
        ViewExit x = view_run(pack, l, o, pg);
        if (x == VIEW_QUIT) return false;
        if (x != VIEW_NEXT || *sel + 1 >= pack->nlessons) return true;
        (*sel)++;
    }
}

int tui_main(const TuiOptions *opt)
{
    TuiOptions o = *opt;
    DiagList d;
    diag_init(&d, NULL);
    char *dflt = NULL;
    const char *path = o.pack_path ? o.pack_path : (dflt = pack_default_path());
    Pack *pack = pack_load(path, &d);
    if (!pack) {
        fprintf(stderr, _("gorolab: cannot load the pack %s:\n"), path);
        diag_print(&d, stderr);
        diag_fini(&d);
        free(dflt);
        return 1;
    }
    diag_fini(&d);
    o.lang = lesson_lang(o.lang);
    Lesson *first = NULL;
    if (o.lesson_key) {
        first = pack_find(pack, o.lesson_key);
        if (!first && pack->nlessons == 1) first = pack->lessons[0];
        if (!first) {
            fprintf(stderr, _("gorolab: no lesson \"%s\" in %s; gorolab list %s shows them\n"), o.lesson_key, path, path);
            free(dflt);
            pack_free(pack);
            return 1;
        }
    }
    free(dflt);
    char *warning = NULL;
    Progress *pg = prog_open(NULL, &warning);
    if (!crt_init(o.theme)) {
        fprintf(stderr, _("gorolab: cannot set up the terminal (TERM=%s)\n"), getenv("TERM") ? getenv("TERM") : "");
        prog_free(pg);
        pack_free(pack);
        return 1;
    }
    int sel = place(pack, pg), top = 0;
    bool quit = false;
    if (first) {
        sel = first->number - 1;
        quit = !open_lessons(pack, &sel, &o, pg);
    }
    bool help = false;
    while (!quit && pack->nlessons > 0) {
        if (!tui_too_small()) {
            draw_browser(pack, o.lang, pg, sel, &top);
            if (help) tui_help(_("Keys: lesson list"), keys_browser);
            if (warning) {
                const char *lines[] = {warning, NULL};
                tui_box(_("warning"), lines, crt_attr(C_ERROR));
            }
            refresh();
        }
        timeout(-1);
        int c = getch();
        if (warning) { free(warning); warning = NULL; continue; }
        if (c == KEY_RESIZE) continue;
        if (help) { help = false; continue; }
        if (COLS < CRT_MIN_W || LINES < CRT_MIN_H) {
            if (c == 'q') quit = true;
            continue;
        }
        switch (keys_lookup(keys_browser, c)) {
        case K_UP: if (sel > 0) sel--; break;
        case K_DOWN: if (sel + 1 < pack->nlessons) sel++; break;
        case K_HELP: help = true; break;
        case K_QUIT: quit = true; break;
        case K_CONTRAST: crt_set_theme(crt_theme() == THEME_DEFAULT ? THEME_HIGH_CONTRAST : THEME_DEFAULT); break;
        case K_OPEN: quit = !open_lessons(pack, &sel, &o, pg); break;
        case K_PACKS: {
            char *dir = choose_pack(pack, o.lang, pg, sel, &top);
            if (!dir) break;
            DiagList dl;
            diag_init(&dl, NULL);
            Pack *np = pack_load(dir, &dl);
            diag_fini(&dl);
            free(dir);
            if (np && np->nlessons > 0) {
                pack_free(pack);
                pack = np;
                sel = place(pack, pg);
                top = 0;
            } else if (np) {
                pack_free(np);
            }
            break;
        }
        default: break;
        }
    }
    crt_done();
    if (warning) fprintf(stderr, "%s\n", warning);
    free(warning);
    prog_free(pg);
    pack_free(pack);
    return 0;
}
