/* cli/check.c: `gorolab check [PACK|LESSON...]`: validate lessons the way a
 * pack author needs before shipping: the YAML is valid, hints are present,
 * every scenario (starter and solution) compiles, the starter FAILS its
 * grader, the solution PASSES it, and every PACK/tests/SLUG/wrong-*.go
 * fails and right-*.go passes (each replaces the lesson's first editable
 * file). One line per lesson, then a summary; exit 0 only if all pass. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "grade/lab.h"
#include "lang/compile.h"
#include "lesson/lesson.h"

static const char check_usage[] =
    "usage: gorolab check [PACK|LESSON...] [--pack DIR] [--verbose]\n"
    "Validate lessons: the YAML, the scenario compiles, the starter fails its grader,\n"
    "the solution and PACK/tests/SLUG/right-*.go pass it, wrong-*.go fail it.\n";

/* compiles returns NULL when paths compile, else a new message (the first error). */
static char *compiles(const char *const *paths, int n)
{
    LabFiles lf = {0};
    char *cause = NULL;
    if (!lab_files_read(&lf, paths, n, &cause)) {
        lab_files_free(&lf);
        return cause;
    }
    DiagList d;
    diag_init(&d, NULL);
    CompileOptions co = {0};
    Program *p = compile_program(lf.files, lf.n, &co, &d);
    if (p) {
        program_free(p);
    } else {
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        diag_print(&d, m);
        fclose(m);
        char *nl = strchr(text, '\n');
        if (nl) *nl = 0;
        cause = text;
    }
    diag_fini(&d);
    lab_files_free(&lf);
    return cause;
}

/* grade_paths grades paths with l's grader: GRADE_* and, for a failure or an
 * error, *msg (new string). */
static GradeVerdict grade_paths(const Lesson *l, const char *gtext, size_t glen,
                                const char *const *paths, int n, char **msg)
{
    LabInput in;
    memset(&in, 0, sizeof in);
    cli_lesson_input(l, &in);
    LabFiles lf = {0};
    *msg = NULL;
    if (!lab_files_read(&lf, paths, n, msg)) {
        lab_files_free(&lf);
        return GRADE_ERROR;
    }
    in.files = lf.files;
    in.nfiles = lf.n;
    in.grader_name = l->grader;
    in.grader_text = gtext;
    in.grader_len = glen;
    GradeResult r;
    lab_grade(&in, &r);
    GradeVerdict v = r.verdict;
    *msg = xstrdup(r.message ? r.message : "");
    grade_result_fini(&r);
    lab_files_free(&lf);
    return v;
}

static bool has_prefix_suffix(const char *s, const char *pre, const char *suf)
{
    size_t n = strlen(s), a = strlen(pre), b = strlen(suf);
    return n > a + b && strncmp(s, pre, a) == 0 && strcmp(s + n - b, suf) == 0;
}

static int cmpstr(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* tests_dir finds the pack's own tests for l: PACK/tests/SLUG. */
static char *tests_dir(const Lesson *l)
{
    const char *slugs[2] = {l->id, l->name};
    for (int k = 0; k < 2; k++) {
        if (!slugs[k]) continue;
        char slug[512];
        snprintf(slug, sizeof slug, "%s", slugs[k]);
        size_t sl = strlen(slug);
        if (sl > 5 && strcmp(slug + sl - 5, ".yaml") == 0) slug[sl - 5] = 0;
        char path[4096];
        snprintf(path, sizeof path, "%s/tests/%s", l->pack->dir, slug);
        struct stat st;
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) return realpath(path, NULL);
    }
    return NULL;
}

/* check_lesson returns NULL when l is fine, else a new message; *what gets a
 * summary of what was checked. */
