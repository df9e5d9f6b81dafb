/* lesson/pack.c: lesson packs: pack.yaml, the lesson order, the scenarios
 * folder, duplicate ids, finding the bundled pack.
 *
 * A pack is a folder with pack.yaml (id, title, version, language, lessons) or
 * without one (every *.yaml file in name order), or a single lesson file.
 * One broken lesson never takes the pack down.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/xalloc.h"
#include "lesson/catalogue.h"
#include "lesson/lesson_priv.h"
#include "lesson/yaml.h"

#ifndef GOROLAB_SRCDIR
#define GOROLAB_SRCDIR "."
#endif
#ifndef GOROLAB_BUILDDIR
#define GOROLAB_BUILDDIR "."
#endif
#ifndef GOROLAB_PKGDATADIR
#define GOROLAB_PKGDATADIR "/usr/local/share/gorolab"
#endif

static const char *const pack_keys[] = {"id", "title", "name", "version", "language", "progress-id",
                                        "lessons", NULL};

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool is_file(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static char *abs_path(const char *p)
{
    char buf[PATH_MAX];
    return realpath(p, buf) ? xstrdup(buf) : xstrdup(p);
}

static char *dir_of(const char *p)
{
    const char *s = strrchr(p, '/');
    if (!s) return xstrdup(".");
    if (s == p) return xstrdup("/");
    return xstrndup(p, (size_t)(s - p));
}

static const char *base_of(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* disp_join joins for display: "./x" shows as "x". */
static char *disp_join(const char *dir, const char *name)
{
    if (strcmp(dir, ".") == 0) return xstrdup(name);
    return path_join(dir, name);
}

