/* cli/reset.c: `gorolab reset LESSON [--pack PACK]`: move the learner's copies
 * of the lesson's editable files to timestamped backups and restore the
 * starter. LESSON is an id, a number or a lesson YAML file. Exit 0, 1 on
 * failure, 64 on usage errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "lesson/catalogue.h"
#include "lesson/lesson.h"

static const char reset_usage[] =
    N_("usage: gorolab reset LESSON [--pack DIR]\n"
    "Back up the learner's copy of a lesson's files and put the starter back.\n");

static int usage(const char *why)
{
    return cli_usage("reset", reset_usage, why ? "%s" : NULL, why);
}

int cli_reset(int argc, char **argv)
{
    const char *key = NULL, *pack_path = NULL;
    static const struct option longopts[] = {
        {"pack", required_argument, NULL, 'p'},
        {NULL, 0, NULL, 0},
    };
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(argc, argv, "", longopts, reset_usage)) != -1) {
        if (c == CLI_OPT_HELP || c == CLI_OPT_BAD) return cli_opt_end(c);
        pack_path = optarg;
    }
    for (int i = optind; i < argc; i++) {
        if (key) return usage("one lesson at a time");
        key = argv[i];
    }
    if (!key) return usage("which lesson?");
    char *installed = cli_pack_path(pack_path);   /* --pack ID: an installed or bundled pack */
    if (installed) pack_path = installed;
    struct stat st;
    bool is_file = !pack_path && stat(key, &st) == 0 && S_ISREG(st.st_mode);
    char *id = NULL;   /* no pack: the bundled lesson packs', by id, name or catalogue number */
    char *def = is_file || pack_path ? NULL : pack_catalogue_find(key, &id);
    if (id) key = id;
    if (!is_file && !pack_path && !def) def = pack_default_path();
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
    free(id);
    free(installed);
    return rc;
}
