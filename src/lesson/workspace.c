/* lesson/workspace.c: the learner's editable copies and atomic file writes.
 *
 * Layout: $XDG_DATA_HOME/gorolab/PACKID/LESSONID/BASENAME, one file per
 * scenario.edit entry. Invariants: a learner's file is only ever replaced by
 * rename() of a fully written, fsynced PATH.tmp; before a reset it is linked
 * (or copied) to PATH.TIMESTAMP.bak (never overwriting an older backup), and
 * the starter is then renamed over it: PATH exists at every moment.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "lesson/lesson_priv.h"

static void set_cause(char **cause, const char *what, const char *path)
{
    if (cause) {
        Buf b = BUF_INIT;
        buf_printf(&b, "%s %s: %s", what, path, strerror(errno));
        *cause = buf_take(&b);
    }
}

/* mkdir_p creates path and its parents. */
static bool mkdir_p(const char *path, char **cause)
{
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        if (mkdir(p, 0755) != 0 && errno != EEXIST) {
            set_cause(cause, "cannot create", p);
            free(p);
            return false;
        }
        *s = '/';
    }
    bool ok = mkdir(p, 0755) == 0 || errno == EEXIST;
    if (!ok) set_cause(cause, "cannot create", p);
    free(p);
    return ok;
}

static void fsync_dir(const char *path)
{
    char *d = xstrdup(path);
    char *s = strrchr(d, '/');
    if (s && s != d) *s = 0;
    else if (s) s[1] = 0;
    else strcpy(d, ".");
    int fd = open(d, O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        fsync(fd);
        close(fd);
    }
    free(d);
}

bool ws_write_atomic(const char *path, const void *data, size_t len, char **cause)
{
    if (cause) *cause = NULL;
    size_t n = strlen(path);
    char *tmp = xmalloc(n + 5);
    memcpy(tmp, path, n);
    memcpy(tmp + n, ".tmp", 5);
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0) {
        set_cause(cause, "cannot write", tmp);
        free(tmp);
        return false;
    }
    const char *p = data;
    size_t left = len;
    while (left > 0) {
        ssize_t w = write(fd, p, left);
        if (w < 0) {
            if (errno == EINTR) continue;
            set_cause(cause, "cannot write", tmp);
            close(fd);
            unlink(tmp);
            free(tmp);
            return false;
        }
        p += w;
        left -= (size_t)w;
    }
    if (fsync(fd) != 0 || close(fd) != 0) {
        set_cause(cause, "cannot write", tmp);
        unlink(tmp);
        free(tmp);
        return false;
    }
    if (rename(tmp, path) != 0) {
        set_cause(cause, "cannot rename to", path);
        unlink(tmp);
        free(tmp);
        return false;
    }
    fsync_dir(path);
    free(tmp);
    return true;
}

