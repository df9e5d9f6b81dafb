/* cli/list.c: `gorolab list [PACK] [--lang LANG] [-v]`: one line per lesson with
 * the learner's progress; broken lessons show their first diagnostic (-v:
 * all of them, on stderr).
 * Exit 0, 1 when the pack itself cannot load, 64 on usage errors. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "lesson/lesson.h"

static int usage(const char *why)
{
    if (why) fprintf(stderr, "gorolab list: %s\n", why);
    fputs("usage: gorolab list [PACK] [--lang LANG] [-v]\n", stderr);
    return EXIT_USAGE;
}

int cli_list(int argc, char **argv)
{
    const char *path = NULL, *lang_flag = NULL;
    bool verbose = false;   /* -v: every diagnostic of a broken lesson, on stderr */
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--lang") == 0) {
            if (i + 1 >= argc) return usage("--lang wants a language such as zh");
            lang_flag = argv[++i];
        } else if (strncmp(argv[i], "--lang=", 7) == 0) {
            lang_flag = argv[i] + 7;
        } else if (strcmp(argv[i], "-v") == 0) {
            verbose = true;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return usage(NULL);
        } else if (path) {
            return usage("one pack at a time");
        } else {
            path = argv[i];
        }
    }
    char *def = path ? NULL : pack_default_path();
    struct stat pst;
    if (path && strcmp(path, "challenges") == 0 && stat(path, &pst) != 0) {   /* the bundled challenges */
        def = pack_bundled_path("challenges");
        path = NULL;
    }
    DiagList d;
    diag_init(&d, lesson_files());
    Pack *p = pack_load(path ? path : def, &d);
    if (!p) {
        diag_print(&d, stderr);
        diag_fini(&d);
        free(def);
        return 1;
    }
    const char *lang = lesson_lang(lang_flag);
    char *warning = NULL;
    Progress *prog = prog_open(NULL, &warning);
    if (warning) {
        fprintf(stderr, "%s\n", warning);
        free(warning);
    }
    printf("%s%s%s (%d lesson%s)\n", p->title ? p->title : p->id, p->version ? " " : "",
           p->version ? p->version : "", p->nlessons, p->nlessons == 1 ? "" : "s");
    for (int i = 0; i < p->nlessons; i++) {
        Lesson *l = p->lessons[i];
        if (l->broken) {
            const Diag *x = &l->diags.items[0];
            printf("%2d  %s  BROKEN: %s:%u:%u: %s", l->number, l->id ? l->id : l->name,
                   lesson_files()[x->pos.file], x->pos.line, x->pos.col, x->msg);
            if (l->diags.len > 1)
                printf(" (and %d more)", l->diags.len - 1);
            putchar('\n');
            if (verbose) diag_print(&l->diags, stderr);
            continue;
        }
        LessonText t;
        lesson_text(l, lang, &t);
        ProgEntry e;
        prog_get(prog, p->id, l->id, &e);
        printf("%2d  %s  %s  level %d  [", l->number, l->id, t.title, l->level);
        for (int j = 0; j < l->tags.len; j++) printf("%s%s", j ? ", " : "", l->tags.items[j]);
        printf("]  %s", prog_status_name(e.status));
        if (e.hints > 0) printf(" (%d hint%s)", e.hints, e.hints == 1 ? "" : "s");
        putchar('\n');
    }
    prog_free(prog);
    pack_free(p);
    diag_fini(&d);
    free(def);
    return 0;
}
