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
#include "grade/lab.h"
#include "lang/compile.h"
#include "lesson/lesson.h"

static int usage(const char *msg)
{
    if (msg) fprintf(stderr, "gorolab check: %s\n", msg);
    fputs("usage: gorolab check [PACK|LESSON...] [--pack DIR] [--verbose]\n", stderr);
    return EXIT_USAGE;
}

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
static GradeVerdict grade_sched(const Lesson *l, const char *gtext, size_t glen,
                                const char *const *paths, int n, const char *sched, char **msg)
{
    LabInput in;
    memset(&in, 0, sizeof in);
    cli_lesson_input(l, &in);
    in.schedule = sched;
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

static GradeVerdict grade_paths(const Lesson *l, const char *gtext, size_t glen,
                                const char *const *paths, int n, char **msg)
{
    return grade_sched(l, gtext, glen, paths, n, NULL, msg);
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

/* check_challenge checks a lesson with mode: schedule: the program
 * compiles, the calm schedule (nothing picked) fails its grader, the
 * solution schedule passes it, and every tests/SLUG/wrong-*.sched fails and
 * right-*.sched passes. */
static char *check_challenge(const Lesson *l, Buf *what)
{
    char m[2048];
    size_t glen = 0;
    char *gtext = lab_read_text(l->grader_abs, &glen);
    if (!gtext) {
        snprintf(m, sizeof m, "cannot read the grader %s", l->grader_abs ? l->grader_abs : "(none)");
        return xstrdup(m);
    }
    char *err = NULL, *msg = NULL, *sol = NULL;
    int n = 0;
    const char **prog = lesson_program(l, NULL, false, &n);
    if ((msg = compiles(prog, n))) {
        snprintf(m, sizeof m, "the program does not compile: %s", msg);
        goto bad;
    }
    snprintf(m, sizeof m, "@%s", l->solution_abs.items[0]);
    sol = cli_read_schedule(m, &msg);
    if (!sol) {
        snprintf(m, sizeof m, "the solution schedule: %s", msg);
        goto bad;
    }
    GradeVerdict v = grade_sched(l, gtext, glen, prog, n, "v2-1-", &msg);
    if (v != GRADE_FAIL) {
        snprintf(m, sizeof m, v == GRADE_PASS ? "the calm schedule (nothing picked) passes its grader (it must fail)"
                                              : "the grader breaks on the calm schedule: %s", msg);
        goto bad;
    }
    free(msg);
    v = grade_sched(l, gtext, glen, prog, n, sol, &msg);
    if (v != GRADE_PASS) {
        snprintf(m, sizeof m, "the solution schedule does not pass its grader: %s", msg);
        goto bad;
    }
    free(msg);
    msg = NULL;
    buf_puts(what, "calm schedule fails, solution passes");
    char *dir = tests_dir(l);
    if (dir) {
        DIR *dd = opendir(dir);
        char **names = NULL;
        int nn = 0;
        struct dirent *de;
        while (dd && (de = readdir(dd))) {
            if (has_prefix_suffix(de->d_name, "wrong-", ".sched") || has_prefix_suffix(de->d_name, "right-", ".sched")) {
                names = xrealloc(names, sizeof *names * (size_t)(nn + 1));
                names[nn++] = xstrdup(de->d_name);
            }
        }
        if (dd) closedir(dd);
        qsort(names, (size_t)nn, sizeof *names, cmpstr);
        int nwrong = 0, nright = 0;
        for (int i = 0; i < nn && !err; i++) {
            char path[4096];
            snprintf(path, sizeof path, "@%s/%s", dir, names[i]);
            char *sc = cli_read_schedule(path, &msg);
            bool wrong = names[i][0] == 'w';
            if (!sc) {
                snprintf(m, sizeof m, "%s: %s", names[i], msg);
                err = xstrdup(m);
            } else {
                v = grade_sched(l, gtext, glen, prog, n, sc, &msg);
                if (wrong && v != GRADE_FAIL) {
                    snprintf(m, sizeof m, "%s %s", names[i],
                             v == GRADE_PASS ? "passes its grader (it must fail)" : "breaks the grader: ");
                    if (v == GRADE_ERROR) strncat(m, msg, sizeof m - strlen(m) - 1);
                    err = xstrdup(m);
                } else if (!wrong && v != GRADE_PASS) {
                    snprintf(m, sizeof m, "%s does not pass its grader: %s", names[i], msg);
                    err = xstrdup(m);
                }
            }
            if (wrong) nwrong++;
            else nright++;
            free(sc);
            free(msg);
            msg = NULL;
        }
        for (int i = 0; i < nn; i++) free(names[i]);
        free(names);
        free(dir);
        buf_printf(what, ", %d wrong fail, %d right pass", nwrong, nright);
    }
    free(sol);
    free(prog);
    free(gtext);
    return err;
bad:
    free(msg);
    free(sol);
    free(prog);
    free(gtext);
    return xstrdup(m);
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
    if (l->mode == LESSON_SCHEDULE) return check_challenge(l, what);
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
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--pack") == 0) {
            if (i + 1 >= argc) { free(keys); return usage("missing value after --pack"); }
            pack_dir = argv[++i];
        } else if (strcmp(argv[i], "--verbose") == 0 || strcmp(argv[i], "-v") == 0) {
            verbose = true;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            free(keys);
            return usage("unknown option");
        } else {
            keys[nkeys++] = argv[i];
        }
    }
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
