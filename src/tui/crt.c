/* tui/crt.c: curses init, colours, UTF-8 drawing, terminal restore. */
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

#include "base/i18n.h"
#include "tui/crt.h"

static bool active;
static bool colors;
static bool utf8;
static CrtTheme theme;
static int attrs[C_COUNT];

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

/* set_colors fills attrs[] for the theme (pairs 1.. are set up here). */
static void set_colors(void)
{
    if (!colors) {
        attrs[C_TITLE] = attrs[C_ERROR] = attrs[C_OK] = attrs[C_MARK] = A_BOLD;
        attrs[C_FOCUS] = attrs[C_STATUS] = attrs[C_SEL] = A_REVERSE;
        attrs[C_DIM] = attrs[C_COMMENT] = theme == THEME_HIGH_CONTRAST ? A_NORMAL : A_DIM;
        attrs[C_KEYWORD] = attrs[C_WATCH] = A_BOLD;
        attrs[C_TYPE] = attrs[C_STRING] = attrs[C_NUMBER] = A_NORMAL;
        return;
    }
    bool hc = theme == THEME_HIGH_CONTRAST;
    short bg = hc ? COLOR_BLACK : -1;
    /* role, foreground, background, extra attribute */
    static const struct { CrtColor c; short fg, bg; int a; } def[] = {
        {C_TITLE, COLOR_CYAN, -1, A_BOLD},      {C_FOCUS, COLOR_YELLOW, -1, A_BOLD},
        {C_STATUS, COLOR_BLACK, COLOR_CYAN, 0}, {C_MARK, COLOR_MAGENTA, -1, A_BOLD},
        {C_ERROR, COLOR_RED, -1, A_BOLD},       {C_OK, COLOR_GREEN, -1, A_BOLD},
        {C_SEL, COLOR_BLACK, COLOR_YELLOW, 0},  {C_KEYWORD, COLOR_BLUE, -1, A_BOLD},
        {C_TYPE, COLOR_GREEN, -1, 0},           {C_STRING, COLOR_YELLOW, -1, 0},
        {C_NUMBER, COLOR_MAGENTA, -1, 0},       {C_COMMENT, COLOR_CYAN, -1, A_DIM},
        {C_WATCH, COLOR_BLACK, COLOR_MAGENTA, A_BOLD},
    };
    static const struct { CrtColor c; short fg, bg; int a; } high[] = {
        {C_TITLE, COLOR_WHITE, COLOR_BLACK, A_BOLD},  {C_FOCUS, COLOR_BLACK, COLOR_YELLOW, A_BOLD},
        {C_STATUS, COLOR_BLACK, COLOR_WHITE, A_BOLD}, {C_MARK, COLOR_YELLOW, COLOR_BLACK, A_BOLD},
        {C_ERROR, COLOR_WHITE, COLOR_RED, A_BOLD},    {C_OK, COLOR_BLACK, COLOR_GREEN, A_BOLD},
        {C_SEL, COLOR_BLACK, COLOR_YELLOW, A_BOLD},   {C_KEYWORD, COLOR_CYAN, COLOR_BLACK, A_BOLD},
        {C_TYPE, COLOR_GREEN, COLOR_BLACK, A_BOLD},   {C_STRING, COLOR_YELLOW, COLOR_BLACK, A_BOLD},
        {C_NUMBER, COLOR_MAGENTA, COLOR_BLACK, A_BOLD}, {C_COMMENT, COLOR_WHITE, COLOR_BLACK, 0},
        {C_WATCH, COLOR_BLACK, COLOR_MAGENTA, A_BOLD},
    };
    int n = hc ? (int)(sizeof high / sizeof high[0]) : (int)(sizeof def / sizeof def[0]);
    for (int i = 0; i < n; i++) {
        CrtColor c = hc ? high[i].c : def[i].c;
        short fg = hc ? high[i].fg : def[i].fg, b = hc ? high[i].bg : def[i].bg;
        init_pair((short)(i + 1), fg, b < 0 ? bg : b);
        attrs[c] = (int)COLOR_PAIR(i + 1) | (hc ? high[i].a : def[i].a);
    }
    init_pair((short)(n + 1), hc ? COLOR_WHITE : -1, bg);
    attrs[C_NORMAL] = (int)COLOR_PAIR(n + 1) | (hc ? A_BOLD : 0);
    attrs[C_DIM] = hc ? attrs[C_NORMAL] : (int)A_DIM;
    if (hc) bkgdset((chtype)COLOR_PAIR(n + 1));
}

