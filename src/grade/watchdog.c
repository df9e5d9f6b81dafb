/* grade/watchdog.c: lab_grade in a child process under a wall clock that
 * nothing inside the grader can stop (see lab_grade_bounded in lab.h).
 *
 * The sandbox's own limits (instructions, memory, wall time checked from its
 * count hook) end an honest runaway with a precise message. What they cannot
 * end runs where the hook never fires: a message handler of xpcall (Lua runs
 * it with hooks off), a backtracking string.find in C, one long step of the
 * learner's program. So the grading runs in a forked child that dies with
 * its parent (PR_SET_PDEATHSIG) and is killed when its time is up; the child
 * sends its GradeResult back through a pipe, serialised field by field. */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "grade/lab.h"
#include "rt/inspect.h"

enum { GRACE_MS = 1500 };   /* after the sandbox's own limit: time to say so itself */

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void lab_child_setup(pid_t parent)
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);   /* the parent died before prctl */
}

void lab_limits_env(SbxLimits *l)
{
    const char *v = getenv("GOROLAB_GRADE_TIME");
    int64_t d;
    if (v && *v && insp_parse_duration(v, &d) && d > 0) l->wall_ms = d / 1000000 > 0 ? d / 1000000 : 1;
}

/* ---- serialisation: u64 little-endian, strings as u64 length + bytes
 * (UINT64_MAX for NULL) ---- */

static void put_u64(Buf *b, uint64_t v)
{
    unsigned char c[8];
    for (int i = 0; i < 8; i++) c[i] = (unsigned char)(v >> (8 * i));
    buf_add(b, c, 8);
}

static void put_str(Buf *b, const char *s)
{
    if (!s) {
        put_u64(b, UINT64_MAX);
        return;
    }
    size_t n = strlen(s);
    put_u64(b, n);
    buf_add(b, s, n);
}

typedef struct Rd {
    const unsigned char *p, *end;
    bool bad;
} Rd;

