/* cli/grade.c: `gorolab grade LESSON [FILE.go...] [--format text|json|tap|junit]`:
 * run a lesson's grader on the learner's workspace copy (or the files given)
 * and print the verdict. Exit 0 pass, 1 fail (a grader error or timeout is a
 * failure with its message), 64 usage. --grader FILE.lua grades Go files
 * without a lesson; --pack DIR picks the pack (default: the bundled one). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "base/path.h"
#include "base/readfile.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "grade/lab.h"
#include "grade/report.h"
#include "lesson/catalogue.h"
#include "lesson/lesson.h"
#include "rt/explore.h"

static const char grade_usage[] =
    N_("usage: gorolab grade LESSON [FILE.go...] [--format text|json|tap|junit] [--pack DIR] [--stats] [--lang LANG]\n"
    "       gorolab grade CHALLENGE [--schedule STRING|@FILE] [--format text|json|tap|junit] [--lang LANG]\n"
    "       gorolab grade --grader FILE.lua FILE.go... [--format text|json|tap|junit] [--stats] [--lang LANG]\n"
    "Grade the learner's copy of a lesson (or the files given) with its grader:\n"
    "exit 0 pass, 1 fail.\n");

static int usage(const char *msg)
{
    return cli_usage("grade", grade_usage, "%s", msg);
}

static bool ends_with(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

/* distance is the edit distance of a and b (a typo's size), capped at 9. */
static int distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 64 || m > 64) return 9;
    int d[65][65];
    for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            int x = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            if (d[i - 1][j] + 1 < x) x = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < x) x = d[i][j - 1] + 1;
            d[i][j] = x;
        }
    return d[n][m] > 9 ? 9 : d[n][m];
}

/* nearest returns the id of p's lesson closest to key (for "did you mean"),
 * or NULL when none is close: a substring, or a typo of a third or less. */
static const char *nearest(const Pack *p, const char *key)
{
    const char *best = NULL;
    int bestd = 10;
    for (int i = 0; i < p->nlessons; i++) {
        const Lesson *l = p->lessons[i];
        const char *names[2] = {l->id, l->name};
        for (int k = 0; k < 2; k++) {
            if (!names[k] || !l->id) continue;
            int d = strstr(names[k], key) && strlen(key) >= 3 ? 1 : distance(key, names[k]);
            if (d < bestd && d <= (int)strlen(key) / 3 + 1) {
                bestd = d;
                best = l->id;
            }
        }
    }
    return best;
}

/* cli_open_lesson loads the pack holding `key` (a lesson YAML path, or an id,
 * number or file name in pack_dir / the bundled pack). */
