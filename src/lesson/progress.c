/* lesson/progress.c: the learner's progress, one line per lesson.
 *
 * File: $XDG_STATE_HOME/gorolab/progress (default ~/.local/state/gorolab):
 *   # gorolab progress 1
 *   PACKID LESSONID STATUS HINTS SEED
 * STATUS is new, started or done; ids are written with %XX for blanks,
 * controls and '%' ("%00" is the empty id). Written whole, atomically
 * (ws_write_atomic), so an interrupted write leaves at most a stale
 * progress.tmp that is never read. Every save re-reads the file and merges
 * under flock(PATH.lock), so two labs and `gorolab grade` never erase each
 * other's progress (a pass or a hint seen is never taken back). A row this
 * version cannot read (CRLF is fine) is reported, skipped and written back
 * unchanged; every other row is kept.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "base/i18n.h"
#include "lesson/lesson_priv.h"

#define PROG_HEADER "# gorolab progress 1"

typedef struct ProgRow {
    char     *pack, *lesson;   /* owned; decoded */
    ProgEntry e;
    bool      dirty;           /* set here since the last save: merged into the file's */
} ProgRow;

struct Progress {
    char    *path;     /* owned */
    ProgRow *rows;     /* owned */
    int      len, cap;
    char   **keep;     /* lines this version cannot read (a newer status, a damaged row),
                          written back unchanged so nothing is lost; owned */
    int      nkeep, capkeep;
};

/* (the words are translated where they are shown: _(prog_status_name(s))) */
static const char *const status_names[] = {N_("new"), N_("started"), N_("done")};

const char *prog_status_name(ProgStatus s)
{
    return s <= PROG_DONE ? status_names[s] : "new";
}

char *prog_path(void)
{
    const char *x = getenv("XDG_STATE_HOME");
    char *base;
    if (x && x[0] == '/') {
        base = xstrdup(x);
    } else {
        const char *home = getenv("HOME");
        base = path_join(home && *home ? home : ".", ".local/state");
    }
    char *g = path_join(base, "gorolab");
    char *r = path_join(g, "progress");
    free(base);
    free(g);
    return r;
}

/* put_word writes an id as one word: bytes that are blank, control, '%', '#'
 * (a row must not read as a comment) or DEL as %XX; the empty id as "%00"
 * (which decodes to ""). */
static void put_word(Buf *b, const char *s)
{
    if (!*s) {
        buf_puts(b, "%00");
        return;
    }
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p <= ' ' || *p == '%' || *p == '#' || *p == 0x7f) buf_printf(b, "%%%02X", *p);
        else buf_putc(b, (char)*p);
    }
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10
         : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* get_word decodes put_word's form in place; false when malformed. */
static bool get_word(char *s)
{
    char *w = s;
    for (char *r = s; *r; r++) {
        if (*r != '%') {
            *w++ = *r;
            continue;
        }
        int hi = hexval(r[1]), lo = hi < 0 ? -1 : hexval(r[2]);
        if (lo < 0) return false;
        *w++ = (char)(hi * 16 + lo);
        r += 2;
    }
    *w = 0;
    return true;
}

static ProgRow *find(const Progress *p, const char *pack, const char *lesson)
{
    for (int i = 0; i < p->len; i++)
        if (strcmp(p->rows[i].pack, pack) == 0 && strcmp(p->rows[i].lesson, lesson) == 0)
            return &p->rows[i];
    return NULL;
}

static ProgRow *row_for(Progress *p, const char *pack, const char *lesson)
{
    ProgRow *r = find(p, pack, lesson);
    if (!r) {
        ProgRow nr = {xstrdup(pack), xstrdup(lesson), {PROG_NEW, 0, 0}, false};
        XPUSH(p->rows, p->len, p->cap, nr);
        r = &p->rows[p->len - 1];
    }
    return r;
}

