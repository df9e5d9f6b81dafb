/* tests/fuzz/fuzz_grader.c: libFuzzer target for grader Lua against the
 * sandbox: any bytes as a grader, graded in-process (lab_grade) on a small
 * program with goroutines and a channel. The sandbox must hold: the grader
 * never opens a file, starts a process or makes a socket (those calls abort
 * while it runs), and a grading never outlasts its wall clock by more than
 * a second. The Lua heap is capped small here, so that a backtracking
 * string.find (which only the watchdog of lab_grade_bounded stops, in
 * production) cannot run long enough to be taken for a hang. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <stdbool.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "grade/lab.h"
#include "lang/compile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static volatile int grading;   /* set while the grader runs */

static void escaped(const char *what)
{
    if (!grading) return;
    fprintf(stderr, "fuzz_grader: the grader reached %s\n", what);
    abort();
}

/* Interposed while grading: any of these is an escape from the sandbox. */
int open(const char *path, int flags, ...)
{
    escaped("open");
    va_list ap;
    va_start(ap, flags);
    int mode = va_arg(ap, int);
    va_end(ap);
    int (*real)(const char *, int, ...) = (int (*)(const char *, int, ...))dlsym(RTLD_NEXT, "open");
    return real(path, flags, mode);
}
FILE *fopen(const char *path, const char *mode)
{
    escaped("fopen");
    FILE *(*real)(const char *, const char *) = (FILE * (*)(const char *, const char *)) dlsym(RTLD_NEXT, "fopen");
    return real(path, mode);
}
int execve(const char *p, char *const argv[], char *const envp[])
{
    escaped("execve");
    int (*real)(const char *, char *const[], char *const[]) =
        (int (*)(const char *, char *const[], char *const[]))dlsym(RTLD_NEXT, "execve");
    return real(p, argv, envp);
}
pid_t fork(void)
{
    escaped("fork");
    pid_t (*real)(void) = (pid_t(*)(void))dlsym(RTLD_NEXT, "fork");
    return real();
}
int system(const char *cmd)
{
    escaped("system");
    int (*real)(const char *) = (int (*)(const char *))dlsym(RTLD_NEXT, "system");
    return real(cmd);
}
FILE *popen(const char *cmd, const char *mode)
{
    escaped("popen");
    FILE *(*real)(const char *, const char *) = (FILE * (*)(const char *, const char *)) dlsym(RTLD_NEXT, "popen");
    return real(cmd, mode);
}
int socket(int domain, int type, int protocol)
{
    escaped("socket");
    int (*real)(int, int, int) = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
    return real(domain, type, protocol);
}

static const char prog_src[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"os\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "func worker(id int, jobs <-chan int, out chan<- int, wg *sync.WaitGroup) {\n"
    "\tdefer wg.Done()\n"
    "\tfor j := range jobs {\n"
    "\t\tout <- j * id\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tjobs, out := make(chan int), make(chan int, 8)\n"
    "\tvar wg sync.WaitGroup\n"
    "\tfor i := 1; i <= 2; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo worker(i, jobs, out, &wg)\n"
    "\t}\n"
    "\tfor j := 0; j < len(os.Args)+2; j++ {\n"
    "\t\tjobs <- j\n"
    "\t}\n"
    "\tclose(jobs)\n"
    "\twg.Wait()\n"
    "\tfmt.Println(len(out), os.Args[1:])\n"
    "}\n";

static const char *const HINTS[] = {"first hint", "second hint", NULL};

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* self_check proves, once, that the interposed calls do catch an escape:
 * a child that opens a file "while grading" must die of SIGABRT. */
static void self_check(void)
{
    pid_t pid = fork();
    if (pid == 0) {
        grading = 1;
        int fd = open("/dev/null", O_RDONLY);
        (void)fd;
        _exit(0);
    }
    int st = 0;
    if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFSIGNALED(st) || WTERMSIG(st) != SIGABRT) {
        fprintf(stderr, "fuzz_grader: the sandbox checks do not work (open is not interposed)\n");
        abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bool checked;
    if (!checked) {
        checked = true;
        self_check();
    }
    SourceFile f = {.name = "main.go", .abspath = "/fuzz/main.go", .text = prog_src, .len = sizeof prog_src - 1};
    LabInput in;
    memset(&in, 0, sizeof in);
    in.lesson.id = "fuzz";
    in.lesson.title = "Fuzz";
    in.lesson.hints = HINTS;
    in.files = &f;
    in.nfiles = 1;
    in.grader_name = "fuzz.lua";
    in.grader_text = (const char *)data;
    in.grader_len = size;
    in.limits.mem = 192u << 10;
    in.limits.insns = 2000000;
    in.limits.wall_ms = 2000;
    GradeResult r;
    double t0 = now();
    grading = 1;
    lab_grade(&in, &r);
    grading = 0;
    if (now() - t0 > 3.0) {
        fprintf(stderr, "fuzz_grader: a grading took %.1f s (limit 2 s)\n", now() - t0);
        abort();
    }
    if (!r.message || !r.grader) abort();
    grade_result_fini(&r);
    compile_fini();
    return 0;
}
