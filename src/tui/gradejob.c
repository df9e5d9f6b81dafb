/* tui/gradejob.c: fork, grade in the child, read the verdict from a pipe.
 * The child writes one byte (P, F or E) and the message, then _exits
 * (no atexit handlers: the terminal belongs to the parent). After a
 * failure that a run can show, a NUL and the run's replay follow, one line
 * each: seed, race (0/1), schedule ("" for none), the number of arguments,
 * the arguments. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/i18n.h"
#include "base/path.h"
#include "base/buf.h"
#include "base/xalloc.h"
#include "cli/cli.h"
#include "tui/crt.h"
#include "tui/gradejob.h"

struct GradeJob {
    pid_t pid;
    int   fd;
    Buf   got;
    struct timespec t0;
    bool  timed_out;     /* killed by gradejob_poll: its time was up */
    char  grader[128];   /* the grader's file name, for messages */
};


/* grade runs in the child: the verdict byte and the message go to fd. */
static void grade(const Lesson *l, const char *lang, const char *const *paths, int npaths, int fd)
{
    Buf b = BUF_INIT;
    size_t glen = 0;
    char *gtext = l->grader_abs ? lab_read_text(l->grader_abs, &glen) : NULL;
    LabFiles lf = {0};
    char *cause = NULL;
    if (!gtext) {
        buf_printf(&b, "Ecannot read the lesson's grader %s", l->grader_abs ? l->grader_abs : "");
    } else if (!lab_files_read(&lf, paths, npaths, &cause)) {
        buf_printf(&b, "E%s", cause ? cause : "cannot read the program");
    } else {
        LabInput in;
        memset(&in, 0, sizeof in);
        cli_lesson_input(l, &in);
        if (lang) in.lesson.lang = lang;
        lab_files_seal(&lf, l);
        in.files = lf.files;
        in.nfiles = lf.n;
        in.grader_name = path_base(l->grader_abs);
        in.grader_text = gtext;
        in.grader_len = glen;
        lab_limits_env(&in.limits);
        /* a hard bound the kernel keeps, even when the lab cannot poll */
        alarm((unsigned)((in.limits.wall_ms > 0 ? in.limits.wall_ms : SBX_DEFAULT_WALL_MS) / 1000 + 3));
        GradeResult r;
        bool pass = lab_grade(&in, &r);
        buf_printf(&b, "%c%s", pass ? 'P' : r.verdict == GRADE_ERROR ? 'E' : 'F', r.message ? r.message : "");
        if (!pass && r.replay.set) {
            buf_putc(&b, 0);
            buf_printf(&b, "%llu\n%d\n%s\n%d\n", (unsigned long long)r.replay.seed, r.replay.race,
                       r.replay.schedule ? r.replay.schedule : "", r.replay.nargs);
            for (int i = 0; i < r.replay.nargs; i++) buf_printf(&b, "%s\n", r.replay.args[i]);
        }
        grade_result_fini(&r);
    }
    for (size_t off = 0; off < b.len;) {
        ssize_t n = write(fd, b.data + off, b.len - off);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        off += (size_t)n;
    }
}

GradeJob *gradejob_start(const Lesson *l, const char *lang, const char *const *paths, int npaths, char **why)
{
    int p[2];
    if (pipe(p) != 0) {
        *why = xstrdup(strerror(errno));
        return NULL;
    }
    fflush(NULL);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        *why = xstrdup(strerror(errno));
        close(p[0]);
        close(p[1]);
        return NULL;
    }
    if (pid == 0) {
        close(p[0]);
        lab_child_setup(parent);   /* dies with the lab, however the lab ends */
        crt_child();
        signal(SIGALRM, SIG_DFL);
        grade(l, lang, paths, npaths, p[1]);
        _exit(0);
    }
    close(p[1]);
    fcntl(p[0], F_SETFL, fcntl(p[0], F_GETFL) | O_NONBLOCK);
    fcntl(p[0], F_SETFD, FD_CLOEXEC);
    GradeJob *j = xcalloc(1, sizeof *j);
    j->pid = pid;
    j->fd = p[0];
    snprintf(j->grader, sizeof j->grader, "%s", l->grader_abs ? path_base(l->grader_abs) : "?");
    buf_init(&j->got);
    clock_gettime(CLOCK_MONOTONIC, &j->t0);
    return j;
}

