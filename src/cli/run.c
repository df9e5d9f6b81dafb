/* cli/run.c: `gorolab run`: compile Go files and run them like `go run`, on
 * gorolab's runtime. Exit status mirrors Go: 1 for compile errors, 2 for
 * panics and fatal errors, os.Exit's code otherwise; 3 (EXIT_LIMIT) when a
 * gorolab limit (--max-steps, --max-time, --max-goroutines, --max-heap)
 * ended the run. --trace writes the run's events as Chrome trace JSON;
 * --trace - writes it on standard output, and the program's own output
 * then goes to standard error, so that standard output is JSON alone. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "base/i18n.h"
#include "base/buf.h"
#include "base/readfile.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "cli/opts.h"
#include "lang/compile.h"
#include "vm/disasm.h"
#include "vm/vm.h"
#include "rt/inspect.h"
#include "rt/race.h"
#include "rt/sched.h"
#include "rt/explore.h"

static const char run_usage[] =
    N_("usage: gorolab run FILE.go... [--seed N] [--go 1.N] [--race] [--trace FILE.json]\n"
    "                   [--max-steps N] [--max-time DURATION] [--max-wall DURATION]\n"
    "                   [--max-goroutines N]\n"
    "                   [--max-heap MIB] [--stats] [--dump] [--schedule STRING|@FILE]\n"
    "                   [--leaks=full|grouped] [--cpus N] [--memory-points] [-- ARGS...]\n"
    "Run a Go program on the gorolab runtime, like go run (exit 3: a gorolab limit\n"
    "ended the run; --schedule replays a schedule printed by gorolab explore).\n");

static int usage(const char *msg)
{
    return cli_usage("run", run_usage, "%s", msg);
}

enum { O_SEED = 256, O_MAX_STEPS, O_MAX_HEAP, O_MAX_GOROUTINES, O_MAX_TIME, O_TRACE, O_GO, O_SCHEDULE,
       O_DUMP, O_RACE, O_STATS, O_LEAKS, O_CPUS, O_MAX_WALL, O_MEMORY_POINTS };

/* Records the program's writes while a --schedule replay is checked. */
typedef struct Chunk { int fd; size_t off, len; } Chunk;
typedef struct Record { Buf data; Chunk *chunks; size_t n, cap; } Record;

static void record(void *ctx, int fd, const char *s, size_t n)
{
    Record *r = ctx;
    if (r->n == r->cap) {
        r->cap = r->cap ? 2 * r->cap : 64;
        r->chunks = xrealloc(r->chunks, r->cap * sizeof *r->chunks);
    }
    r->chunks[r->n++] = (Chunk){fd, r->data.len, n};
    buf_add(&r->data, s, n);
}

/* to_stderr writes the program's output, stdout too, on standard error:
 * with --trace - standard output carries the JSON and nothing else. */
static void to_stderr(void *ctx, int fd, const char *s, size_t n)
{
    (void)ctx, (void)fd;
    fwrite(s, 1, n, stderr);
    fflush(stderr);
}

