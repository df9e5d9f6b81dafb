/* cli/run.c: `gorolab run`: compile Go files and run them like `go run`, on
 * gorolab's runtime. Exit status mirrors Go: 1 for compile errors, 2 for
 * panics and fatal errors, os.Exit's code otherwise; 3 (EXIT_LIMIT) when a
 * gorolab limit (--max-steps, --max-time, --max-goroutines, --max-heap)
 * ended the run. --trace writes the run's events as Chrome trace JSON. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "base/buf.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "lang/compile.h"
#include "vm/disasm.h"
#include "vm/vm.h"
#include "rt/inspect.h"
#include "rt/race.h"
#include "rt/sched.h"
#include "rt/explore.h"

static bool read_file(const char *path, Buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(out, chunk, n);
    bool ok = !ferror(f);
    fclose(f);
    return ok;
}

static int usage(const char *msg)
{
    if (msg) fprintf(stderr, "gorolab run: %s\n", msg);
    fputs("usage: gorolab run FILE.go... [--seed N] [--go 1.N] [--trace FILE.json] [--max-steps N]\n"
          "                   [--max-time DURATION] [--max-heap MIB] [--max-goroutines N] [--stats] [--dump]\n"
          "                   [--memory-points]\n"
          "                   [--race]\n"
          "                   [--schedule STRING|@FILE] [-- ARGS...]\n", stderr);
    return EXIT_USAGE;
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
    int prog_argc = 0;
    char **prog_argv = NULL;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            prog_argc = argc - i - 1;
            prog_argv = argv + i + 1;
            break;
        }
        if (strcmp(a, "--seed") == 0 || strcmp(a, "--max-steps") == 0 || strcmp(a, "--max-heap") == 0 ||
            strcmp(a, "--max-goroutines") == 0 || strcmp(a, "--max-time") == 0 ||
            strcmp(a, "--trace") == 0 || strcmp(a, "--go") == 0 ||
            strcmp(a, "--schedule") == 0) {
            if (i + 1 >= argc) { free(paths); return usage("missing value after option"); }
            const char *v = argv[++i];
            if (strcmp(a, "--trace") == 0) {
                trace_path = v;
                continue;
            }
            if (strcmp(a, "--schedule") == 0) {
                schedule = v;
                continue;
            }
            if (strcmp(a, "--max-time") == 0) {
                int64_t d;
                if (!insp_parse_duration(v, &d) || d <= 0) {
                    free(paths);
                    return usage("--max-time wants a positive duration like 10s, 90m or 24h");
                }
                vo.max_time = d;
                continue;
            }
            if (strcmp(a, "--go") == 0) {
                int major = 0, minor = 0;
                if (sscanf(v, "%d.%d", &major, &minor) != 2 || major != 1 || minor < 1) {
                    free(paths);
                    return usage("--go wants a version like 1.21");
                }
                co.go_minor = minor;
                vo.go_minor = minor;   /* the runtime's version-dependent behaviour */
                continue;
            }
            char *end;
            errno = 0;
            unsigned long long n = strtoull(v, &end, 10);
            if (*end || errno || v[0] == '-') { free(paths); return usage("option value must be a non-negative integer"); }
            if (strcmp(a, "--seed") == 0) vo.seed = n;
            else if (strcmp(a, "--max-heap") == 0) vo.max_heap = n << 20;   /* MiB */
            else if (strcmp(a, "--max-goroutines") == 0) vo.max_goroutines = n;
            else vo.max_steps = n;
            continue;
        }
        if (strcmp(a, "--dump") == 0) {
            dump = true;
            continue;
        }
        if (strcmp(a, "--race") == 0) {
            race = true;
            continue;
        }
        if (strcmp(a, "--memory-points") == 0) {   /* a challenge's: package variables are switch points */
            vo.mem_points = true;
            continue;
        }
        if (strcmp(a, "--stats") == 0) {
            stats = true;
            continue;
        }
        if (a[0] == '-' && a[1]) { free(paths); return usage("unknown option"); }
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
        if (!read_file(schedule + 1, &sched_file)) {
            fprintf(stderr, "gorolab run: cannot read the schedule file %s: %s\n", schedule + 1, strerror(errno));
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
        if (!read_file(paths[i], &texts[i])) {
            fprintf(stderr, "gorolab run: cannot read %s: %s\n", paths[i], strerror(errno));
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
    VM *vm = vm_new(prog, &vo);
    if (race) race_enable(vm);
    insp_set_recording(vm, trace != NULL);   /* events cost memory: only for --trace */
    if (sctl) schedctl_attach(vm, sctl);
    rt_start(vm);
    rt_step(vm, STEP_END, 0);
    status = rt_finish(vm, dump);
    if (race) status = race_finish(vm, status);   /* "Found N data race(s)", exit 66 */
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