static uint64_t get_u64(Rd *r)
{
    if (r->end - r->p < 8) {
        r->bad = true;
        return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v |= (uint64_t)r->p[i] << (8 * i);
    r->p += 8;
    return v;
}

static char *get_str(Rd *r)
{
    uint64_t n = get_u64(r);
    if (r->bad || n == UINT64_MAX) return NULL;
    if ((uint64_t)(r->end - r->p) < n) {
        r->bad = true;
        return NULL;
    }
    char *s = xstrndup((const char *)r->p, (size_t)n);
    r->p += n;
    return s;
}

static void put_double(Buf *b, double d)
{
    uint64_t v;
    memcpy(&v, &d, sizeof v);
    put_u64(b, v);
}

static double get_double(Rd *r)
{
    uint64_t v = get_u64(r);
    double d;
    memcpy(&d, &v, sizeof d);
    return d;
}

static void encode(Buf *b, const GradeResult *r, const LabInput *in)
{
    put_u64(b, (uint64_t)r->verdict);
    put_str(b, r->message);
    put_str(b, r->grader);
    put_str(b, r->lesson);
    put_u64(b, (uint64_t)r->nchecks);
    for (int i = 0; i < r->nchecks; i++) {
        put_str(b, r->checks[i].name);
        put_u64(b, r->checks[i].ok);
        put_str(b, r->checks[i].message);
    }
    put_str(b, r->output);
    int hint = -1;   /* the hint is borrowed from in: send its index */
    for (int i = 0; r->hint && in->lesson.hints && in->lesson.hints[i]; i++)
        if (in->lesson.hints[i] == r->hint) hint = i;
    put_u64(b, (uint64_t)(int64_t)hint);
    put_u64(b, (uint64_t)(int64_t)r->hints_left);
    put_double(b, r->seconds);
    put_u64(b, (uint64_t)r->runs);
    put_u64(b, (uint64_t)r->explored);
    put_double(b, r->explore_cpu);
    put_u64(b, r->replay.set);
    put_u64(b, r->replay.seed);
    put_u64(b, r->replay.race);
    put_str(b, r->replay.schedule);
    put_u64(b, (uint64_t)r->replay.nargs);
    for (int i = 0; i < r->replay.nargs; i++) put_str(b, r->replay.args[i]);
    put_str(b, r->replay_cmd);
}

static bool decode(const unsigned char *data, size_t len, GradeResult *r, const LabInput *in)
{
    Rd rd = {data, data + len, false};
    memset(r, 0, sizeof *r);
    r->verdict = (GradeVerdict)get_u64(&rd);
    r->message = get_str(&rd);
    r->grader = get_str(&rd);
    r->lesson = get_str(&rd);
    uint64_t n = get_u64(&rd);
    if (n > len) rd.bad = true;
    for (uint64_t i = 0; i < n && !rd.bad; i++) {
        r->checks = xrealloc(r->checks, sizeof *r->checks * (size_t)(r->nchecks + 1));
        GradeCheck *c = &r->checks[r->nchecks++];
        c->name = get_str(&rd);
        c->ok = get_u64(&rd) != 0;
        c->message = get_str(&rd);
        if (!c->name) c->name = xstrdup("");
        if (!c->message) c->message = xstrdup("");
    }
    r->output = get_str(&rd);
    int64_t hint = (int64_t)get_u64(&rd);
    for (int64_t i = 0; hint >= 0 && in->lesson.hints && in->lesson.hints[i]; i++)
        if (i == hint) r->hint = in->lesson.hints[i];
    r->hints_left = (int)(int64_t)get_u64(&rd);
    r->seconds = get_double(&rd);
    r->runs = (long long)get_u64(&rd);
    r->explored = (long long)get_u64(&rd);
    r->explore_cpu = get_double(&rd);
    r->replay.set = get_u64(&rd) != 0;
    r->replay.seed = get_u64(&rd);
    r->replay.race = get_u64(&rd) != 0;
    r->replay.schedule = get_str(&rd);
    n = get_u64(&rd);
    if (n > len) rd.bad = true;
    if (n && !rd.bad) r->replay.args = xcalloc((size_t)n, sizeof *r->replay.args);
    for (uint64_t i = 0; i < n && !rd.bad; i++) {
        char *a = get_str(&rd);
        r->replay.args[r->replay.nargs++] = a ? a : xstrdup("");
    }
    r->replay_cmd = get_str(&rd);
    if (r->verdict > GRADE_ERROR) rd.bad = true;
    return !rd.bad && rd.p == rd.end;
}

/* error_result fills r with a GRADE_ERROR verdict and message m (borrowed). */
static void error_result(GradeResult *r, const LabInput *in, const char *m, double secs)
{
    memset(r, 0, sizeof *r);
    r->verdict = GRADE_ERROR;
    r->message = xstrdup(m);
    r->grader = xstrdup(in->grader_name ? in->grader_name : "grader.lua");
    r->lesson = xstrdup(in->lesson.id ? in->lesson.id : in->lesson.title ? in->lesson.title : "");
    r->output = xstrdup("");
    int nh = 0;
    while (in->lesson.hints && in->lesson.hints[nh]) nh++;
    r->hints_left = nh;
    r->hint = nh ? in->lesson.hints[0] : NULL;
    r->seconds = secs;
}

bool lab_grade_bounded(const LabInput *in, GradeResult *out)
{
    int64_t wall = in->limits.wall_ms > 0 ? in->limits.wall_ms : SBX_DEFAULT_WALL_MS;
    int64_t t0 = now_ms();
    int p[2];
    if (pipe(p) != 0) return lab_grade(in, out);   /* no pipe: grade here, hooks only */
    fflush(NULL);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(p[0]);
        close(p[1]);
        return lab_grade(in, out);
    }
    if (pid == 0) {
        close(p[0]);
        lab_child_setup(parent);
        signal(SIGPIPE, SIG_IGN);
        GradeResult r;
        lab_grade(in, &r);
        Buf b = BUF_INIT;
        encode(&b, &r, in);
        for (size_t off = 0; off < b.len;) {
            ssize_t n = write(p[1], b.data + off, b.len - off);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            off += (size_t)n;
        }
        _exit(0);
    }
    close(p[1]);
    Buf got = BUF_INIT;
    bool timed_out = false;
    for (;;) {
        int64_t left = t0 + wall + GRACE_MS - now_ms();
        if (left <= 0) {
            timed_out = true;
            break;
        }
        struct pollfd pf = {p[0], POLLIN, 0};
        int pr = poll(&pf, 1, (int)(left > 1000000 ? 1000000 : left));
        if (pr < 0 && errno == EINTR) continue;
        if (pr < 0) break;
        if (pr == 0) continue;
        char chunk[65536];
        ssize_t n = read(p[0], chunk, sizeof chunk);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        buf_add(&got, chunk, (size_t)n);
    }
    close(p[0]);
    if (timed_out) kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    double secs = (double)(now_ms() - t0) / 1000.0;
    char m[512];
    const char *name = in->grader_name ? in->grader_name : "grader.lua";
    if (timed_out) {
        snprintf(m, sizeof m, "grader %s: time limit exhausted (%lld ms)", name, (long long)wall);
        error_result(out, in, m, secs);
    } else if (!decode((const unsigned char *)got.data, got.len, out, in)) {
        grade_result_fini(out);
        if (WIFSIGNALED(status))
            snprintf(m, sizeof m, "grader %s: the grading process died of signal %d (%s); please report it",
                     name, WTERMSIG(status), strsignal(WTERMSIG(status)));
        else
            snprintf(m, sizeof m, "grader %s: the grading process ended without a verdict (status %d)", name,
                     WEXITSTATUS(status));
        error_result(out, in, m, secs);
    }
    buf_fini(&got);
    return out->verdict == GRADE_PASS;
}
