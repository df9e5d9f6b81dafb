/* cli/check.c: `gorolab check [PACK|LESSON...]`: validate lessons the way a
 * pack author needs before shipping: the YAML is valid, hints are present,
 * every scenario (starter and solution) compiles, the starter FAILS its
 * grader, the solution PASSES it, and every PACK/tests/SLUG/wrong-*.go
 * fails and right-*.go passes (each replaces the lesson's first editable
 * file). One line per lesson, then a summary; exit 0 only if all pass.
 * Every diagnostic (the YAML's, the compiler's) is printed, once, as
 * file:line:col: message, paths relative to the current folder; --verbose
 * adds a line for every file graded with what its grader said. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "base/readfile.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "grade/lab.h"
#include "lang/compile.h"
#include "lesson/catalogue.h"
#include "lesson/lesson.h"

static const char check_usage[] =
    N_("usage: gorolab check [PACK|LESSON...] [--pack DIR] [--verbose]\n"
    "Validate lessons: the YAML, the scenario compiles, the starter fails its grader,\n"
    "the solution and PACK/tests/SLUG/right-*.go pass it, wrong-*.go fail it.\n");

/* relpaths rewrites, in text, every path under the current folder as a
 * relative one; new string. */
static char *relpaths(const char *text)
{
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd - 1)) return xstrdup(text);
    strcat(cwd, "/");
    size_t n = strlen(cwd);
    Buf b = BUF_INIT;
    while (*text) {
        if (strncmp(text, cwd, n) == 0) text += n;
        else buf_add(&b, text++, 1);
    }
    char *r = xstrdup(buf_str(&b));
    buf_fini(&b);
    return r;
}

/* diags_text is every diagnostic of d, one per line (no final newline),
 * paths relative; new string. */
static char *diags_text(DiagList *d)
{
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    diag_print(d, m);
    fclose(m);
    while (len && text[len - 1] == '\n') text[--len] = 0;
    char *r = relpaths(text);
    free(text);
    return r;
}

