/* lesson/installed.c: the installed lesson packs (lesson/installed.h). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/xalloc.h"
#include "lesson/installed.h"
#include "lesson/lesson.h"

char *pack_installed_root(void)
{
    char *root = ws_root();
    char *p = xmalloc(strlen(root) + 8);
    sprintf(p, "%s/packs", root);
    free(root);
    return p;
}

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

char **pack_installed(int *n)
{
    char *root = pack_installed_root();
    char **dirs = xcalloc(1, sizeof *dirs);
    *n = 0;
    DIR *d = opendir(root);
    struct dirent *de;
    while (d && (de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        char *p = xmalloc(strlen(root) + strlen(de->d_name) + 16);
        sprintf(p, "%s/%s/pack.yaml", root, de->d_name);
        struct stat st;
        if (stat(p, &st) != 0) {
            free(p);
            continue;
        }
        *strrchr(p, '/') = 0;
        dirs = xrealloc(dirs, sizeof *dirs * (size_t)(*n + 2));
        dirs[(*n)++] = p;
    }
    if (d) closedir(d);
    dirs[*n] = NULL;
    qsort(dirs, (size_t)*n, sizeof *dirs, cmpstr);
    free(root);
    return dirs;
}
