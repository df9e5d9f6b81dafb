/* cli/explore.c: `gorolab explore`: run a Go program under many schedules
 * (seeded random, PCT, or every schedule with at most K preemptions) and
 * report the first failing one with a schedule string that replays it
 * (`gorolab run FILE.go --schedule STRING`). The program is compiled once
 * and run in-process, a fresh VM per schedule, its output captured.
 *
 * A run fails on a panic, a fatal error (deadlock included), a gorolab
 * limit, a goroutine leak report, a data race report, or output (stdout and
 * exit status) that differs from the first schedule's that did not fail. Exit status: 0 when
 * no schedule failed, 1 when one did (or the program does not compile). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "base/readfile.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "lang/compile.h"
#include "rt/explore.h"
#include "rt/inspect.h"
#include "rt/race.h"
#include "rt/sched.h"
#include "vm/vm.h"

enum { STDERR_LINES = 8, SHRINK_RUNS = 400 };

char *cli_schedule_file(const char *sched)
{
    const char *dir = getenv("TMPDIR");
    char *path = xmalloc(strlen(dir && *dir ? dir : "/tmp") + 40);
    sprintf(path, "%s/gorolab-schedule-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    bool ok = f && fprintf(f, "%s\n", sched) > 0;
    if (f && fclose(f) != 0) ok = false;
    if (!ok) {
        if (fd >= 0) unlink(path);
        free(path);
        return NULL;
    }
    return path;
}

typedef struct Capture {
    Buf out, err;
} Capture;

static void capture(void *ctx, int fd, const char *s, size_t n)
{
    Capture *c = ctx;
    buf_add(fd == 1 ? &c->out : &c->err, s, n);
}

static const char explore_usage[] =
    N_("usage: gorolab explore FILE.go... [--runs N] [--seed N] [--pct D]\n"
    "                       [--exhaustive [--preemptions K]] [--keep-going] [--race]\n"
    "                       [--no-timing] [--no-shrink] [--max-steps N] [--go 1.N] [--stats]\n"
    "                       [-- ARGS...]\n"
    "Run a Go program under many schedules; report the first failing one, shrunk to\n"
    "its fewest preemptions and decisions, and the command that replays it.\n");

static int usage(const char *msg)
{
    return cli_usage("explore", explore_usage, "%s", msg);
}

static bool parse_u64(const char *v, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long n = strtoull(v, &end, 10);
    if (!*v || *end || errno || v[0] == '-') return false;
    *out = n;
    return true;
}

/* failure says why a run failed, or NULL. */
static const char *failure(RunState st, int code, Capture *cap, Capture *first, int first_code)
{
    const char *err = buf_str(&cap->err);
    switch (st) {
    case RUN_PANICKED: return "panic";
    case RUN_DEADLOCK: return "deadlock";
    case RUN_FATAL: return "fatal error";
    case RUN_LIMIT: return "a gorolab limit ended the run";
    default: break;
    }
    if (strstr(err, "WARNING: DATA RACE")) return "data race";
    if (strstr(err, "gorolab: found unexpected goroutines") || strstr(err, "can never run again"))
        return "goroutine leak";
    if (first && (code != first_code || cap->out.len != first->out.len ||
                  (cap->out.len && memcmp(cap->out.data, first->out.data, cap->out.len) != 0)))
        return "output differs from the first passing schedule's";
    return NULL;
}

static void print_lines(const char *s, int max)
{
    for (int n = 0; *s && n < max; n++) {
        const char *nl = strchr(s, '\n');
        int len = nl ? (int)(nl - s) : (int)strlen(s);
        printf("    %.*s\n", len, s);
        s += len + (nl ? 1 : 0);
    }
}

