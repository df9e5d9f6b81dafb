/* tui/story.c: a failing schedule's story (tui/story.h): one run with an
 * observer on the scheduler's choices (rt/explore.h, SchedObserve). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/diag.h"
#include "base/path.h"
#include "base/xalloc.h"
#include "grade/lab.h"
#include "lang/compile.h"
#include "rt/explore.h"
#include "rt/inspect.h"
#include "rt/race.h"
#include "rt/sched.h"
#include "tui/story.h"
#include "vm/vm.h"

typedef struct Story {
    VM  *vm;
    Buf  b, err;
    int  n;
    bool zh;
} Story;

static void sink(void *ctx, int fd, const char *s, size_t n)
{
    Story *st = ctx;
    if (fd == 2) buf_add(&st->err, s, n);
}

static void where(const Snapshot *s, int64_t id, Buf *b)
{
    for (int i = 0; s && i < s->ngs; i++)
        if (s->gs[i].id == id) {
            buf_printf(b, "g%lld %s at %s:%d", (long long)id, s->gs[i].func ? s->gs[i].func : "?",
                       path_base(s->gs[i].file), s->gs[i].line);
            return;
        }
    buf_printf(b, "g%lld", (long long)id);
}

static void observe(void *ctx, ScheduleCtl *c, int64_t chosen, int64_t def, bool preempt)
{
    Story *st = ctx;
    (void)preempt;
    if (!st->vm) return;
    Snapshot *s = insp_snapshot_ex(st->vm, false);
    buf_printf(&st->b, "%2d. ", ++st->n);
    if (chosen == 0) {
        buf_puts(&st->b, st->zh ? "时间跳到下一个定时器，而 " : "time jumps to the next timer while ");
        where(s, def, &st->b);
        buf_puts(&st->b, st->zh ? " 本可以运行" : " could run");
    } else {
        where(s, chosen, &st->b);
        buf_puts(&st->b, st->zh ? " 运行" : " runs");
        if (c->slice) buf_printf(&st->b, st->zh ? "（只运行 %lld 条指令）" : " (for only %lld instructions)", (long long)c->slice);
        if (def != chosen) {
            buf_puts(&st->b, st->zh ? "，而不是 " : " instead of ");
            where(s, def, &st->b);
        }
    }
    buf_putc(&st->b, '\n');
    insp_free(s);
}

char *story_build(const char *const *paths, int npaths, int go_minor, bool race, char *const *args, int nargs,
                  const char *schedule, bool zh)
{
    LabFiles lf = {0};
    char *cause = NULL;
    if (!schedule || !lab_files_read(&lf, paths, npaths, &cause)) {
        free(cause);
        lab_files_free(&lf);
        return NULL;
    }
    CompileOptions co = {0};
    co.go_minor = go_minor;
    DiagList d;
    diag_init(&d, NULL);
    Program *prog = compile_program(lf.files, lf.n, &co, &d);
    diag_fini(&d);
    ScheduleCtl *c = schedctl_new(SCHED_REPLAY, 1);
    const char *why;
    if (!prog || !schedctl_parse(c, schedule, &why)) {
        if (prog) program_free(prog);
        schedctl_free(c);
        lab_files_free(&lf);
        return NULL;
    }
    Story st = {NULL, BUF_INIT, BUF_INIT, 0, zh};
    VMOptions vo;
    memset(&vo, 0, sizeof vo);
    vo.seed = c->vm_seed;
    vo.go_minor = go_minor;
    vo.write = sink;
    vo.write_ctx = &st;
    char **argv = xcalloc((size_t)nargs + 2, sizeof *argv);
    argv[0] = (char *)lf.files[0].abspath;
    for (int i = 0; i < nargs; i++) argv[i + 1] = args[i];
    vo.argc = nargs + 1;
    vo.argv = argv;
    schedctl_begin_run(c, c->vm_seed);
    c->observe = observe;
    c->observe_ctx = &st;
    VM *vm = vm_new(prog, &vo);
    st.vm = vm;
    insp_set_recording(vm, false);
    schedctl_attach(vm, c);
    if (race) race_enable(vm);
    rt_start(vm);
    RunState rs = rt_step(vm, STEP_END, 0);
    int code = rt_finish(vm, false);
    if (race) code = race_finish(vm, code);
    st.vm = NULL;
    if (st.n == 0)
        buf_puts(&st.b, zh ? "（没有切换：最平静的调度本身就会失败）\n"
                           : "(no switch at all: the calmest schedule fails by itself)\n");
    /* how it ends: the first panic, fatal error or race line */
    const char *e = buf_str(&st.err), *end = NULL;
    const char *keys[] = {"panic: ", "fatal error: ", "WARNING: DATA RACE", "gorolab: "};
    for (int k = 0; k < 4 && !end; k++) {
        const char *p = strstr(e, keys[k]);
        if (p && (p == e || p[-1] == '\n')) end = p;
    }
    if (end)
        buf_printf(&st.b, zh ? "然后：%.*s\n" : "then: %.*s\n", (int)strcspn(end, "\n"), end);
    else
        buf_printf(&st.b, zh ? "然后程序以 %s 结束（退出状态 %d）\n" : "then the program ends (%s, exit status %d)\n",
                   run_state_name(rs), code);
    vm_free(vm);
    program_free(prog);
    schedctl_free(c);
    free(argv);
    lab_files_free(&lf);
    buf_fini(&st.err);
    return buf_take(&st.b);
}