bool crt_init(CrtTheme t)
{
    i18n_init(NULL);
    utf8 = MB_CUR_MAX > 1;
    if (!initscr()) return false;
    active = true;
    theme = t;
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
    mouseinterval(0);
    colors = has_colors() && !(getenv("NO_COLOR") && getenv("NO_COLOR")[0]);
    if (colors) {
        start_color();
        use_default_colors();
    }
    set_colors();
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

void crt_child(void)
{
    active = false;
    static const int sigs[] = {SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGILL};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) signal(sigs[i], SIG_DFL);
    signal(SIGINT, SIG_IGN);   /* Ctrl-C is the lab's: it cancels the job */
}

void crt_done(void)
{
    if (!active) return;
    active = false;
    curs_set(1);
    endwin();
}

bool crt_active(void) { return active; }

void crt_set_theme(CrtTheme t)
{
    theme = t;
    bkgdset(' ');
    set_colors();
}

CrtTheme crt_theme(void) { return theme; }

int crt_attr(CrtColor c) { return c < C_COUNT ? attrs[c] : (int)A_NORMAL; }

bool crt_utf8(void) { return utf8; }

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

/* cjk says whether the UTF-8 character at s is wide enough to break beside
 * (the CJK blocks from U+2E80 on, full-width forms), and *closing whether
 * it is punctuation no line may start with. */
static bool cjk(const unsigned char *s, bool *closing)
{
    *closing = false;
    if (s[0] < 0xE2 || s[0] > 0xEF || (s[0] == 0xE2 && s[1] < 0xBA)) return false;
    unsigned c = (unsigned)(s[0] & 0x0F) << 12 | (unsigned)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
    static const unsigned close[] = {0x3001, 0x3002, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF09, 0x300D, 0x300F,
                                     0x201D, 0x3011, 0xFF01, 0xFF1F, 0x2026};
    for (size_t i = 0; i < sizeof close / sizeof close[0]; i++)
        if (c == close[i]) *closing = true;
    return true;
}

size_t crt_break(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    for (size_t cut = n; cut > n / 2; cut--) {
        if (u[cut] == ' ') return cut;
        if ((u[cut] & 0xC0) == 0x80) continue;   /* inside a character */
        bool closing, c_next = cjk(u + cut, &closing);
        if (closing) continue;
        size_t prev = cut - 1;
        while (prev > 0 && (u[prev] & 0xC0) == 0x80) prev--;
        bool dummy, c_prev = cjk(u + prev, &dummy);
        if ((c_next || c_prev) && u[prev] != ' ' && !(u[prev] == '(' || u[prev] == '`')) return cut;
    }
    return n;
}

int crt_put_cut(int y, int x, const char *s, int maxw, int attr)
{
    if (maxw <= 0) return 0;
    if (crt_width(s) <= maxw) return crt_put(y, x, s, maxw, attr);
    const char *dots = utf8 ? "…" : "...";
    int dw = utf8 ? 1 : 3;
    if (maxw <= dw) return crt_put(y, x, s, maxw, attr);
    size_t n0 = crt_prefix(s, maxw - dw, NULL), n = crt_break(s, n0);
    if (n == n0)   /* no space: a list such as tags breaks after a comma */
        for (size_t c = n0; c > n0 / 2; c--)
            if (s[c] == ',') { n = c; break; }
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '-')) n--;
    char *t = malloc(n + 4);
    if (!t) return crt_put(y, x, s, maxw, attr);
    memcpy(t, s, n);
    strcpy(t + n, dots);
    int used = crt_put(y, x, t, maxw, attr);
    free(t);
    return used;
}

/* put draws s with attribute attr, or per byte from roles when not NULL. */
static int put(int y, int x, const char *s, int maxw, int attr, const unsigned char *roles)
{
    const char *start = s;
    int used = 0;
    while (*s && *s != '\n') {
        wchar_t wc[2] = {0, 0};
        int w;
        int a = roles ? crt_attr((CrtColor)roles[s - start]) : attr;
        s += next(s, &wc[0], &w);
        if (used + w > maxw) break;
        if (w == 0) continue;
        cchar_t cc;
        setcchar(&cc, wc, 0, 0, NULL);
        attrset((attr_t)a);
        mvadd_wch(y, x + used, &cc);
        used += w;
    }
    attrset(A_NORMAL);
    return used;
}

int crt_put(int y, int x, const char *s, int maxw, int attr) { return put(y, x, s, maxw, attr, NULL); }

int crt_put_roles(int y, int x, const char *s, int maxw, const unsigned char *roles)
{
    return put(y, x, s, maxw, 0, roles);
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
