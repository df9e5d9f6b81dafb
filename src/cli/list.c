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
#include "cli/opts.h"
#include "lesson/lesson.h"

static const char list_usage[] =
    "usage: gorolab list [PACK] [--lang LANG] [--verbose]\n"
    "List a pack's lessons (the bundled pack's by default) with the learner's progress.\n";

static int usage(const char *why)
{
    return cli_usage("list", list_usage, why ? "%s" : NULL, why);
}

int cli_list(int argc, char **argv)
{
    const char *path = NULL, *lang_flag = NULL;
    bool verbose = false;   /* -v: every diagnostic of a broken lesson, on stderr */
    static const struct option longopts[] = {
        {"lang", required_argument, NULL, 'l'},
        {"verbose", no_argument, NULL, 'v'},
        {NULL, 0, NULL, 0},
    };
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(argc, argv, "v", longopts, list_usage)) != -1) {
        switch (c) {
        case CLI_OPT_HELP:
        case CLI_OPT_BAD: return cli_opt_end(c);
        case 'l': lang_flag = optarg; break;
        case 'v': verbose = true; break;
        }
    }
    for (int i = optind; i < argc; i++) {
        if (path) return usage("one pack at a time");
        path = argv[i];
    }
    char *def = path ? cli_pack_path(path) : pack_default_path();   /* an installed pack's id, too */
    struct stat pst;
    if (!def && path && strcmp(path, "challenges") == 0 && stat(path, &pst) != 0)
        def = pack_bundled_path("challenges");   /* the bundled challenges */
    if (def) path = NULL;
    DiagList d;
    diag_init(&d, lesson_files());
    Pack *p = pack_load(path ? path : def, &d);
    if (!p) {
        diag_print(&d, stderr);
        diag_fini(&d);
        free(def);
        return 1;
    }
    if (p->diags.len) diag_print(&p->diags, stderr);   /* pack.yaml's own problems */
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