static char *check_lesson(const Lesson *l, Buf *what)
{
    char m[2048];
    if (l->broken) {
        snprintf(m, sizeof m, "invalid lesson: %s", l->diags.len ? l->diags.items[0].msg : "broken");
        return xstrdup(m);
    }
    if (l->hints.len == 0) return xstrdup("no hints");
    if (l->edit.len == 0) return xstrdup("no editable file (scenario.edit)");
    if (l->solution.len != l->edit.len) return xstrdup("scenario.solution must list one file per scenario.edit file");
    size_t glen = 0;
    char *gtext = lab_read_text(l->grader_abs, &glen);
    if (!gtext) {
        snprintf(m, sizeof m, "cannot read the grader %s", l->grader_abs ? l->grader_abs : "(none)");
        return xstrdup(m);
    }
    char *err = NULL, *msg = NULL;
    int n = 0;
    const char **starter = lesson_program(l, NULL, false, &n);
    int ns = 0;
    const char **solution = lesson_program(l, NULL, true, &ns);
    if ((msg = compiles(starter, n))) {
        snprintf(m, sizeof m, "the starter does not compile: %s", msg);
        goto bad;
    }
    if ((msg = compiles(solution, ns))) {
        snprintf(m, sizeof m, "the solution does not compile: %s", msg);
        goto bad;
    }
    GradeVerdict v = grade_paths(l, gtext, glen, starter, n, &msg);
    if (v != GRADE_FAIL) {
        snprintf(m, sizeof m, v == GRADE_PASS ? "the starter passes its grader (it must fail)"
                                              : "the grader breaks on the starter: %s", msg);
        goto bad;
    }
    free(msg);
    v = grade_paths(l, gtext, glen, solution, ns, &msg);
    if (v != GRADE_PASS) {
        snprintf(m, sizeof m, "the solution does not pass its grader: %s", msg);
        goto bad;
    }
    free(msg);
    msg = NULL;
    buf_puts(what, "starter fails, solution passes");
    char *dir = tests_dir(l);
    if (dir) {
        DIR *dd = opendir(dir);
        char **names = NULL;
        int nn = 0;
        struct dirent *de;
        while (dd && (de = readdir(dd))) {
            if (has_prefix_suffix(de->d_name, "wrong-", ".go") || has_prefix_suffix(de->d_name, "right-", ".go")) {
                names = xrealloc(names, sizeof *names * (size_t)(nn + 1));
                names[nn++] = xstrdup(de->d_name);
            }
        }
        if (dd) closedir(dd);
        qsort(names, (size_t)nn, sizeof *names, cmpstr);
        int nwrong = 0, nright = 0;
        for (int i = 0; i < nn && !err; i++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            const char **edits = xcalloc((size_t)l->edit.len + 1, sizeof *edits);
            edits[0] = path;
            for (int k = 1; k < l->edit.len; k++) edits[k] = l->edit_abs.items[k];
            int np = 0;
            const char **paths = lesson_program(l, edits, false, &np);
            bool wrong = names[i][0] == 'w';
            v = grade_paths(l, gtext, glen, paths, np, &msg);
            if (wrong && v != GRADE_FAIL) {
                snprintf(m, sizeof m, "%s %s", names[i],
                         v == GRADE_PASS ? "passes its grader (it must fail)" : "breaks the grader: ");
                if (v == GRADE_ERROR) strncat(m, msg, sizeof m - strlen(m) - 1);
                err = xstrdup(m);
            } else if (!wrong && v != GRADE_PASS) {
                snprintf(m, sizeof m, "%s does not pass its grader: %s", names[i], msg);
                err = xstrdup(m);
            }
            if (wrong) nwrong++;
            else nright++;
            free(msg);
            msg = NULL;
            free(paths);
            free(edits);
        }
        for (int i = 0; i < nn; i++) free(names[i]);
        free(names);
        free(dir);
        buf_printf(what, ", %d wrong fail, %d right pass", nwrong, nright);
    }
    free(starter);
    free(solution);
    free(gtext);
    return err;
bad:
    free(msg);
    free(starter);
    free(solution);
    free(gtext);
    return xstrdup(m);
}

int cli_check(int argc, char **argv)
{
    const char *pack_dir = NULL;
    bool verbose = false;
    const char **keys = xcalloc((size_t)argc + 1, sizeof *keys);
    int nkeys = 0;
    static const struct option longopts[] = {
        {"pack", required_argument, NULL, 'p'},
        {"verbose", no_argument, NULL, 'v'},
        {NULL, 0, NULL, 0},
    };
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(argc, argv, "v", longopts, check_usage)) != -1) {
        switch (c) {
        case CLI_OPT_HELP:
        case CLI_OPT_BAD: free(keys); return cli_opt_end(c);
        case 'p': pack_dir = optarg; break;
        case 'v': verbose = true; break;
        }
    }
    for (int i = optind; i < argc; i++) keys[nkeys++] = argv[i];
    char *dflt = NULL;
    if (nkeys == 0) keys[nkeys++] = pack_dir ? pack_dir : (dflt = pack_default_path());
    int total = 0, failed = 0;
    for (int k = 0; k < nkeys; k++) {
        const char *key = keys[k];
        struct stat st;
        Pack *pack = NULL;
        Lesson *only = NULL;
        if (stat(key, &st) == 0) {
            DiagList d;
            diag_init(&d, NULL);
            pack = pack_load(key, &d);
            if (!pack) {
                printf("FAIL %s: cannot load: %s\n", key, d.len ? d.items[0].msg : "?");
                failed++;
                total++;
                diag_fini(&d);
                continue;
            }
            if (verbose && d.len) diag_print(&d, stderr);
            diag_fini(&d);
        } else {
            char *cause = NULL;
            only = cli_open_lesson(key, pack_dir, &pack, &cause);
            if (!only) {
                printf("FAIL %s: %s\n", key, cause);
                free(cause);
                if (pack) pack_free(pack);
                failed++;
                total++;
                continue;
            }
        }
        for (int i = 0; i < pack->nlessons; i++) {
            Lesson *l = pack->lessons[i];
            if (only && l != only) continue;
            Buf what = BUF_INIT;
            char *err = check_lesson(l, &what);
            const char *name = l->id ? l->id : l->name;
            total++;
            if (err) {
                failed++;
                printf("FAIL %s: %s\n", name, err);
                if (verbose && l->broken) diag_print(&l->diags, stdout);
            } else {
                printf("ok   %s (%s)\n", name, buf_str(&what));
            }
            free(err);
            buf_fini(&what);
            fflush(stdout);
        }
        pack_free(pack);
    }
    compile_fini();
    printf("check: %d lesson%s, %d ok, %d failed\n", total, total == 1 ? "" : "s", total - failed, failed);
    free(dflt);
    free(keys);
    return failed || total == 0 ? 1 : 0;
}