Lesson *cli_open_lesson(const char *key, const char *pack_dir, Pack **pack, char **cause)
{
    DiagList d;
    diag_init(&d, NULL);
    struct stat st;
    bool is_file = ends_with(key, ".yaml") && stat(key, &st) == 0;
    char *dflt = is_file ? NULL : cli_pack_path(pack_dir);   /* --pack ID: an installed or bundled pack */
    if (dflt) pack_dir = dflt;
    char *id = NULL;   /* no pack: the bundled lesson packs', by id, name or catalogue number */
    if (!is_file && !pack_dir) dflt = pack_catalogue_find(key, &id);
    const char *dir = is_file ? key : pack_dir ? pack_dir : dflt ? dflt : (dflt = pack_default_path());
    *pack = pack_load(dir, &d);
    Lesson *l = NULL;
    if (*pack) l = is_file ? pack_lesson(*pack, 1) : pack_find(*pack, id ? id : key);
    free(id);
    if (!l && !is_file && !pack_dir && *pack) {
        /* not a lesson of the bundled pack: a challenge of the bundled challenges? */
        char *cdir = pack_bundled_path("challenges");
        DiagList cd;
        diag_init(&cd, NULL);
        Pack *cp = pack_load(cdir, &cd);
        diag_fini(&cd);
        free(cdir);
        Lesson *cl = cp ? pack_find(cp, key) : NULL;
        if (cl && strspn(key, "0123456789") != strlen(key)) {   /* by id or name, not by number */
            pack_free(*pack);
            *pack = cp;
            l = cl;
        } else if (cp) {
            pack_free(cp);
        }
    }
    if (!l) {
        char m[1200];
        if (!*pack) snprintf(m, sizeof m, _("cannot load the pack %s%s%s"), dir, d.len ? ": " : "",
                             d.len ? d.items[0].msg : "");
        else if (pack_dir || is_file) {
            const char *near = nearest(*pack, key);
            snprintf(m, sizeof m, _("no lesson \"%s\" in %s%s%s%s (gorolab list names them)"), key, (*pack)->dir,
                     near ? _("; did you mean ") : "", near ? near : "", near ? _("?") : "");
        } else {
            /* no pack given: the nearest id of all the bundled lesson packs */
            char *near = NULL, *where = pack_bundled_path("lessons");
            int n = 0;
            char **dirs = pack_bundled_lessons(&n);
            for (int i = 0; i < n; i++) {
                DiagList bd;
                diag_init(&bd, NULL);
                Pack *bp = near ? NULL : pack_load(dirs[i], &bd);
                const char *nb = bp ? nearest(bp, key) : NULL;
                if (nb) near = xstrdup(nb);
                pack_free(bp);
                diag_fini(&bd);
                free(dirs[i]);
            }
            free(dirs);
            snprintf(m, sizeof m, _("no lesson \"%s\" in %s%s%s%s (gorolab list names them)"), key,
                     n == 1 ? (*pack)->dir : where, near ? _("; did you mean ") : "", near ? near : "",
                     near ? _("?") : "");
            free(near);
            free(where);
        }
        *cause = xstrdup(m);
    }
    free(dflt);
    diag_fini(&d);
    return l;
}

char *cli_diags_text(DiagList *d)
{
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    diag_print(d, m);
    fclose(m);
    Buf b = BUF_INIT;
    for (const char *s = text; *s;) {
        const char *nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) : strlen(s);
        if (b.len) buf_puts(&b, "\n    ");
        buf_add(&b, s, n);
        s += n + (nl != NULL);
    }
    free(text);
    if (!b.data) buf_puts(&b, "");
    return buf_take(&b);
}

/* cli_lesson_input fills in->lesson from l (strings borrowed from l). */
void cli_lesson_input(const Lesson *l, LabInput *in)
{
    LessonText t;
    lesson_text(l, lesson_lang(NULL), &t);
    in->lesson.id = l->id;
    in->lesson.title = t.title;
    in->lesson.go = l->go;
    in->lesson.lang = t.lang;
    in->lesson.watch_channels = (const char *const *)l->watch_channels.items;
    in->lesson.watch_funcs = (const char *const *)l->watch_funcs.items;
    in->lesson.hints = (const char *const *)t.hints->items;
    in->lesson.mode = l->mode == LESSON_SCHEDULE ? "schedule" : "edit";
    in->lesson.memory = l->mem_points;
}

char *cli_read_schedule(const char *arg, char **cause)
{
    *cause = NULL;
    char *s = NULL;
    if (arg[0] == '@') {
        size_t n = 0;
        s = lab_read_text(arg + 1, &n);
        if (!s) {
            char m[1200];
            snprintf(m, sizeof m, "cannot read the schedule file %s", arg + 1);
            *cause = xstrdup(m);
            return NULL;
        }
        while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' ')) s[--n] = 0;
    } else {
        s = xstrdup(arg);
    }
    ScheduleCtl *c = schedctl_new(SCHED_REPLAY, 1);
    const char *why = NULL;
    if (!schedctl_parse(c, s, &why)) {
        char m[1200];
        snprintf(m, sizeof m, "%s: %s", arg, why);
        *cause = xstrdup(m);
        free(s);
        s = NULL;
    }
    schedctl_free(c);
    return s;
}