/* next_line returns the next line of p (up to end) as a new string and
 * moves p past it; NULL at the end. */
static char *next_line(const char **p, const char *end)
{
    if (*p >= end) return NULL;
    const char *nl = memchr(*p, '\n', (size_t)(end - *p));
    if (!nl) return NULL;
    char *line = xmalloc((size_t)(nl - *p) + 1);
    memcpy(line, *p, (size_t)(nl - *p));
    line[nl - *p] = 0;
    *p = nl + 1;
    return line;
}

/* read_replay parses the replay the child wrote after the message. */
static void read_replay(const char *s, size_t n, GradeReplay *r)
{
    const char *p = s, *end = s + n;
    char *seed = next_line(&p, end), *race = next_line(&p, end), *sched = next_line(&p, end);
    char *nargs = next_line(&p, end);
    if (seed && race && sched && nargs) {
        r->seed = strtoull(seed, NULL, 10);
        r->race = race[0] == '1';
        r->schedule = sched[0] ? xstrdup(sched) : NULL;
        int k = atoi(nargs);
        r->args = k > 0 && k < 4096 ? xcalloc((size_t)k, sizeof *r->args) : NULL;
        for (int i = 0; r->args && i < k; i++) {
            char *a = next_line(&p, end);
            if (!a) break;
            r->args[r->nargs++] = a;
        }
        r->set = true;
    }
    free(seed);
    free(race);
    free(sched);
    free(nargs);
}

static void job_free(GradeJob *j)
{
    close(j->fd);
    buf_fini(&j->got);
    free(j);
}

bool gradejob_poll(GradeJob *j, GradeOutcome *out)
{
    char chunk[4096];
    for (;;) {
        ssize_t n = read(j->fd, chunk, sizeof chunk);
        if (n > 0) { buf_add(&j->got, chunk, (size_t)n); continue; }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {   /* EAGAIN: still grading, unless its time is up */
            SbxLimits lim = {0};
            lab_limits_env(&lim);
            int64_t wall = lim.wall_ms > 0 ? lim.wall_ms : SBX_DEFAULT_WALL_MS;
            if (gradejob_seconds(j) * 1000 < (double)wall + 2000) return false;
            kill(j->pid, SIGKILL);
            j->timed_out = true;
            break;
        }
        break;                     /* EOF: the child is done */
    }
    int status = 0;
    while (waitpid(j->pid, &status, 0) < 0 && errno == EINTR) {}
    memset(out, 0, sizeof *out);
    const char *s = buf_str(&j->got);
    if (j->got.len > 0 && (s[0] == 'P' || s[0] == 'F' || s[0] == 'E')) {
        out->verdict = s[0] == 'P' ? GRADE_PASS : s[0] == 'F' ? GRADE_FAIL : GRADE_ERROR;
        out->message = xstrdup(s + 1);
        size_t at = strlen(s) + 1;
        if (at < j->got.len) read_replay(s + at, j->got.len - at, &out->replay);
    } else {
        Buf m = BUF_INIT;
        if (j->timed_out || (WIFSIGNALED(status) && WTERMSIG(status) == SIGALRM))
            buf_printf(&m, _("grader %s: time limit exhausted"), j->grader);
        else if (WIFSIGNALED(status))
            buf_printf(&m, _("the grading process died of signal %d (%s); please report it"), WTERMSIG(status),
                       strsignal(WTERMSIG(status)));
        else
            buf_printf(&m, _("the grading process ended without a verdict (status %d)"), WEXITSTATUS(status));
        out->verdict = GRADE_ERROR;
        out->message = buf_take(&m);
    }
    job_free(j);
    return true;
}

void gradejob_cancel(GradeJob *j)
{
    if (!j) return;
    kill(j->pid, SIGKILL);
    while (waitpid(j->pid, NULL, 0) < 0 && errno == EINTR) {}
    job_free(j);
}

double gradejob_seconds(const GradeJob *j)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)(t.tv_sec - j->t0.tv_sec) + (double)(t.tv_nsec - j->t0.tv_nsec) / 1e9;
}