static void add_lesson(Pack *p, Lesson *l)
{
    p->lessons = xrealloc(p->lessons, (size_t)(p->nlessons + 1) * sizeof *p->lessons);
    p->lessons[p->nlessons++] = l;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* valid_pack_id: a pack id names folders (the workspace, an installed pack),
 * so it is one safe path component: letters, digits, '-', '_' and '.',
 * starting with a letter or digit, at most 64 bytes, not "packs" (the
 * installed packs' folder beside the workspaces), as gorolab pack accepts them. */
static bool valid_pack_id(const char *s)
{
    if (!isalnum((unsigned char)*s) || strlen(s) > 64 || strcmp(s, "packs") == 0) return false;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_' && *s != '.') return false;
    return true;
}

/* read_pack_yaml reads pack.yaml into p; lesson names go to names, with
 * their positions. Returns false when the pack cannot load. */
static bool read_pack_yaml(Pack *p, const char *disp, DiagList *d, StrList *names,
                           SrcPos **name_pos)
{
    YxDoc y;
    bool ok = yx_load(&y, disp, d);
    yaml_node_t *root = ok ? yx_root(&y) : NULL;
    if (ok && (!root || root->type != YAML_MAPPING_NODE)) {
        diag_add(d, root ? yx_pos(&y, root) : (SrcPos){1, 1, y.file},
                 "pack.yaml must be a mapping (id, title, version, language, lessons)");
        ok = false;
    }
    bool bad_id = false;
    if (ok) {
        yx_check_keys(&y, root, pack_keys, "", d);
        const char *fields[] = {"id", "title", "name", "version", "language", "progress-id"};
        char **dest[] = {&p->id, &p->title, &p->title, &p->version, &p->language, &p->progress_id};
        for (int i = 0; i < 6; i++) {
            yaml_node_t *v = yx_get(&y, root, fields[i], NULL);
            if (!v || yx_is_null(v)) continue;
            if (v->type != YAML_SCALAR_NODE) {
                diag_add(d, yx_pos(&y, v), "%s must be a string", fields[i]);
                continue;
            }
            if ((i == 0 || i == 5) && !valid_pack_id(yx_str(v))) {
                diag_add(d, yx_pos(&y, v), "pack %s \"%s\" must use letters, digits, dashes, dots and "
                         "underscores, starting with a letter or digit (it names the learner's folder)",
                         fields[i], yx_str(v));
                bad_id = true;
                continue;
            }
            if (!*dest[i]) *dest[i] = xstrdup(yx_str(v));
        }
        yaml_node_t *ls = yx_get(&y, root, "lessons", NULL);
        if (!ls) {
            diag_add(d, yx_pos(&y, root), "missing required field \"lessons\"");
            ok = false;
        } else if (ls->type != YAML_SEQUENCE_NODE) {
            diag_add(d, yx_pos(&y, ls), "lessons must be a list of strings");
            ok = false;
        } else {
            int n = (int)(ls->data.sequence.items.top - ls->data.sequence.items.start);
            *name_pos = xcalloc((size_t)n + 1, sizeof **name_pos);
            for (int i = 0; i < n; i++) {
                yaml_node_t *e = yx_node(&y, ls->data.sequence.items.start[i]);
                if (e->type != YAML_SCALAR_NODE || yx_is_null(e)) {
                    diag_add(d, yx_pos(&y, e), "lessons must be a list of strings");
                    continue;
                }
                (*name_pos)[names->len] = yx_pos(&y, e);
                strlist_push(names, yx_str(e));
            }
        }
    }
    yx_fini(&y);
    return ok && !bad_id;
}

static void copy_diags(DiagList *to, const DiagList *from)
{
    for (int i = 0; i < from->len; i++) diag_add(to, from->items[i].pos, "%s", from->items[i].msg);
}

Pack *pack_load(const char *path, DiagList *d)
{
    d->files = lesson_files();
    size_t plen = strlen(path);
    char *user = xstrdup(path);
    while (plen > 1 && user[plen - 1] == '/') user[--plen] = 0;

    char *udir = NULL;               /* folder as the user wrote it (for messages) */
    const char *single = NULL;       /* a single lesson file's name */
    if (is_dir(user)) {
        udir = xstrdup(user);
    } else if (is_file(user)) {
        udir = dir_of(user);
        if (strcmp(base_of(user), "pack.yaml") != 0) single = base_of(user);
    } else {
        diag_add(d, (SrcPos){1, 1, yx_file_id(user)}, "%s",
                 strerror(errno));
        free(user);
        return NULL;
    }

    Pack *p = xcalloc(1, sizeof *p);
    diag_init(&p->diags, lesson_files());
    p->dir = abs_path(udir);
    char *sc = path_join(p->dir, "scenarios");
    if (!is_dir(sc)) {
        char *up = dir_of(p->dir);
        char *alt = path_join(up, "scenarios");
        free(up);
        if (is_dir(alt)) {
            free(sc);
            sc = alt;
        } else {
            free(alt);
        }
    }
    p->scenarios = sc;
    /* the box: the folder, or its parent when the scenarios are beside it */
    p->root = strncmp(sc, p->dir, strlen(p->dir)) == 0 && sc[strlen(p->dir)] == '/'
                  ? xstrdup(p->dir) : dir_of(p->dir);

    StrList names = {NULL, 0};
    SrcPos *name_pos = NULL;
    char *pack_yaml = path_join(p->dir, "pack.yaml");
    char *pack_disp = disp_join(udir, "pack.yaml");
    bool ok = true;
    if (is_file(pack_yaml)) {
        if (single) {
            /* only the pack's id and language matter for a single lesson */
            DiagList quiet;
            diag_init(&quiet, NULL);
            StrList ignore = {NULL, 0};
            SrcPos *ignore_pos = NULL;
            read_pack_yaml(p, pack_disp, &quiet, &ignore, &ignore_pos);
            strlist_fini(&ignore);
            free(ignore_pos);
            diag_fini(&quiet);
        } else {
            ok = read_pack_yaml(p, pack_disp, &p->diags, &names, &name_pos);
            diag_sort(&p->diags);
            copy_diags(d, &p->diags);
        }
    } else if (!single) {
        DIR *dp = opendir(p->dir);
        struct dirent *e;
        while (dp && (e = readdir(dp))) {
            size_t n = strlen(e->d_name);
            if (e->d_name[0] != '.' && n > 5 && strcmp(e->d_name + n - 5, ".yaml") == 0)
                strlist_push(&names, e->d_name);
        }
        if (dp) closedir(dp);
        if (names.len > 1) qsort(names.items, (size_t)names.len, sizeof *names.items, cmp_str);
    }
    if (single) strlist_push(&names, single);
    if (!p->id) p->id = xstrdup(base_of(p->dir));
    if (!p->progress_id) p->progress_id = xstrdup(p->id);
    if (!p->language) p->language = xstrdup("en");

    if (!ok) {
        strlist_fini(&names);
        free(name_pos);
        free(pack_yaml);
        free(pack_disp);
        free(udir);
        free(user);
        pack_free(p);
        return NULL;
    }

    for (int i = 0; i < names.len; i++) {
        char *abs = path_join(p->dir, names.items[i]);
        char *disp = disp_join(udir, names.items[i]);
        Lesson *l;
        char *out = NULL;
        bool safe = lesson_safe_rel(names.items[i]);
        if (!safe || !is_file(abs) || (out = lesson_inside(abs, p->dir))) {
            l = xcalloc(1, sizeof *l);
            l->pack = p;
            l->number = i + 1;
            l->name = xstrdup(names.items[i]);
            l->path = xstrdup(abs);
            diag_init(&l->diags, lesson_files());
            SrcPos at = name_pos ? name_pos[i] : (SrcPos){1, 1, yx_file_id(disp)};
            if (!safe)
                diag_add(&l->diags, at, "lesson \"%s\" must be a relative path inside the pack",
                         names.items[i]);
            else if (out)
                diag_add(&l->diags, at, "lesson \"%s\" is a symbolic link out of the pack (to %s)",
                         names.items[i], out);
            else
                diag_add(&l->diags, at, "lesson file \"%s\" does not exist", names.items[i]);
            free(out);
            l->broken = true;
        } else {
            l = lesson_load(p, names.items[i], abs, disp, i + 1);
        }
        add_lesson(p, l);
        free(abs);
        free(disp);
    }
    /* duplicate ids across the pack */
    for (int i = 0; i < p->nlessons; i++) {
        Lesson *a = p->lessons[i];
        if (!a->id) continue;
        for (int j = 0; j < i; j++) {
            Lesson *b = p->lessons[j];
            if (b->id && strcmp(a->id, b->id) == 0) {
                diag_add(&a->diags, a->id_pos, "duplicate id \"%s\" (also used by %s:%u:%u)",
                         a->id, lesson_files()[b->id_pos.file], b->id_pos.line, b->id_pos.col);
                a->broken = true;
                break;
            }
        }
    }
    for (int i = 0; i < p->nlessons; i++) copy_diags(d, &p->lessons[i]->diags);
    strlist_fini(&names);
    free(name_pos);
    free(pack_yaml);
    free(pack_disp);
    free(udir);
    free(user);
    return p;
}

void pack_free(Pack *p)
{
    if (!p) return;
    for (int i = 0; i < p->nlessons; i++) lesson_free(p->lessons[i]);
    free(p->lessons);
    free(p->id);
    free(p->progress_id);
    free(p->title);
    free(p->version);
    free(p->language);
    free(p->dir);
    free(p->scenarios);
    free(p->root);
    diag_fini(&p->diags);
    free(p);
}

Lesson *pack_lesson(const Pack *p, int number)
{
    return number >= 1 && number <= p->nlessons ? p->lessons[number - 1] : NULL;
}

Lesson *pack_find(const Pack *p, const char *key)
{
    for (int i = 0; i < p->nlessons; i++)
        if (p->lessons[i]->id && strcmp(p->lessons[i]->id, key) == 0) return p->lessons[i];
    char *end;
    long n = strtol(key, &end, 10);
    if (*key && !*end) return pack_lesson(p, (int)n);
    size_t kl = strlen(key);
    for (int i = 0; i < p->nlessons; i++) {
        const char *name = p->lessons[i]->name;
        if (strcmp(name, key) == 0) return p->lessons[i];
        if (strncmp(name, key, kl) == 0 && strcmp(name + kl, ".yaml") == 0) return p->lessons[i];
    }
    return NULL;
}

char *pack_default_path(void)
{
    int n = 0;
    char **dirs = pack_bundled_lessons(&n);
    char *first = n ? dirs[0] : pack_bundled_path("lessons");   /* none: a message names it */
    for (int i = 1; i < n; i++) free(dirs[i]);
    free(dirs);
    return first;
}

char *pack_bundled_path(const char *name)
{
    const char *env = strcmp(name, "challenges") == 0 ? getenv("GOROLAB_CHALLENGES") : NULL;
    if (env && *env) return xstrdup(env);
    char *src = path_join(GOROLAB_SRCDIR, name);
    char *inst = path_join(GOROLAB_PKGDATADIR, name);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    bool in_build = false;
    if (n > 0) {
        exe[n] = 0;
        char *ed = dir_of(exe);
        char *bd = abs_path(GOROLAB_BUILDDIR);
        in_build = strcmp(ed, bd) == 0;
        free(ed);
        free(bd);
    }
    char *r;
    if ((in_build || !is_dir(inst)) && is_dir(src)) {
        r = src;
        free(inst);
    } else {
        r = inst;
        free(src);
    }
    return r;
}
