/* cli/reset.c: `gorolab reset LESSON [--pack PACK]`: move the learner's copies
 * of the lesson's editable files to timestamped backups and restore the
 * starter. LESSON is an id, a number or a lesson YAML file. Exit 0, 1 on
 * failure, 64 on usage errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "lesson/lesson.h"

static int usage(const char *why)
{
    if (why) fprintf(stderr, "gorolab reset: %s\n", why);
    fputs("usage: gorolab reset LESSON [--pack PACK]\n", stderr);
    return EXIT_USAGE;
}

int cli_reset(int argc, char **argv)
{
    const char *key = NULL, *pack_path = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--pack") == 0) {
            if (i + 1 >= argc) return usage("--pack wants a folder");
            pack_path = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return usage(NULL);
        } else if (key) {
            return usage("one lesson at a time");
        } else {
            key = argv[i];
        }
    }
    if (!key) return usage("which lesson?");
    struct stat st;
    bool is_file = !pack_path && stat(key, &st) == 0 && S_ISREG(st.st_mode);
    char *def = is_file || pack_path ? NULL : pack_default_path();
    DiagList d;
    diag_init(&d, lesson_files());
    Pack *p = pack_load(is_file ? key : pack_path ? pack_path : def, &d);
    int rc = 1;
    if (!p) {
        diag_print(&d, stderr);
        goto out;
    }
    Lesson *l = is_file ? pack_lesson(p, 1) : pack_find(p, key);
    if (!l) {
        fprintf(stderr, "gorolab reset: no lesson \"%s\" in %s\n", key, p->dir);
        goto out;
    }
    if (l->broken) {
        diag_print(&l->diags, stderr);
        goto out;
    }
    StrList backups = {NULL, 0};
    char *cause = NULL;
    if (!ws_reset(l, &backups, &cause)) {
        fprintf(stderr, "gorolab reset: %s\n", cause ? cause : "failed");
        free(cause);
        strlist_fini(&backups);
        goto out;
    }
    for (int i = 0; i < backups.len; i++) printf("backup: %s\n", backups.items[i]);
    printf("reset %s: the starter files are back\n", l->id);
    strlist_fini(&backups);
    rc = 0;
out:
    pack_free(p);
    diag_fini(&d);
    free(def);
    return rc;
}