/* first_diff prints the first line where two outputs differ. */
static void first_diff(Buf *want, Buf *got)
{
    const char *a = buf_str(want), *b = buf_str(got);
    int line = 1;
    while (*a || *b) {
        const char *ea = strchr(a, '\n'), *eb = strchr(b, '\n');
        size_t la = ea ? (size_t)(ea - a) : strlen(a), lb = eb ? (size_t)(eb - b) : strlen(b);
        if (la != lb || memcmp(a, b, la) != 0 || !ea != !eb) {
            printf(_("    line %d: the first passing schedule printed %s%.*s%s, this one %s%.*s%s\n"), line,
                   *a ? "\"" : "", (int)la, *a ? a : _("nothing"), *a ? "\"" : "",
                   *b ? "\"" : "", (int)lb, *b ? b : _("nothing"), *b ? "\"" : "");
            return;
        }
        a += la + (ea ? 1 : 0);
        b += lb + (eb ? 1 : 0);
        line++;
    }
}

/* the shrinker's test: one replay, failing the same way as the original */
typedef struct ShrinkCtx {
    Program   *prog;
    VMOptions *vo;
    bool       race;
    Capture   *cap, *first;
    int        first_code;
    const char *why;
    char      *sig;     /* the original's panic or fatal error line (NULL: none) */
    Buf       *fail_out;   /* the original's stdout and exit status: an output that */
    int        fail_code;  /* differs must differ the same way: */
    bool       not_calm;   /* from the calm schedule's (calm_out) when the original's did, */
    Buf        calm_out;   /* else be the original's */
    int        calm_code;
} ShrinkCtx;

static bool same_out(const Buf *a, int ca, const Buf *b, int cb)
{
    return ca == cb && a->len == b->len && (!a->len || memcmp(a->data, b->data, a->len) == 0);
}

/* sig_line returns the first "panic: " or "fatal error: " line of err (new), or NULL. */
static char *sig_line(const char *err)
{
    for (const char *s = err; s && *s;) {
        const char *nl = strchr(s, '\n');
        size_t len = nl ? (size_t)(nl - s) : strlen(s);
        if (!strncmp(s, "panic: ", 7) || !strncmp(s, "fatal error: ", 13)) {
            char *r = xmalloc(len + 1);
            memcpy(r, s, len);
            r[len] = 0;
            return r;
        }
        s = nl ? nl + 1 : NULL;
    }
    return NULL;
}

static const char *run_once(ShrinkCtx *k, ScheduleCtl *c, int *code)
{
    buf_reset(&k->cap->out);
    buf_reset(&k->cap->err);
    VM *vm = vm_new(k->prog, k->vo);
    insp_set_recording(vm, false);
    if (k->race) race_enable(vm);
    schedctl_attach(vm, c);
    rt_start(vm);
    RunState st = rt_step(vm, STEP_END, 0);
    *code = rt_finish(vm, false);
    vm_free(vm);
    return failure(st, *code, k->cap, k->first, k->first_code);
}

static bool shrink_test(void *ctx, ScheduleCtl *c)
{
    ShrinkCtx *k = ctx;
    int code;
    const char *w = run_once(k, c, &code);
    if (!w || strcmp(w, k->why) != 0) return false;
    if (strstr(w, "output differs") &&
        (k->not_calm ? same_out(&k->cap->out, code, &k->calm_out, k->calm_code)
                     : !same_out(&k->cap->out, code, k->fail_out, k->fail_code)))
        return false;
    char *sig = sig_line(buf_str(&k->cap->err));
    bool same = (!sig && !k->sig) || (sig && k->sig && !strcmp(sig, k->sig));
    free(sig);
    return same;
}