int cli_grade(int argc, char **argv)
{
    ReportFormat fmt = REPORT_TEXT;
    const char *grader = NULL, *lesson_key = NULL, *pack_dir = NULL, *sched_arg = NULL;
    const char **gofiles = xcalloc((size_t)argc + 1, sizeof *gofiles);
    int ngo = 0;
    bool stats = false;
    enum { O_FORMAT = 256, O_GRADER, O_PACK, O_STATS, O_SCHEDULE, O_LANG };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, O_FORMAT},
        {"grader", required_argument, NULL, O_GRADER},
        {"pack", required_argument, NULL, O_PACK},
        {"stats", no_argument, NULL, O_STATS},
        {"schedule", required_argument, NULL, O_SCHEDULE},
        {"lang", required_argument, NULL, O_LANG},   /* main's i18n_init has taken it */
        {NULL, 0, NULL, 0},
    };
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(argc, argv, "", longopts, grade_usage)) != -1) {
        switch (c) {
        case CLI_OPT_HELP:
        case CLI_OPT_BAD: free(gofiles); return cli_opt_end(c);
        case O_GRADER: grader = optarg; break;
        case O_PACK: pack_dir = optarg; break;
        case O_SCHEDULE: sched_arg = optarg; break;   /* a challenge's schedule */
        case O_STATS: stats = true; break;
        case O_LANG: break;
        case O_FORMAT:
            if (!report_parse_format(optarg, &fmt)) {
                free(gofiles);
                return usage("--format wants text, json, tap or junit");
            }
            break;
        }
    }
    for (int i = optind; i < argc; i++) {
        const char *a = argv[i];
        if (ends_with(a, ".go")) gofiles[ngo++] = a;
        else if (!lesson_key) lesson_key = a;
        else { free(gofiles); return usage("give one lesson"); }
    }
    if (!lesson_key && !grader) { free(gofiles); return usage("no lesson given"); }
    if (!lesson_key && ngo == 0) { free(gofiles); return usage("no .go files given"); }

    LabInput in;
    memset(&in, 0, sizeof in);
    Pack *pack = NULL;
    Workspace *ws = NULL;
    const char **paths = NULL;
    char *cause = NULL, *gtext = NULL;
    int status = 1, npaths = 0;
    LabFiles lf = {0};
    char *sched = NULL;
    const Lesson *world_of = NULL;   /* paths is this lesson's program: its world is sealed */
    if (lesson_key) {
        Lesson *l = cli_open_lesson(lesson_key, pack_dir, &pack, &cause);
        if (!l) {
            fprintf(stderr, "gorolab grade: %s\n", cause);
            status = EXIT_USAGE;   /* a lesson that does not exist is a usage error */
            goto out;
        }
        if (l->broken) {
            char *t = cli_diags_text(&l->diags);
            Buf m = BUF_INIT;
            buf_printf(&m, "the lesson is broken: %s", *t ? t : "(see gorolab check)");
            free(t);
            cause = buf_take(&m);
            goto fail;
        }
        cli_lesson_input(l, &in);
        if (!grader) grader = l->grader_abs;
        if (l->mode == LESSON_SCHEDULE) {
            /* a challenge: the program as it is, the learner's schedule */
            if (sched_arg) {
                sched = cli_read_schedule(sched_arg, &cause);
                if (!sched) {
                    fprintf(stderr, "gorolab grade: %s\n", cause);
                    status = EXIT_USAGE;
                    goto out;
                }
            } else {
                sched = ws_read_schedule(l);
                if (!sched) sched = xstrdup("v2-1-");   /* nothing picked yet: the calm schedule */
                ws = ws_open(l, &cause);
                if (!ws) goto fail;
            }
            in.schedule = sched;
            paths = lesson_program(l, NULL, false, &npaths);
        } else if (sched_arg) {
            free(gofiles);
            free(cause);
            if (pack) pack_free(pack);
            return usage("--schedule is for a challenge (a lesson with mode: schedule)");
        } else if (ngo > 0 && ngo == l->edit.len) {
            paths = lesson_program(l, gofiles, false, &npaths);
            world_of = l;
        } else if (ngo > 0) {
            /* the world comes from the lesson: a fix given with a world of its
             * own would be graded on that world, and could pass by it */
            Buf m = BUF_INIT;
            buf_printf(&m, "lesson %s grades %d file%s, the learner's (", l->id, l->edit.len, l->edit.len == 1 ? "" : "s");
            for (int i = 0; i < l->edit.len; i++) buf_printf(&m, "%s%s", i ? ", " : "", path_base(l->edit.items[i]));
            buf_printf(&m, "); %d given: give only those, the world's files come from the lesson", ngo);
            free(gofiles);
            free(cause);
            int st = usage(buf_str(&m));
            if (pack) pack_free(pack);
            buf_fini(&m);
            return st;
        } else {
            ws = ws_open(l, &cause);
            if (!ws) goto fail;
            paths = lesson_program(l, (const char *const *)ws->paths.items, false, &npaths);
            world_of = l;
        }
    } else {
        paths = xcalloc((size_t)ngo + 1, sizeof *paths);
        memcpy(paths, gofiles, sizeof *paths * (size_t)ngo);
        npaths = ngo;
    }
    if (!grader) {
        cause = xstrdup("the lesson has no grader");
        goto fail;
    }
    size_t glen = 0;
    gtext = lab_read_text(grader, &glen);
    if (!gtext) {
        char m[1200];
        snprintf(m, sizeof m, _("cannot read the grader %s: %s"), *grader ? grader : "\"\"", read_file_error(errno));
        cause = xstrdup(m);
        goto fail;
    }
    if (!lab_files_read(&lf, paths, npaths, &cause)) goto fail;
    lab_files_seal(&lf, world_of);
    in.files = lf.files;
    in.nfiles = lf.n;
    const char *gname = strrchr(grader, '/');
    in.grader_name = gname ? gname + 1 : grader;
    in.grader_text = gtext;
    in.grader_len = glen;
    GradeResult r;
    lab_limits_env(&in.limits);
    bool passed = lab_grade_bounded(&in, &r);
    if (r.replay.schedule && strlen(r.replay.schedule) > CLI_SCHEDULE_INLINE) {
        char *file = cli_schedule_file(r.replay.schedule);   /* too long to quote */
        if (file) {
            free(r.replay_cmd);
            r.replay_cmd = grade_replay_command(in.files, in.nfiles, &r.replay, file);
            free(file);
        }
    }
    if (lesson_key && pack && in.lesson.id) {
        /* the next hint is the first one the learner has not seen yet */
        char *warning = NULL;
        Progress *pg = prog_open(NULL, &warning);
        ProgEntry e;
        prog_get(pg, pack->progress_id, in.lesson.id, &e);
        int nh = 0;
        while (in.lesson.hints && in.lesson.hints[nh]) nh++;
        int seen = e.hints < 0 ? 0 : e.hints > nh ? nh : e.hints;
        r.hints_left = nh - seen;
        r.hint = seen < nh ? in.lesson.hints[seen] : NULL;
        if (ws) {
            /* the learner's own copy: record the pass, or the attempt and the hint shown */
            if (passed) e.status = PROG_DONE;
            else if (e.status == PROG_NEW) e.status = PROG_STARTED;
            if (!passed && r.hint && fmt == REPORT_TEXT) e.hints = seen + 1;
            prog_set(pg, pack->progress_id, in.lesson.id, &e);
            char *why = NULL;
            if (!prog_save(pg, &why)) fprintf(stderr, _("gorolab grade: could not save progress: %s\n"), why ? why : "?");
            free(why);
        }
        prog_free(pg);
        if (warning) fprintf(stderr, "%s\n", warning);
        free(warning);
    }
    if (stats)
        fprintf(stderr, _("gorolab: graded in %.3f s: %lld runs, %lld of them explored schedules (%.0f schedules/s of CPU)\n"),
                r.seconds, r.runs, r.explored, r.explore_cpu > 0 ? (double)r.explored / r.explore_cpu : 0.0);
    if (!report_write(stdout, fmt, &r)) status = 1;
    else status = passed ? 0 : 1;
    grade_result_fini(&r);
    compile_fini();
    goto out;
fail:
    fprintf(stderr, "gorolab grade: %s\n", cause ? cause : _("failed"));
    status = 1;
out:
    free(cause);
    free(sched);
    free(gtext);
    lab_files_free(&lf);
    free(paths);
    if (ws) ws_free(ws);
    if (pack) pack_free(pack);
    free(gofiles);
    return status;
}