/* parse_line parses one entry line into p; NULL when it is fine, else why not. */
static const char *parse_line(Progress *p, char *line)
{
    char *f[6];
    int n = 0;
    for (char *s = strtok(line, " \t"); s; s = strtok(NULL, " \t")) {
        if (n == 5) return "too many fields";
        f[n++] = s;
    }
    if (n != 5) return "too few fields";
    ProgEntry e = {PROG_NEW, 0, 0};
    int st = -1;
    for (int i = 0; i < 3; i++)
        if (strcmp(f[2], status_names[i]) == 0) st = i;
    if (st < 0) return "unknown status";
    e.status = (ProgStatus)st;
    char *end;
    errno = 0;
    long h = strtol(f[3], &end, 10);
    if (*end || h < 0 || h > 1000000 || errno) return "bad hint count";
    e.hints = (int)h;
    if (f[4][0] == '-') return "bad seed";
    unsigned long long seed = strtoull(f[4], &end, 10);
    if (*end || errno || !*f[4]) return "bad seed";
    e.seed = seed;
    if (!get_word(f[0]) || !get_word(f[1])) return "bad %-escape";
    row_for(p, f[0], f[1])->e = e;
    return NULL;
}

static void clear(Progress *p)
{
    for (int i = 0; i < p->len; i++) {
        free(p->rows[i].pack);
        free(p->rows[i].lesson);
    }
    p->len = 0;
    for (int i = 0; i < p->nkeep; i++) free(p->keep[i]);
    p->nkeep = 0;
}

/* load reads p->path into p (rows and kept lines); a missing file is empty.
 * Problems go to *w (a new message, or NULL). */
static void load(Progress *p, char **w)
{
    *w = NULL;
    clear(p);
    int fd = open(p->path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno != ENOENT) {
            Buf m = BUF_INIT;
            buf_printf(&m, "gorolab: cannot read the progress file %s: %s", p->path, strerror(errno));
            *w = buf_take(&m);
        }
        return;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        bool dir = S_ISDIR(st.st_mode);
        close(fd);
        Buf m = BUF_INIT;
        buf_printf(&m, "gorolab: the progress file %s is %s: progress is not read nor saved "
                   "until it is moved away", p->path, dir ? "a directory" : "not a regular file");
        *w = buf_take(&m);
        return;
    }
    Buf b = BUF_INIT;
    char chunk[4096];
    for (;;) {
        ssize_t r = read(fd, chunk, sizeof chunk);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) break;
        buf_add(&b, chunk, (size_t)r);
    }
    close(fd);
    Buf m = BUF_INIT;
    int nbad = 0;
    size_t at = 0;
    for (int lineno = 1; at < b.len; lineno++) {
        char *s = b.data + at;
        char *nl = memchr(s, '\n', b.len - at);
        size_t n = nl ? (size_t)(nl - s) : b.len - at;
        at += n + (nl != NULL);
        if (n > 0 && s[n - 1] == '\r') n--;   /* CRLF: an editor on another system */
        char *line = xstrndup(s, n);
        const char *why = NULL;
        if (strlen(line) != n) why = "a NUL byte";
        else if (!*line || *line == '#') why = NULL;   /* the header, comments */
        else {
            char *copy = xstrdup(line);
            why = parse_line(p, copy);
            free(copy);
            if (why && !nl) why = "a truncated last row";
        }
        if (why) {
            if (nbad++ < 3)
                buf_printf(&m, "%sline %d (%s)", nbad > 1 ? ", " : "", lineno, why);
            if (strlen(line) == n) XPUSH(p->keep, p->nkeep, p->capkeep, xstrdup(line));
        }
        free(line);
    }
    buf_fini(&b);
    if (nbad) {
        Buf w2 = BUF_INIT;
        buf_printf(&w2, "gorolab: progress file %s: skipped %s%s; every other row is kept", p->path,
                   buf_str(&m), nbad > 3 ? " and more" : "");
        *w = buf_take(&w2);
    }
    buf_fini(&m);
}