int cli_run(int argc, char **argv)
{
    const char **paths = xcalloc((size_t)argc + 1, sizeof *paths);
    int npaths = 0;
    VMOptions vo;
    memset(&vo, 0, sizeof vo);
    vo.seed = 1;
    CompileOptions co = {0};
    bool stats = false, dump = false;
    bool race = false;   /* --race: the data race detector (rt/race.h) */
    const char *trace_path = NULL;
    const char *schedule = NULL;   /* --schedule STRING: replay gorolab explore's choices */
    int dd = cli_split_dashdash(argc, argv);
    int prog_argc = dd < argc ? argc - dd - 1 : 0;
    char **prog_argv = dd < argc ? argv + dd + 1 : NULL;
    static const struct option longopts[] = {
        {"seed", required_argument, NULL, O_SEED},
        {"max-steps", required_argument, NULL, O_MAX_STEPS},
        {"max-heap", required_argument, NULL, O_MAX_HEAP},
        {"max-goroutines", required_argument, NULL, O_MAX_GOROUTINES},
        {"max-time", required_argument, NULL, O_MAX_TIME},
        {"max-wall", required_argument, NULL, O_MAX_WALL},
        {"trace", required_argument, NULL, O_TRACE},
        {"go", required_argument, NULL, O_GO},
        {"schedule", required_argument, NULL, O_SCHEDULE},
        {"dump", no_argument, NULL, O_DUMP},
        {"race", no_argument, NULL, O_RACE},
        {"memory-points", no_argument, NULL, O_MEMORY_POINTS},
        {"stats", no_argument, NULL, O_STATS},
        {"leaks", required_argument, NULL, O_LEAKS},
        {"cpus", required_argument, NULL, O_CPUS},
        {NULL, 0, NULL, 0},
    };
    cli_getopt_reset();
    int c;
    while ((c = cli_getopt(dd, argv, "", longopts, run_usage)) != -1) {
        const char *v = optarg;
        uint64_t n = 0;
        switch (c) {
        case CLI_OPT_HELP:
        case CLI_OPT_BAD: free(paths); return cli_opt_end(c);
        case O_TRACE: trace_path = v; break;
        case O_SCHEDULE: schedule = v; break;
        case O_DUMP: dump = true; break;
        case O_RACE: race = true; break;
        case O_MEMORY_POINTS: vo.mem_points = true; break;   /* a challenge's: package variables are switch points */
        case O_STATS: stats = true; break;
        case O_LEAKS:   /* full: every leaked goroutine, ungrouped */
            if (strcmp(v, "full") == 0) vo.leaks_full = true;
            else if (strcmp(v, "grouped") == 0) vo.leaks_full = false;
            else { free(paths); return usage("--leaks wants full or grouped"); }
            break;
        case O_MAX_TIME: {
            int64_t d;
            if (!insp_parse_duration(v, &d) || d <= 0) {
                free(paths);
                return usage("--max-time wants a positive duration like 10s, 90m or 24h");
            }
            vo.max_time = d;
            break;
        }
        case O_MAX_WALL: {   /* wall-clock time, unlike --max-time */
            int64_t d;
            if (!insp_parse_duration(v, &d) || d < 1000000) {
                free(paths);
                return usage("--max-wall wants a positive duration like 500ms, 10s or 2m");
            }
            vo.max_wall_ms = d / 1000000;
            break;
        }
        case O_GO:
            if (!cli_go_minor("run", v, &co.go_minor)) { free(paths); return EXIT_USAGE; }
            vo.go_minor = co.go_minor;   /* the runtime's version-dependent behaviour */
            break;
        default:
            if (!cli_u64(v, &n)) {
                free(paths);
                fprintf(stderr, "gorolab run: --%s wants a non-negative integer, not \"%s\"\n",
                        cli_optname(longopts, c), v);
                return EXIT_USAGE;
            }
            if (c == O_SEED) vo.seed = n;
            else if (c == O_MAX_HEAP) vo.max_heap = n << 20;   /* MiB */
            else if (c == O_MAX_GOROUTINES) vo.max_goroutines = n;
            else if (c == O_CPUS) {
                if (n < 1 || n > 1024) { free(paths); return usage("--cpus wants a number of CPUs from 1 to 1024"); }
                vo.cpus = (int)n;
            }
            else vo.max_steps = n;
        }
    }
    for (int i = optind; i < dd; i++) {
        const char *a = argv[i];
        size_t len = strlen(a);
        if (len < 4 || strcmp(a + len - 3, ".go") != 0) {
            free(paths);
            fprintf(stderr, "gorolab run: %s is not a .go file\n", a);
            return EXIT_USAGE;
        }
        paths[npaths++] = a;
    }
    if (npaths == 0) { free(paths); return usage("no .go files given"); }
    ScheduleCtl *sctl = NULL;
    Buf sched_file = BUF_INIT;
    if (schedule && schedule[0] == '@') {   /* --schedule @FILE: explore wrote a long one there */
        if (!read_regular_file(schedule + 1, &sched_file, MAX_SOURCE_BYTES)) {
            fprintf(stderr, "gorolab run: cannot read the schedule file %s: %s\n", schedule + 1, read_file_error(errno));
            buf_fini(&sched_file);
            free(paths);
            return EXIT_USAGE;
        }
        while (sched_file.len && (sched_file.data[sched_file.len - 1] == '\n' || sched_file.data[sched_file.len - 1] == '\r'))
            sched_file.data[--sched_file.len] = 0;
        schedule = buf_str(&sched_file);
    }
    if (schedule) {
        const char *cause;
        sctl = schedctl_new(SCHED_REPLAY, vo.seed);
        bool parsed = schedctl_parse(sctl, schedule, &cause);
        buf_fini(&sched_file);
        if (!parsed) {
            schedctl_free(sctl);
            free(paths);
            return usage(cause);
        }
        vo.seed = sctl->vm_seed;   /* the string carries the seed it was found with */
        schedctl_begin_run(sctl, sctl->vm_seed);
    }
    FILE *trace = NULL;
    if (trace_path) {
        trace = strcmp(trace_path, "-") == 0 ? stdout : fopen(trace_path, "w");
        if (!trace) {
            fprintf(stderr, "gorolab run: cannot write %s: %s\n", trace_path, strerror(errno));
            schedctl_free(sctl);
            free(paths);
            return 1;
        }
    }
    SourceFile *files = xcalloc((size_t)npaths, sizeof *files);
    Buf *texts = xcalloc((size_t)npaths, sizeof *texts);
    char **abs = xcalloc((size_t)npaths, sizeof *abs);
    int status = 0;
    for (int i = 0; i < npaths; i++) {
        if (!read_regular_file(paths[i], &texts[i], MAX_SOURCE_BYTES)) {
            fprintf(stderr, "gorolab run: cannot read %s: %s\n", paths[i], read_file_error(errno));
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
    Program *prog = compile_program(files, npaths, &co, &diags);
    if (!prog) {
        diag_print(&diags, stderr);
        diag_fini(&diags);
        status = 1;
        goto out;
    }
    diag_fini(&diags);
    if (getenv("GOROLAB_DISASM")) {   /* a debugging aid: list package main's bytecode */
        Buf b = BUF_INIT;
        for (int i = 0; i < prog->nprotos; i++)
            if (prog->protos[i]->name && strncmp(prog->protos[i]->name, "main.", 5) == 0)
                disasm_proto(&b, prog, prog->protos[i]);
        fputs(buf_str(&b), stderr);
        buf_fini(&b);
    }
    char **pargv = xcalloc((size_t)prog_argc + 2, sizeof *pargv);
    pargv[0] = abs[0];
    for (int i = 0; i < prog_argc; i++) pargv[i + 1] = prog_argv[i];
    vo.argc = prog_argc + 1;
    vo.argv = pargv;
    /* a replay's output is held back until the schedule is known to name
     * only goroutines the program has */
    Record rec = {BUF_INIT, NULL, 0, 0};
    if (sctl) {
        vo.write = record;
        vo.write_ctx = &rec;
    } else if (trace == stdout) {
        vo.write = to_stderr;   /* standard output is the trace's alone */
    }
    VM *vm = vm_new(prog, &vo);
    if (race) race_enable(vm);
    insp_set_recording(vm, trace != NULL);   /* events cost memory: only for --trace */
    if (sctl) schedctl_attach(vm, sctl);
    rt_start(vm);
    rt_step(vm, STEP_END, 0);
    status = rt_finish(vm, dump);
    if (race) status = race_finish(vm, status);   /* "Found N data race(s)", exit 66 */
    if (sctl) {
        int64_t bad = 0;
        for (int64_t i = 0; i < sctl->nwant && !bad; i++) {
            int64_t id = sctl->want[i] & 0xffffffff;
            if (id >= vm->next_goid) bad = id;
        }
        if (bad) {
            fprintf(stderr, "gorolab run: the schedule names goroutine %lld, but this program only ever has "
                    "goroutines 1 to %lld (was the schedule made for another program or seed?)\n",
                    (long long)bad, (long long)(vm->next_goid - 1));
            status = EXIT_USAGE;
        } else {
            for (size_t i = 0; i < rec.n; i++) {
                FILE *f = rec.chunks[i].fd == 2 || trace == stdout ? stderr : stdout;
                fwrite(rec.data.data + rec.chunks[i].off, 1, rec.chunks[i].len, f);
                fflush(f);
            }
        }
        buf_fini(&rec.data);
        free(rec.chunks);
    }
    if (trace && !insp_write_trace(vm, trace)) {
        fprintf(stderr, "gorolab run: cannot write %s: %s\n", trace_path, strerror(errno));
        if (status == 0) status = 1;
    }
    if (stats) {
        struct rusage ru;
        getrusage(RUSAGE_SELF, &ru);
        fprintf(stderr, "gorolab: %llu steps, %llu collections, Go heap peak %zu KiB, max RSS %ld KiB\n",
                (unsigned long long)vm->steps, (unsigned long long)vm->gc_count, vm->heap_peak / 1024,
                ru.ru_maxrss);
    }
    vm_free(vm);
    program_free(prog);
    free(pargv);
out:
    schedctl_free(sctl);
    if (trace && trace != stdout) fclose(trace);
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