/* compiles returns NULL when paths compile, else a new message: every error. */
static char *compiles(const Lesson *l, const char *const *paths, int n)
{
    LabFiles lf = {0};
    char *cause = NULL;
    if (!lab_files_read(&lf, paths, n, &cause)) {
        lab_files_free(&lf);
        return cause;
    }
    lab_files_seal(&lf, l);
    DiagList d;
    diag_init(&d, NULL);
    CompileOptions co = {0};
    Program *p = compile_program(lf.files, lf.n, &co, &d);
    if (p) program_free(p);
    else cause = diags_text(&d);
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
    lab_files_seal(&lf, l);
    in.files = lf.files;
    in.nfiles = lf.n;
    in.grader_name = l->grader;
    in.grader_text = gtext;
    in.grader_len = glen;
    GradeResult r;
    lab_limits_env(&in.limits);
    lab_grade_bounded(&in, &r);
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

/* fixture_names lists dir's wrong-*EXT and right-*EXT files, sorted; *n of
 * them (NULL and 0 when there are none or dir cannot be read). */
static char **fixture_names(const char *dir, const char *ext, int *n)
{
    DIR *dd = opendir(dir);
    char **names = NULL;
    int nn = 0;
    struct dirent *de;
    while (dd && (de = readdir(dd))) {
        if (has_prefix_suffix(de->d_name, "wrong-", ext) || has_prefix_suffix(de->d_name, "right-", ext)) {
            names = xrealloc(names, sizeof *names * (size_t)(nn + 1));
            names[nn++] = xstrdup(de->d_name);
        }
    }
    if (dd) closedir(dd);
    if (nn > 1) qsort(names, (size_t)nn, sizeof *names, cmpstr);
    *n = nn;
    return names;
}

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

/* With --verbose, what each file's grading said, printed after the lesson's line. */
static bool verbose_check;
static Buf details = BUF_INIT;

static void detail(const char *what, GradeVerdict v, const char *msg)
{
    if (!verbose_check) return;
    const char *nl = msg ? strchr(msg, '\n') : NULL;
    int len = msg ? (nl ? (int)(nl - msg) : (int)strlen(msg)) : 0;
    buf_printf(&details, "    %s: %s%s%.*s%s\n", what, grade_verdict_name(v), len ? ": " : "", len, msg ? msg : "",
               nl ? " ..." : "");
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
    if ((msg = compiles(l, prog, n))) {
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
        int nn = 0;
        char **names = fixture_names(dir, ".sched", &nn);
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
        DiagList copy = l->diags;   /* diag_print sorts in place: a shallow copy is enough */
        char *t = diags_text(&copy);
        Buf b = BUF_INIT;
        buf_printf(&b, _("the lesson does not load:\n%s"), t);
        free(t);
        return buf_take(&b);
    }
    if (l->go) {   /* a version gorolab models (cli/opts.h), as --go asks */
        int minor = cli_parse_go(l->go);
        if (minor < GO_MINOR_MIN || minor > GO_MINOR_MAX) {
            unsigned line = 0, col = 0;
            FILE *f = fopen(l->path, "r");
            char buf[1024];
            for (unsigned k = 1; f && fgets(buf, sizeof buf, f); k++)
                if (strncmp(buf, "go:", 3) == 0) {
                    line = k;
                    col = 4 + (unsigned)strspn(buf + 3, " ");
                    break;
                }
            if (f) fclose(f);
            char *rel = relpaths(l->path);
            snprintf(m, sizeof m, _("go: \"%s\" is not a version gorolab models:\n%s:%u:%u: go must be 1.%d to 1.%d"),
                     l->go, rel, line, col, GO_MINOR_MIN, GO_MINOR_MAX);
            free(rel);
            return xstrdup(m);
        }
    }
    if (l->hints.len == 0) return xstrdup("no hints");
    if (l->mode == LESSON_SCHEDULE) return check_challenge(l, what);
    if (l->edit.len == 0) return xstrdup(_("no editable file (scenario.edit)"));
    if (l->solution.len != l->edit.len) return xstrdup(_("scenario.solution must list one file per scenario.edit file"));
    size_t glen = 0;
    char *gtext = lab_read_text(l->grader_abs, &glen);
    if (!gtext) {
        snprintf(m, sizeof m, _("cannot read the grader %s: %s"), l->grader_abs ? l->grader_abs : _("(none)"),
                 read_file_error(errno));
        return xstrdup(m);
    }
    char *err = NULL, *msg = NULL, *msg2 = NULL;
    int n = 0;
    const char **starter = lesson_program(l, NULL, false, &n);
    int ns = 0;
    const char **solution = lesson_program(l, NULL, true, &ns);
    if ((msg = compiles(l, starter, n)) || (msg2 = compiles(l, solution, ns))) {
        Buf b = BUF_INIT;
        buf_printf(&b, msg ? _("the starter does not compile:\n%s") : _("the solution does not compile:\n%s"), msg ? msg : msg2);
        free(msg2);
        free(msg);
        msg = NULL;
        err = buf_take(&b);
        goto bad;
    }
    GradeVerdict v = grade_paths(l, gtext, glen, starter, n, &msg);
    detail("starter", v, msg);
    if (v != GRADE_FAIL) {
        snprintf(m, sizeof m, v == GRADE_PASS ? _("the starter passes its grader (it must fail)")
                                              : _("the grader breaks on the starter: %s"), msg);
        goto bad;
    }
    free(msg);
    v = grade_paths(l, gtext, glen, solution, ns, &msg);
    detail("solution", v, msg);
    if (v != GRADE_PASS) {
        snprintf(m, sizeof m, _("the solution does not pass its grader: %s"), msg);
        goto bad;
    }
    free(msg);
    msg = NULL;
    buf_puts(what, _("starter fails, solution passes"));
    char *dir = tests_dir(l);
    if (dir) {
        int nn = 0;
        char **names = fixture_names(dir, ".go", &nn);
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
            detail(names[i], v, msg);
            if (wrong && v != GRADE_FAIL) {
                snprintf(m, sizeof m, "%s %s", names[i],
                         v == GRADE_PASS ? _("passes its grader (it must fail)") : _("breaks the grader: "));
                if (v == GRADE_ERROR) strncat(m, msg, sizeof m - strlen(m) - 1);
                err = xstrdup(m);
            } else if (!wrong && v != GRADE_PASS) {
                snprintf(m, sizeof m, _("%s does not pass its grader: %s"), names[i], msg);
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
        buf_printf(what, _(", %d wrong fail, %d right pass"), nwrong, nright);
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
    return err ? err : xstrdup(m);
}

/* same_diag tells whether x is one of l's own diagnostics. */
static bool lesson_has(const Lesson *l, const Diag *x)
{
    for (int i = 0; i < l->diags.len; i++) {
        const Diag *y = &l->diags.items[i];
        if (y->pos.file == x->pos.file && y->pos.line == x->pos.line && y->pos.col == x->pos.col &&
            strcmp(y->msg, x->msg) == 0)
            return true;
    }
    return false;
}

/* print_failure prints "FAIL name: message", the message's further lines
 * (diagnostics) as they are. */
static void print_failure(const char *name, const char *msg)
{
    printf("FAIL %s: %s\n", name, msg);
}

static int bad_packs;   /* packs whose pack.yaml has problems */

/* check_key checks one PACK folder or LESSON (pack_dir: where a lesson is
 * looked up); adds to *total and *failed. */
static void check_key(const char *key, const char *pack_dir, int *total, int *failed)
{
    struct stat st;
    Pack *pack = NULL;
    Lesson *only = NULL;
    char *installed = NULL;
    if (stat(key, &st) != 0 && (installed = cli_pack_path(key))) key = installed;
    if (stat(key, &st) == 0) {
        DiagList d;
        diag_init(&d, NULL);
        pack = pack_load(key, &d);
        if (!pack) {
            char *t = diags_text(&d);
            Buf b = BUF_INIT;
            buf_printf(&b, _("the pack does not load:\n%s"), t);
            print_failure(key, buf_str(&b));
            buf_fini(&b);
            free(t);
            (*failed)++;
            (*total)++;
            diag_fini(&d);
            free(installed);
            return;
        }
        /* the pack's own problems (pack.yaml's): the lessons' are printed with them */
        DiagList own;
        diag_init(&own, d.files);
        for (int i = 0; i < d.len; i++) {
            bool mine = false;
            for (int k = 0; k < pack->nlessons && !mine; k++) mine = lesson_has(pack->lessons[k], &d.items[i]);
            if (!mine) diag_add(&own, d.items[i].pos, "%s", d.items[i].msg);
        }
        if (own.len) {
            char *t = diags_text(&own);
            Buf b = BUF_INIT;
            buf_printf(&b, _("the pack has problems:\n%s"), t);
            print_failure(key, buf_str(&b));
            buf_fini(&b);
            free(t);
            bad_packs++;
        }
        diag_fini(&own);
        diag_fini(&d);
    } else {
        char *cause = NULL;
        only = cli_open_lesson(key, pack_dir, &pack, &cause);
        if (!only) {
            print_failure(key, cause);
            free(cause);
            if (pack) pack_free(pack);
            (*failed)++;
            (*total)++;
            return;
        }
    }
    for (int i = 0; i < pack->nlessons; i++) {
        Lesson *l = pack->lessons[i];
        if (only && l != only) continue;
        Buf what = BUF_INIT;
        buf_reset(&details);
        char *err = check_lesson(l, &what);
        const char *name = l->id ? l->id : l->name;
        (*total)++;
        if (err) {
            (*failed)++;
            print_failure(name, err);
        } else {
            printf("ok   %s (%s)\n", name, buf_str(&what));
        }
        fputs(buf_str(&details), stdout);
        free(err);
        buf_fini(&what);
        fflush(stdout);
    }
    pack_free(pack);
    free(installed);
}

int cli_check_pack(const char *dir, bool verbose, int *total)
{
    int failed = 0;
    *total = 0;
    verbose_check = verbose;
    bad_packs = 0;
    check_key(dir, NULL, total, &failed);
    compile_fini();
    buf_fini(&details);
    return failed + bad_packs;
}

int cli_check(int argc, char **argv)
{
    const char *pack_dir = NULL;
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
        case 'v': verbose_check = true; break;
        }
    }
    for (int i = optind; i < argc; i++) keys[nkeys++] = argv[i];
    char *installed = pack_dir ? cli_pack_path(pack_dir) : NULL;
    if (installed) pack_dir = installed;
    int nb = 0;
    char **bundled = NULL;   /* no key: every bundled lesson pack */
    if (nkeys == 0 && pack_dir) keys[nkeys++] = pack_dir;
    if (nkeys == 0) bundled = pack_bundled_lessons(&nb);
    int total = 0, failed = 0;
    for (int k = 0; k < nb; k++) check_key(bundled[k], NULL, &total, &failed);
    for (int k = 0; k < nkeys; k++) {
        /* a folder of packs (the bundled lessons/): each pack in it */
        int np = 0;
        char **packs = pack_folder_packs(keys[k], &np);
        for (int i = 0; i < np; i++) check_key(packs[i], pack_dir, &total, &failed);
        if (!packs) check_key(keys[k], pack_dir, &total, &failed);
        for (int i = 0; i < np; i++) free(packs[i]);
        free(packs);
    }
    for (int k = 0; k < nb; k++) free(bundled[k]);
    free(bundled);
    compile_fini();
    buf_fini(&details);
    printf(ngettext("check: %d lesson, %d ok, %d failed", "check: %d lessons, %d ok, %d failed", total), total,
           total - failed, failed);
    if (bad_packs) printf(ngettext("; %d pack with problems", "; %d packs with problems", bad_packs), bad_packs);
    putchar('\n');
    free(installed);
    free(keys);
    return failed || bad_packs || total == 0 ? 1 : 0;
}