Progress *prog_open(const char *path, char **warning)
{
    Progress *p = xcalloc(1, sizeof *p);
    p->path = path ? xstrdup(path) : prog_path();
    char *w = NULL;
    load(p, &w);
    if (warning) *warning = w;
    else free(w);
    return p;
}

void prog_free(Progress *p)
{
    if (!p) return;
    clear(p);
    free(p->rows);
    free(p->keep);
    free(p->path);
    free(p);
}

void prog_get(const Progress *p, const char *pack_id, const char *lesson_id, ProgEntry *out)
{
    ProgRow *r = p && pack_id && lesson_id ? find(p, pack_id, lesson_id) : NULL;
    if (r)
        *out = r->e;
    else
        *out = (ProgEntry){PROG_NEW, 0, 0};
}

void prog_set(Progress *p, const char *pack_id, const char *lesson_id, const ProgEntry *e)
{
    if (!pack_id || !lesson_id) return;
    ProgRow *r = row_for(p, pack_id, lesson_id);
    r->e = *e;
    r->dirty = true;
}

static void mkdir_parents(const char *path)
{
    char *dir = xstrdup(path);
    char *s = strrchr(dir, '/');
    if (s && s != dir) {
        *s = 0;
        for (char *q = dir + 1; *q; q++) {
            if (*q != '/') continue;
            *q = 0;
            mkdir(dir, 0755);
            *q = '/';
        }
        mkdir(dir, 0755);
    }
    free(dir);
}

bool prog_save(Progress *p, char **cause)
{
    if (cause) *cause = NULL;
    mkdir_parents(p->path);
    /* under the lock: read what the others wrote, merge ours in, write */
    Buf lp = BUF_INIT;
    buf_printf(&lp, "%s.lock", p->path);
    int lock = open(buf_str(&lp), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    buf_fini(&lp);
    if (lock >= 0)
        while (flock(lock, LOCK_EX) != 0 && errno == EINTR) {}
    Progress *disk = xcalloc(1, sizeof *disk);
    disk->path = xstrdup(p->path);
    char *w = NULL;
    load(disk, &w);
    free(w);
    for (int i = 0; i < p->len; i++) {
        ProgRow *mine = &p->rows[i];
        ProgRow *theirs = find(disk, mine->pack, mine->lesson);
        if (!mine->dirty) {
            if (!theirs) row_for(disk, mine->pack, mine->lesson)->e = mine->e;
            continue;
        }
        if (!theirs) {
            row_for(disk, mine->pack, mine->lesson)->e = mine->e;
            continue;
        }
        /* a pass or a hint seen elsewhere is never taken back */
        ProgEntry e = mine->e;
        if (theirs->e.status > e.status) e.status = theirs->e.status;
        if (theirs->e.hints > e.hints) e.hints = theirs->e.hints;
        theirs->e = e;
    }
    Buf b = BUF_INIT;
    buf_puts(&b, PROG_HEADER "\n");
    for (int i = 0; i < disk->len; i++) {
        ProgRow *r = &disk->rows[i];
        put_word(&b, r->pack);
        buf_putc(&b, ' ');
        put_word(&b, r->lesson);
        buf_printf(&b, " %s %d %" PRIu64 "\n", prog_status_name(r->e.status), r->e.hints, r->e.seed);
    }
    for (int i = 0; i < disk->nkeep; i++) buf_printf(&b, "%s\n", disk->keep[i]);
    bool ok = ws_write_atomic(p->path, b.data, b.len, cause);
    buf_fini(&b);
    if (lock >= 0) close(lock);   /* releases the lock */
    if (ok) {
        /* what we now know is the merged file */
        clear(p);
        for (int i = 0; i < disk->len; i++)
            row_for(p, disk->rows[i].pack, disk->rows[i].lesson)->e = disk->rows[i].e;
        for (int i = 0; i < disk->nkeep; i++) XPUSH(p->keep, p->nkeep, p->capkeep, xstrdup(disk->keep[i]));
    }
    prog_free(disk);
    return ok;
}
