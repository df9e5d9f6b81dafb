/* lesson/progress.c: the learner's progress, one line per lesson.
 *
 * File: $XDG_STATE_HOME/gorolab/progress (default ~/.local/state/gorolab):
 *   # gorolab progress 1
 *   PACKID LESSONID STATUS HINTS SEED
 * STATUS is new, started or done. Written whole, atomically (ws_write_atomic),
 * so an interrupted write leaves at most a stale progress.tmp that is never
 * read. A corrupt file is set aside (renamed), reported, and never fatal.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "base/i18n.h"
#include "lesson/lesson_priv.h"

#define PROG_HEADER "# gorolab progress 1"

typedef struct ProgRow {
    char     *pack, *lesson;   /* owned */
    ProgEntry e;
} ProgRow;

struct Progress {
    char    *path;     /* owned */
    ProgRow *rows;     /* owned */
    int      len, cap;
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

static bool valid_word(const char *s)
{
    if (!*s) return false;
    for (; *s; s++)
        if ((unsigned char)*s <= ' ') return false;
    return true;
}

/* parse_line parses one entry line; false when it is malformed. */
static bool parse_line(Progress *p, char *line)
{
    char *f[6];
    int n = 0;
    for (char *s = strtok(line, " \t"); s; s = strtok(NULL, " \t")) {
        if (n == 5) return false;
        f[n++] = s;
    }
    if (n != 5) return false;
    ProgEntry e = {PROG_NEW, 0, 0};
    int st = -1;
    for (int i = 0; i < 3; i++)
        if (strcmp(f[2], status_names[i]) == 0) st = i;
    if (st < 0) return false;
    e.status = (ProgStatus)st;
    char *end;
    errno = 0;
    long h = strtol(f[3], &end, 10);
    if (*end || h < 0 || h > 1000000 || errno) return false;
    e.hints = (int)h;
    if (f[4][0] == '-') return false;
    unsigned long long seed = strtoull(f[4], &end, 10);
    if (*end || errno) return false;
    e.seed = seed;
    prog_set(p, f[0], f[1], &e);
    return true;
}

Progress *prog_open(const char *path, char **warning)
{
    if (warning) *warning = NULL;
    Progress *p = xcalloc(1, sizeof *p);
    p->path = path ? xstrdup(path) : prog_path();
    FILE *f = fopen(p->path, "rb");
    if (!f) return p;
    Buf b = BUF_INIT;
    char chunk[4096];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, r);
    fclose(f);
    char *text = b.data ? b.data : "";
    int lineno = 0, bad = 0;
    bool binary = memchr(text, 0, b.len) != NULL;
    for (char *s = text; *s || lineno == 0;) {
        char *nl = strchr(s, '\n');
        if (nl) *nl = 0;
        lineno++;
        if (lineno == 1) {
            if (strcmp(s, PROG_HEADER) != 0 || binary) {
                bad = 1;
                break;
            }
        } else if (*s && *s != '#' && !parse_line(p, s)) {
            bad = lineno;
            break;
        }
        if (!nl) break;
        s = nl + 1;
    }
    if (b.len == 0) bad = 0;   /* an empty file is an empty progress */
    buf_fini(&b);
    if (bad) {
        for (int i = 0; i < p->len; i++) {
            free(p->rows[i].pack);
            free(p->rows[i].lesson);
        }
        p->len = 0;
        char stamp[32];
        time_t now = time(NULL);
        struct tm tm;
        localtime_r(&now, &tm);
        strftime(stamp, sizeof stamp, "%Y-%m-%dT%H-%M-%S", &tm);
        Buf aside = BUF_INIT, w = BUF_INIT;
        buf_printf(&aside, "%s.corrupt-%s", p->path, stamp);
        struct stat st;
        for (int n = 1; stat(buf_str(&aside), &st) == 0; n++) {
            buf_reset(&aside);
            buf_printf(&aside, "%s.corrupt-%s-%d", p->path, stamp, n);
        }
        if (rename(p->path, buf_str(&aside)) == 0)
            buf_printf(&w, _("gorolab: progress file %s is corrupt (line %d): set aside as %s"),
                       p->path, bad, buf_str(&aside));
        else
            buf_printf(&w, _("gorolab: progress file %s is corrupt (line %d) and cannot be set aside: %s"), p->path,
                       bad, strerror(errno));
        if (warning) *warning = buf_take(&w);
        buf_fini(&w);
        buf_fini(&aside);
    }
    return p;
}

void prog_free(Progress *p)
{
    if (!p) return;
    for (int i = 0; i < p->len; i++) {
        free(p->rows[i].pack);
        free(p->rows[i].lesson);
    }
    free(p->rows);
    free(p->path);
    free(p);
}

static ProgRow *find(const Progress *p, const char *pack, const char *lesson)
{
    for (int i = 0; i < p->len; i++)
        if (strcmp(p->rows[i].pack, pack) == 0 && strcmp(p->rows[i].lesson, lesson) == 0)
            return &p->rows[i];
    return NULL;
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
    if (!valid_word(pack_id) || !valid_word(lesson_id)) return;
    ProgRow *r = find(p, pack_id, lesson_id);
    if (!r) {
        ProgRow nr = {xstrdup(pack_id), xstrdup(lesson_id), {PROG_NEW, 0, 0}};
        XPUSH(p->rows, p->len, p->cap, nr);
        r = &p->rows[p->len - 1];
    }
    r->e = *e;
}

bool prog_save(Progress *p, char **cause)
{
    if (cause) *cause = NULL;
    char *dir = xstrdup(p->path);
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
    Buf b = BUF_INIT;
    buf_puts(&b, PROG_HEADER "\n");
    for (int i = 0; i < p->len; i++) {
        ProgRow *r = &p->rows[i];
        buf_printf(&b, "%s %s %s %d %" PRIu64 "\n", r->pack, r->lesson,
                   prog_status_name(r->e.status), r->e.hints, r->e.seed);
    }
    bool ok = ws_write_atomic(p->path, b.data, b.len, cause);
    buf_fini(&b);
    return ok;
}
