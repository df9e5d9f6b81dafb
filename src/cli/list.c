/* cli/list.c: `gorolab list [PACK] [--lang LANG] [-v]`: a table, one row per
 * lesson with the learner's progress, columns lined up by display width; broken lessons show their first diagnostic (-v:
 * all of them, on stderr).
 * Exit 0, 1 when the pack itself cannot load, 64 on usage errors. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "lesson/catalogue.h"
#include "lesson/lesson.h"

static const char list_usage[] =
    N_("usage: gorolab list [PACK] [--lang LANG] [--verbose]\n"
    "List a pack's lessons with the learner's progress; without PACK, every bundled\n"
    "pack's, each lesson under its catalogue number (gorolab N opens lesson N).\n");

static int usage(const char *why)
{
    return cli_usage("list", list_usage, why ? "%s" : NULL, why);
}

/* list_pack prints the table of the pack at dir, its lessons numbered by
 * catalogue number (catalogue) or by position; 1 when it cannot load. */
static int list_pack(const char *dir, bool catalogue, const char *lang, Progress *prog, bool verbose)
{
    DiagList d;
    diag_init(&d, lesson_files());
    Pack *p = pack_load(dir, &d);
    if (!p) {
        diag_print(&d, stderr);
        diag_fini(&d);
        return 1;
    }
    if (p->diags.len) diag_print(&p->diags, stderr);   /* pack.yaml's own problems */
    printf(ngettext("%s%s%s (%d lesson)\n", "%s%s%s (%d lessons)\n", p->nlessons), p->title ? p->title : p->id,
           p->version ? " " : "", p->version ? p->version : "", p->nlessons);
    /* a table: every column as wide as its widest cell, by display width
     * (a Chinese character takes two columns); tags last, as long as they are */
    const char *head[5] = {_("ID"), _("TITLE"), _("LEVEL"), _("PROGRESS"), _("TAGS")};
    int cw[4] = {i18n_width(head[0]), i18n_width(head[1]), i18n_width(head[2]), i18n_width(head[3])};
    char **prog_col = calloc((size_t)p->nlessons + 1, sizeof *prog_col);
    for (int i = 0; i < p->nlessons; i++) {
        Lesson *l = p->lessons[i];
        const char *id = l->id ? l->id : l->name;
        if (i18n_width(id) > cw[0]) cw[0] = i18n_width(id);
        if (l->broken) continue;
        LessonText t;
        lesson_text(l, lang, &t);
        ProgEntry e;
        prog_get(prog, p->progress_id, l->id, &e);
        char pc[128];
        if (e.hints > 0)
            snprintf(pc, sizeof pc, ngettext("%s (%d hint)", "%s (%d hints)", e.hints), _(prog_status_name(e.status)), e.hints);
        else
            snprintf(pc, sizeof pc, "%s", _(prog_status_name(e.status)));
        if (prog_col) prog_col[i] = strdup(pc);
        if (i18n_width(t.title) > cw[1]) cw[1] = i18n_width(t.title);
        if (i18n_width(pc) > cw[3]) cw[3] = i18n_width(pc);
    }
    printf("%2s  ", "#");
    for (int k = 0; k < 4; k++) {
        i18n_pad(stdout, head[k], cw[k]);
        fputs("  ", stdout);
    }
    printf("%s\n", head[4]);
    for (int i = 0; i < p->nlessons; i++) {
        Lesson *l = p->lessons[i];
        printf("%2d  ", catalogue ? lesson_catalogue_number(l) : l->number);
        i18n_pad(stdout, l->id ? l->id : l->name, cw[0]);
        if (l->broken) {
            const Diag *x = &l->diags.items[0];
            printf("  %s: %s:%u:%u: %s", _("BROKEN"), lesson_files()[x->pos.file], x->pos.line, x->pos.col, x->msg);
            if (l->diags.len > 1)
                printf(_(" (and %d more)"), l->diags.len - 1);
            putchar('\n');
            if (verbose) diag_print(&l->diags, stderr);
            continue;
        }
        LessonText t;
        lesson_text(l, lang, &t);
        fputs("  ", stdout);
        i18n_pad(stdout, t.title, cw[1]);
        char lv[16];
        snprintf(lv, sizeof lv, "%d", l->level);
        fputs("  ", stdout);
        i18n_pad(stdout, lv, cw[2]);
        fputs("  ", stdout);
        i18n_pad(stdout, prog_col && prog_col[i] ? prog_col[i] : "", l->tags.len ? cw[3] : 0);
        if (l->tags.len) fputs("  ", stdout);
        for (int j = 0; j < l->tags.len; j++) printf("%s%s", j ? ", " : "", l->tags.items[j]);
        putchar('\n');
    }
    for (int i = 0; prog_col && i < p->nlessons; i++) free(prog_col[i]);
    free(prog_col);
    pack_free(p);
    diag_fini(&d);
    return 0;
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
    /* no pack: every bundled lesson pack, numbered as `gorolab N` takes them */
    int n = 1;
    char **dirs = NULL;
    char *one = path ? cli_pack_path(path) : NULL;   /* an installed or bundled pack's id, too */
    if (!path) dirs = pack_bundled_lessons(&n);
    else if (!one) dirs = pack_folder_packs(path, &n);   /* a folder of packs: each */
    if (path && !dirs) n = 1;
    const char *lang = lesson_lang(lang_flag);
    char *warning = NULL;
    Progress *prog = prog_open(NULL, &warning);
    if (warning) {
        fprintf(stderr, "%s\n", warning);
        free(warning);
    }
    int status = 0;
    for (int k = 0; k < n; k++) {
        if (k) putchar('\n');
        if (list_pack(dirs ? dirs[k] : one ? one : path, !path, lang, prog, verbose) != 0) status = 1;
    }
    for (int k = 0; dirs && k < n; k++) free(dirs[k]);
    free(dirs);
    free(one);
    prog_free(prog);
    return status;
}
