/* lesson/catalogue.c: the bundled lesson packs taken together (lesson/catalogue.h). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/xalloc.h"
#include "lesson/catalogue.h"
#include "lesson/lesson_priv.h"

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

char **pack_bundled_lessons(int *n)
{
    char **dirs = xcalloc(2, sizeof *dirs);
    *n = 0;
    const char *env = getenv("GOROLAB_PACK");
    if (env && *env) {
        dirs[(*n)++] = xstrdup(env);
        return dirs;
    }
    char *root = pack_bundled_path("lessons");
    DIR *d = opendir(root);
    struct dirent *de;
    while (d && (de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        char *dir = path_join(root, de->d_name);
        char *yaml = path_join(dir, "pack.yaml");
        struct stat st;
        if (stat(yaml, &st) == 0 && S_ISREG(st.st_mode)) {
            dirs = xrealloc(dirs, sizeof *dirs * (size_t)(*n + 2));
            dirs[(*n)++] = dir;
        } else {
            free(dir);
        }
        free(yaml);
    }
    if (d) closedir(d);
    dirs[*n] = NULL;
    qsort(dirs, (size_t)*n, sizeof *dirs, cmpstr);
    free(root);
    return dirs;
}

/* (lesson/catalogue.h) */
char **pack_folder_packs(const char *dir, int *n)
{
    *n = 0;
    struct stat st;
    char *own = xmalloc(strlen(dir) + 16);
    sprintf(own, "%s/pack.yaml", dir);
    bool has = stat(own, &st) == 0;
    free(own);
    DIR *d = has || stat(dir, &st) != 0 || !S_ISDIR(st.st_mode) ? NULL : opendir(dir);
    if (!d) return NULL;
    char **packs = NULL;
    bool lessons = false;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t len = strlen(de->d_name);
        if (de->d_name[0] == '.') continue;
        if (len > 5 && strcmp(de->d_name + len - 5, ".yaml") == 0) lessons = true;
        char *p = xmalloc(strlen(dir) + len + 16);
        sprintf(p, "%s/%s/pack.yaml", dir, de->d_name);
        if (stat(p, &st) == 0) {
            *strrchr(p, '/') = 0;
            packs = xrealloc(packs, sizeof *packs * (size_t)(*n + 1));
            packs[(*n)++] = p;
        } else {
            free(p);
        }
    }
    closedir(d);
    if (lessons || !*n) {
        for (int i = 0; i < *n; i++) free(packs[i]);
        free(packs);
        *n = 0;
        return NULL;
    }
    qsort(packs, (size_t)*n, sizeof *packs, cmpstr);
    return packs;
}

static void free_dirs(char **dirs, int n)
{
    for (int i = 0; i < n; i++) free(dirs[i]);
    free(dirs);
}

static Pack *load_quiet(const char *dir)
{
    DiagList d;
    diag_init(&d, NULL);
    Pack *p = pack_load(dir, &d);
    diag_fini(&d);
    return p;
}

char *pack_bundled_pack(const char *key)
{
    if (!key || !*key || strchr(key, '/')) return NULL;
    if (strcmp(key, "challenges") == 0) return pack_bundled_path("challenges");
    int n = 0;
    char **dirs = pack_bundled_lessons(&n);
    char *found = NULL;
    for (int i = 0; i < n && !found; i++) {
        const char *base = strrchr(dirs[i], '/') ? strrchr(dirs[i], '/') + 1 : dirs[i];
        Pack *p = strcmp(base, key) == 0 ? NULL : load_quiet(dirs[i]);
        if (strcmp(base, key) == 0 || (p && strcmp(p->id, key) == 0)) found = xstrdup(dirs[i]);
        pack_free(p);
    }
    free_dirs(dirs, n);
    return found;
}

int lesson_catalogue_number(const Lesson *l)
{
    const char *s = l->name;
    int v = 0, k = 0;
    while (s[k] >= '0' && s[k] <= '9' && k < 6) v = v * 10 + (s[k++] - '0');
    return k > 0 && s[k] == '-' ? v : l->number;
}

/* by_number finds lesson number n of the catalogue in p (its file name's NN). */
static Lesson *by_number(const Pack *p, int n)
{
    for (int i = 0; i < p->nlessons; i++) {
        const Lesson *l = p->lessons[i];
        if (l->name[0] >= '0' && l->name[0] <= '9' && lesson_catalogue_number(l) == n) return p->lessons[i];
    }
    return NULL;
}

char *pack_catalogue_find(const char *key, char **id)
{
    *id = NULL;
    if (!key || !*key) return NULL;
    bool number = strspn(key, "0123456789") == strlen(key);
    int n = 0;
    char **dirs = pack_bundled_lessons(&n);
    char *found = NULL;
    for (int i = 0; i < n && !found; i++) {
        Pack *p = load_quiet(dirs[i]);
        if (!p) continue;
        /* a catalogue of one pack ($GOROLAB_PACK) numbers its lessons as any pack does */
        Lesson *l = number && n > 1 ? by_number(p, atoi(key)) : pack_find(p, key);
        if (l && l->id) {
            found = xstrdup(dirs[i]);
            *id = xstrdup(l->id);
        }
        pack_free(p);
    }
    free_dirs(dirs, n);
    return found;
}
