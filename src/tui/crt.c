/* tui/crt.c: curses init, colours, UTF-8 drawing, terminal restore. */
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

#include "tui/crt.h"

static bool active;
static bool colors;

static void on_quit(int sig)
{
    if (active) endwin();
    active = false;
    _exit(128 + sig);
}

static void on_fatal(int sig)
{
    if (active) endwin();
    active = false;
    signal(sig, SIG_DFL);
    raise(sig);
}

bool crt_init(void)
{
    setlocale(LC_ALL, "");
    if (!initscr()) return false;
    active = true;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    colors = has_colors() && !(getenv("NO_COLOR") && getenv("NO_COLOR")[0]);
    if (colors) {
        start_color();
        use_default_colors();
        init_pair(1, COLOR_CYAN, -1);
        init_pair(2, COLOR_YELLOW, -1);
        init_pair(3, COLOR_BLACK, COLOR_CYAN);
        init_pair(4, COLOR_MAGENTA, -1);
        init_pair(5, COLOR_RED, -1);
        init_pair(6, COLOR_GREEN, -1);
        init_pair(7, COLOR_BLACK, COLOR_YELLOW);
    }
    signal(SIGINT, on_quit);
    signal(SIGTERM, on_quit);
    signal(SIGHUP, on_quit);
    signal(SIGQUIT, on_quit);
    signal(SIGSEGV, on_fatal);
    signal(SIGBUS, on_fatal);
    signal(SIGFPE, on_fatal);
    signal(SIGABRT, on_fatal);
    signal(SIGILL, on_fatal);
    return true;
}

void crt_done(void)
{
    if (!active) return;
    active = false;
    curs_set(1);
    endwin();
}

bool crt_active(void) { return active; }

int crt_attr(CrtColor c)
{
    if (!colors) {
        switch (c) {
        case C_TITLE: case C_ERROR: case C_OK: return A_BOLD;
        case C_FOCUS: case C_STATUS: case C_SEL: return A_REVERSE;
        case C_MARK: return A_BOLD;
        case C_DIM: return A_DIM;
        default: return A_NORMAL;
        }
    }
    switch (c) {
    case C_TITLE: return COLOR_PAIR(1) | A_BOLD;
    case C_FOCUS: return COLOR_PAIR(2) | A_BOLD;
    case C_STATUS: return COLOR_PAIR(3);
    case C_MARK: return COLOR_PAIR(4) | A_BOLD;
    case C_ERROR: return COLOR_PAIR(5) | A_BOLD;
    case C_OK: return COLOR_PAIR(6) | A_BOLD;
    case C_DIM: return A_DIM;
    case C_SEL: return COLOR_PAIR(7);
    default: return A_NORMAL;
    }
}

/* next decodes one character of s; returns its byte length (>= 1) and width. */
static size_t next(const char *s, wchar_t *wc, int *w)
{
    mbstate_t st;
    memset(&st, 0, sizeof st);
    size_t n = mbrtowc(wc, s, strlen(s), &st);
    if (n == (size_t)-1 || n == (size_t)-2 || n == 0) {
        *wc = L'?';
        *w = 1;
        return 1;
    }
    if (*wc == L'\t') { *wc = L' '; *w = 1; return n; }
    int cw = wcwidth(*wc);
    if (cw < 0) { *wc = L'?'; cw = 1; }
    *w = cw;
    return n;
}

int crt_width(const char *s)
{
    int total = 0;
    while (*s) {
        wchar_t wc;
        int w;
        s += next(s, &wc, &w);
        total += w;
    }
    return total;
}

size_t crt_prefix(const char *s, int maxw, int *wout)
{
    const char *p = s;
    int total = 0;
    while (*p) {
        wchar_t wc;
        int w;
        size_t n = next(p, &wc, &w);
        if (total + w > maxw) break;
        total += w;
        p += n;
    }
    if (wout) *wout = total;
    return (size_t)(p - s);
}

int crt_put(int y, int x, const char *s, int maxw, int attr)
{
    int used = 0;
    while (*s && *s != '\n') {
        wchar_t wc[2] = {0, 0};
        int w;
        s += next(s, &wc[0], &w);
        if (used + w > maxw) break;
        if (w == 0) continue;
        cchar_t cc;
        setcchar(&cc, wc, 0, 0, NULL);
        attrset((attr_t)attr);
        mvadd_wch(y, x + used, &cc);
        used += w;
    }
    attrset(A_NORMAL);
    return used;
}

void crt_suspend(void)
{
    def_prog_mode();
    endwin();
}

void crt_resume(void)
{
    reset_prog_mode();
    refresh();
}