int cli_explore(int argc, char **argv)
{
    const char **paths = xcalloc((size_t)argc + 1, sizeof *paths);
    int npaths = 0;
    VMOptions vo;
    memset(&vo, 0, sizeof vo);
    vo.seed = 1;
    vo.max_steps = 1000000;   /* per schedule */
    CompileOptions co = {0};
    uint64_t runs = 0, pct = 0, preemptions = 2;
    bool exhaustive = false, keep_going = false, race = false, stats = false, timing = true, shrink = true;
    bool pct_set = false, preempt_set = false;
    int dd = cli_split_dashdash(argc, argv);
    int prog_argc = dd < argc ? argc - dd - 1 : 0;
    char **prog_argv = dd < argc ? argv + dd + 1 : NULL;
    enum { O_RUNS = 256, O_SEED, O_PCT, O_PREEMPT, O_MAX_STEPS, O_GO, O_EXHAUSTIVE, O_KEEP, O_RACE, O_NO_TIMING,
           O_STATS, O_NO_SHRINK };
    static const struct option longopts[] = {
        {"runs", required_argument, NULL, O_RUNS},
        {"seed", required_argument, NULL, O_SEED},
        {"pct", required_argument, NULL, O_PCT},
        {"preemptions", required_argument, NULL, O_PREEMPT},
        {"max-steps", required_argument, NULL, O_MAX_STEPS},
        {"go", required_argument, NULL, O_GO},
        {"exhaustive", no_argument, NULL, O_EXHAUSTIVE},
        {"keep-going", no_argument, NULL, O_KEEP},
        {"race", no_argument, NULL, O_RACE},
        {"no-timing", no_argument, NULL, O_NO_TIMING},
        {"stats", no_argument, NULL, O_STATS},
        {"no-shrink", no_argument, NULL, O_NO_SHRINK},
        {NULL, 0, NULL, 0},
    };
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(dd, argv, "", longopts, explore_usage)) != -1) {
        uint64_t n = 0;
        switch (c) {
        case CLI_OPT_HELP:
        case CLI_OPT_BAD: free(paths); return cli_opt_end(c);
        case O_EXHAUSTIVE: exhaustive = true; break;
        case O_KEEP: keep_going = true; break;
        case O_RACE: race = true; break;
        case O_NO_TIMING: timing = false; break;
        case O_STATS: stats = true; break;
        case O_NO_SHRINK: shrink = false; break;
        case O_GO:
            if (!cli_go_minor("explore", optarg, &co.go_minor)) { free(paths); return EXIT_USAGE; }
            vo.go_minor = co.go_minor;
            break;
        default:
            if (!parse_u64(optarg, &n)) {
                free(paths);
                fprintf(stderr, "gorolab explore: --%s wants a non-negative integer, not \"%s\"\n",
                        cli_optname(longopts, c), optarg);
                return EXIT_USAGE;
            }
            if (c == O_RUNS) runs = n;
            else if (c == O_SEED) vo.seed = n;
            else if (c == O_PCT) { pct = n; pct_set = true; }
            else if (c == O_PREEMPT) { preemptions = n; preempt_set = true; }
            else vo.max_steps = n;
        }
    }
    for (int i = optind; i < dd; i++) {
        const char *a = argv[i];
        size_t len = strlen(a);
        if (len < 4 || strcmp(a + len - 3, ".go") != 0) {
            free(paths);
            fprintf(stderr, "gorolab explore: %s is not a .go file\n", a);
            return EXIT_USAGE;
        }
        paths[npaths++] = a;
    }
    if (npaths == 0) { free(paths); return usage("no .go files given"); }
    if (exhaustive && pct_set) { free(paths); return usage("--pct and --exhaustive exclude each other"); }
    if (pct_set && (pct < 1 || pct > 16)) {
        free(paths);
        return usage("--pct wants a depth from 1 to 16 (1: random priorities, no change points)");
    }
    if (preempt_set && !exhaustive) {
        free(paths);
        return usage("--preemptions bounds --exhaustive's search: add --exhaustive, or drop --preemptions");
    }
    if (!runs) runs = exhaustive ? 100000 : 1000;

    SourceFile *files = xcalloc((size_t)npaths, sizeof *files);
    Buf *texts = xcalloc((size_t)npaths, sizeof *texts);
    char **abs = xcalloc((size_t)npaths, sizeof *abs);
    int status = 0;
    Program *prog = NULL;
    char **pargv = NULL;
    for (int i = 0; i < npaths; i++) {
        if (!read_regular_file(paths[i], &texts[i], MAX_SOURCE_BYTES)) {
            fprintf(stderr, "gorolab explore: cannot read %s: %s\n", paths[i], read_file_error(errno));
            status = 1;
            goto out;
        }
        char *rp = realpath(paths[i], NULL);
        abs[i] = rp ? rp : xstrdup(paths[i]);
        files[i].name = paths[i];
        files[i].abspath = abs[i];
        files[i].text = buf_str(&texts[i]);
        files[i].len = texts[i].len;
    }
    DiagList diags;
    diag_init(&diags, NULL);
    prog = compile_program(files, npaths, &co, &diags);
    if (!prog) {
        diag_print(&diags, stderr);
        diag_fini(&diags);
        status = 1;
        goto out;
    }
    diag_fini(&diags);
    pargv = xcalloc((size_t)prog_argc + 2, sizeof *pargv);
    pargv[0] = abs[0];
    for (int i = 0; i < prog_argc; i++) pargv[i + 1] = prog_argv[i];
    vo.argc = prog_argc + 1;
    vo.argv = pargv;

    SchedMode mode = exhaustive ? SCHED_DFS : pct ? SCHED_PCT : SCHED_RANDOM;
    ScheduleCtl *ctl = schedctl_new(mode, vo.seed);
    ctl->max_preempt = (int)(preemptions > 1000000 ? 1000000 : preemptions);
    if (pct) ctl->pct_depth = (int)pct;
    ctl->timing = timing;
    Capture first = {BUF_INIT, BUF_INIT}, cap = {BUF_INIT, BUF_INIT}, fail = {BUF_INIT, BUF_INIT};
    int first_code = 0, fail_code = 0;
    bool have_first = false;
    uint64_t nrun = 0, nfail = 0, fail_at = 0;
    const char *why = NULL;
    char *fail_sched = NULL;
    bool complete = false;
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    vo.write = capture;
    vo.write_ctx = &cap;
    for (;;) {
        if (nrun >= runs) break;
        buf_reset(&cap.out);
        buf_reset(&cap.err);
        /* each run's choices come from its own seed: run i of seed s */
        schedctl_begin_run(ctl, vo.seed * 0x9e3779b97f4a7c15ULL + nrun + 1);
        VM *vm = vm_new(prog, &vo);
        insp_set_recording(vm, false);
        if (race) race_enable(vm);   /* rt/race.h; its reports fail the run (failure()) */
        schedctl_attach(vm, ctl);
        rt_start(vm);
        RunState st = rt_step(vm, STEP_END, 0);
        int code = rt_finish(vm, false);
        vm_free(vm);
        nrun++;
        if (nrun == 1 && mode == SCHED_PCT) ctl->pct_steps = ctl->ndecisions > 0 ? ctl->ndecisions : 1;
        const char *w = failure(st, code, &cap, have_first ? &first : NULL, first_code);
        if (!w && !have_first) {   /* the reference output: the first run that did not fail */
            buf_add(&first.out, cap.out.data, cap.out.len);
            first_code = code;
            have_first = true;
        }
        if (w) {
            nfail++;
            if (!why) {
                why = w;
                fail_at = nrun;
                fail_sched = schedctl_string(ctl);
                fail_code = code;
                buf_add(&fail.out, cap.out.data, cap.out.len);
                buf_add(&fail.err, cap.err.data, cap.err.len);
            }
            if (!keep_going) break;
        }
        if (mode == SCHED_DFS && !schedctl_dfs_next(ctl)) {
            complete = true;
            break;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;

    if (mode == SCHED_DFS)
        printf(_("explored %llu schedules (exhaustive, at most %llu preemptions, seed %llu)%s: %llu failed\n"),
               (unsigned long long)nrun, (unsigned long long)preemptions, (unsigned long long)vo.seed,
               complete ? _(", all of them") : "", (unsigned long long)nfail);
    else if (mode == SCHED_PCT)
        printf(_("explored %llu schedules (PCT depth %llu, seed %llu): %llu failed\n"), (unsigned long long)nrun,
               (unsigned long long)pct, (unsigned long long)vo.seed, (unsigned long long)nfail);
    else
        printf(_("explored %llu schedules (random, seed %llu): %llu failed\n"), (unsigned long long)nrun,
               (unsigned long long)vo.seed, (unsigned long long)nfail);
    ShrinkStats ss = {0};
    char *shrunk = NULL;
    if (why && shrink) {
        /* the story: the fewest preemptions, then the fewest decisions, that still fail so */
        ShrinkCtx k = {prog, &vo, race, &cap, have_first ? &first : NULL, first_code, why,
                       sig_line(buf_str(&fail.err)), &fail.out, fail_code, false, BUF_INIT, 0};
        if (strstr(why, "output differs")) {   /* the calm schedule's output: is the failure's another? */
            ScheduleCtl *cc = schedctl_new(SCHED_REPLAY, vo.seed);
            schedctl_replay(cc, vo.seed, NULL, 0);
            schedctl_begin_run(cc, vo.seed);
            run_once(&k, cc, &k.calm_code);
            buf_add(&k.calm_out, cap.out.data, cap.out.len);
            k.not_calm = !same_out(&fail.out, fail_code, &k.calm_out, k.calm_code);
            schedctl_free(cc);
        }
        shrunk = schedctl_shrink(fail_sched, shrink_test, &k, SHRINK_RUNS, &ss);
        if (shrunk) {
            ScheduleCtl *c = schedctl_new(SCHED_REPLAY, vo.seed);
            const char *cause;
            int code;
            if (schedctl_parse(c, shrunk, &cause)) {
                schedctl_begin_run(c, c->vm_seed);
                run_once(&k, c, &code);
                buf_reset(&fail.out);
                buf_reset(&fail.err);
                buf_add(&fail.out, cap.out.data, cap.out.len);
                buf_add(&fail.err, cap.err.data, cap.err.len);
                free(fail_sched);
                fail_sched = shrunk;
                shrunk = NULL;
            }
            schedctl_free(c);
        }
        free(shrunk);
        free(k.sig);
        buf_fini(&k.calm_out);
    }
    if (why) {
        printf(_("first failure: schedule %llu: %s\n"), (unsigned long long)fail_at, why);
        if (fail.err.len) print_lines(buf_str(&fail.err), STDERR_LINES);
        else if (strstr(why, "output differs")) first_diff(&first.out, &fail.out);
        if (ss.runs && ss.to <= ss.from)
            printf(ss.pre_from == 1 ? _("shrunk from %lld to %lld decisions (%lld preemption to %lld) in %d runs\n")
                                    : _("shrunk from %lld to %lld decisions (%lld preemptions to %lld) in %d runs\n"),
                   (long long)ss.from, (long long)ss.to, (long long)ss.pre_from, (long long)ss.pre_to, ss.runs);
        printf("%s", _("replay it with:\n    gorolab run"));
        for (int i = 0; i < npaths; i++) printf(" %s", paths[i]);
        char *file = strlen(fail_sched) > CLI_SCHEDULE_INLINE ? cli_schedule_file(fail_sched) : NULL;
        if (file) printf("%s --schedule @%s", race ? " --race" : "", file);
        else printf("%s --schedule '%s'", race ? " --race" : "", fail_sched);
        if (prog_argc) printf(" --");
        for (int i = 0; i < prog_argc; i++) printf(" '%s'", prog_argv[i]);
        printf("\n");
        free(file);
        status = 1;
    }
    fflush(stdout);
    if (stats)
        fprintf(stderr, "gorolab: %llu schedules in %.3f s: %.0f schedules/second\n", (unsigned long long)nrun,
                secs, secs > 0 ? (double)nrun / secs : 0.0);
    free(fail_sched);
    buf_fini(&first.out);
    buf_fini(&first.err);
    buf_fini(&cap.out);
    buf_fini(&cap.err);
    buf_fini(&fail.out);
    buf_fini(&fail.err);
    schedctl_free(ctl);
out:
    if (prog) program_free(prog);
    free(pargv);
    compile_fini();
    for (int i = 0; i < npaths; i++) {
        buf_fini(&texts[i]);
        free(abs[i]);
    }
    free(texts);
    free(abs);
    free(files);
    free(paths);
    return status;
}