static bool copy_file(const char *from, const char *to, char **cause)
{
    FILE *f = fopen(from, "rb");
    if (!f) {
        set_cause(cause, "cannot read", from);
        return false;
    }
    Buf b = BUF_INIT;
    char chunk[8192];
    size_t r;
    while ((r = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, r);
    bool err = ferror(f);
    fclose(f);
    if (err) {
        buf_fini(&b);
        set_cause(cause, "cannot read", from);
        return false;
    }
    bool ok = ws_write_atomic(to, b.data ? b.data : "", b.len, cause);
    buf_fini(&b);
    return ok;
}

char *ws_root(void)
{
    const char *x = getenv("XDG_DATA_HOME");
    if (x && x[0] == '/') return path_join(x, "gorolab");
    const char *home = getenv("HOME");
    char *h = path_join(home && *home ? home : ".", ".local/share");
    char *r = path_join(h, "gorolab");
    free(h);
    return r;
}

/* component appends name to b as one safe folder name: never empty, ".",
 * "..", "packs" (installed packs) or with a slash (those bytes are
 * %XX-escaped), so the workspace stays inside ws_root() and out of the
 * installed packs whatever a pack's folder is called. */
static void component(Buf *b, const char *name)
{
    if (!*name) {
        buf_puts(b, "%00");
        return;
    }
    bool dots = strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
    if (strcmp(name, "packs") == 0) {   /* the installed packs live there */
        buf_puts(b, "%70acks");
        return;
    }
    for (const unsigned char *s = (const unsigned char *)name; *s; s++) {
        if (*s == '/' || *s == '%' || *s < ' ' || *s == 0x7f || (dots && *s == '.'))
            buf_printf(b, "%%%02X", *s);
        else
            buf_putc(b, (char)*s);
    }
}

/* lesson_dir: ROOT/PACKID/LESSONID, or NULL when the lesson id is not valid. */
static char *lesson_dir(const Lesson *l)
{
    if (!l->id || !lesson_valid_id(l->id)) return NULL;
    char *root = ws_root();
    Buf b = BUF_INIT;
    buf_puts(&b, root);
    buf_putc(&b, '/');
    component(&b, l->pack && l->pack->progress_id ? l->pack->progress_id : "local");
    buf_putc(&b, '/');
    buf_puts(&b, l->id);
    free(root);
    return buf_take(&b);
}

static const char *base_of(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

Workspace *ws_open(const Lesson *l, char **cause)
{
    if (cause) *cause = NULL;
    if (!l->id || l->broken || l->edit.len != l->edit_abs.len || !lesson_valid_id(l->id)) {
        if (cause) *cause = xstrdup("the lesson is broken; fix it first (gorolab check)");
        return NULL;
    }
    Workspace *w = xcalloc(1, sizeof *w);
    w->dir = lesson_dir(l);
    if (!mkdir_p(w->dir, cause)) {
        ws_free(w);
        return NULL;
    }
    for (int i = 0; i < l->edit.len; i++) {
        char *dest = path_join(w->dir, base_of(l->edit.items[i]));
        strlist_push(&w->paths, dest);
        struct stat st;
        bool ok = stat(dest, &st) == 0 || copy_file(l->edit_abs.items[i], dest, cause);
        free(dest);
        if (!ok) {
            ws_free(w);
            return NULL;
        }
    }
    return w;
}

void ws_free(Workspace *w)
{
    if (!w) return;
    free(w->dir);
    strlist_fini(&w->paths);
    free(w);
}

bool ws_reset(const Lesson *l, StrList *backups, char **cause)
{
    if (cause) *cause = NULL;
    if (!l->id || l->broken || l->edit.len != l->edit_abs.len || !lesson_valid_id(l->id)) {
        if (cause) *cause = xstrdup("the lesson is broken; fix it first (gorolab check)");
        return false;
    }
    char *dir = lesson_dir(l);
    if (!mkdir_p(dir, cause)) {
        free(dir);
        return false;
    }
    char stamp[32];
    time_t now = time(NULL);
    struct tm tm;
    localtime_r(&now, &tm);
    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H-%M-%S", &tm);
    bool ok = true;
    for (int i = 0; ok && i < l->edit.len; i++) {
        char *dest = path_join(dir, base_of(l->edit.items[i]));
        struct stat st;
        if (stat(dest, &st) == 0) {
            /* the backup is a second name (or a copy) of the learner's file:
             * the file itself stays until the starter is renamed over it, so
             * a reset killed at any moment leaves main.go there */
            Buf b = BUF_INIT;
            buf_printf(&b, "%s.%s.bak", dest, stamp);
            for (int n = 1; lstat(buf_str(&b), &st) == 0; n++) {
                buf_reset(&b);
                buf_printf(&b, "%s.%s-%d.bak", dest, stamp, n);
            }
            if (link(dest, buf_str(&b)) != 0 && !copy_file(dest, buf_str(&b), cause)) {
                if (cause && !*cause) set_cause(cause, "cannot back up", dest);
                ok = false;
            } else if (backups) {
                strlist_push(backups, buf_str(&b));
            }
            buf_fini(&b);
        }
        if (ok) ok = copy_file(l->edit_abs.items[i], dest, cause);
        free(dest);
    }
    free(dir);
    return ok;
}

char *ws_schedule_path(const Lesson *l)
{
    char *dir = lesson_dir(l);
    char *p = path_join(dir, "schedule");
    free(dir);
    return p;
}

char *ws_read_schedule(const Lesson *l)
{
    if (!l->id) return NULL;
    char *path = ws_schedule_path(l);
    FILE *f = fopen(path, "r");
    free(path);
    if (!f) return NULL;
    Buf b = BUF_INIT;
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
    fclose(f);
    while (b.len && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == '\r' || b.data[b.len - 1] == ' ')) b.len--;
    buf_putc(&b, 0);
    b.len--;
    if (!b.len) {
        buf_fini(&b);
        return NULL;
    }
    return buf_take(&b);
}

bool ws_save_schedule(const Lesson *l, const char *sched, char **cause)
{
    if (cause) *cause = NULL;
    if (!l->id) {
        if (cause) *cause = xstrdup("the lesson is broken; fix it first (gorolab check)");
        return false;
    }
    char *dir = lesson_dir(l);
    bool ok = mkdir_p(dir, cause);
    free(dir);
    if (!ok) return false;
    char *path = ws_schedule_path(l);
    Buf b = BUF_INIT;
    buf_printf(&b, "%s\n", sched);
    ok = ws_write_atomic(path, b.data, b.len, cause);
    buf_fini(&b);
    free(path);
    return ok;
}
