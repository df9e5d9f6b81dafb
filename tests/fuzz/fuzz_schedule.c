/* tests/fuzz/fuzz_schedule.c: libFuzzer target for schedule strings (the
 * text of gorolab run --schedule, lab.run{schedule=...}): any bytes are
 * parsed; a string that parses prints back to one that parses to the same
 * decisions, and replaying it on a small program with goroutines, a mutex,
 * channels, an atomic and timers ends within the run's limits, never with a
 * crash or a hang, whatever it asks for (a goroutine that does not exist,
 * time passing when no timer is due, a time slice of any length). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/diag.h"
#include "lang/compile.h"
#include "rt/explore.h"
#include "rt/inspect.h"
#include "rt/sched.h"
#include "vm/proto.h"
#include "vm/vm.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char prog_src[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"sync\"\n"
    "\t\"sync/atomic\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar mu sync.Mutex\n"
    "\tvar wg sync.WaitGroup\n"
    "\tvar n int64\n"
    "\tch := make(chan int, 1)\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func(i int) {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\ttime.Sleep(time.Duration(i) * time.Millisecond)\n"
    "\t\t\tmu.Lock()\n"
    "\t\t\tatomic.AddInt64(&n, 1)\n"
    "\t\t\tmu.Unlock()\n"
    "\t\t\tselect {\n"
    "\t\t\tcase ch <- i:\n"
    "\t\t\tcase <-time.After(time.Millisecond):\n"
    "\t\t\t}\n"
    "\t\t}(i)\n"
    "\t}\n"
    "\tt := time.NewTicker(time.Millisecond)\n"
    "\tdefer t.Stop()\n"
    "\t<-t.C\n"
    "\twg.Wait()\n"
    "\tprintln(atomic.LoadInt64(&n), len(ch))\n"
    "}\n";

static Program *prog;

static void discard(void *ctx, int fd, const char *s, size_t n)
{
    (void)ctx, (void)fd, (void)s, (void)n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!prog) {
        SourceFile f = {"sched.go", "/fuzz/sched.go", prog_src, sizeof prog_src - 1, false};
        DiagList diags;
        diag_init(&diags, NULL);
        prog = compile_program(&f, 1, NULL, &diags);
        diag_fini(&diags);
        if (!prog) abort();
    }
    char *s = malloc(size + 1);
    if (size) memcpy(s, data, size);
    s[size] = 0;
    ScheduleCtl *c = schedctl_new(SCHED_REPLAY, 1);
    const char *cause = NULL;
    if (schedctl_parse(c, s, &cause)) {
        /* round trip: what parsed prints back to the same decisions */
        c->rec = realloc(c->rec, (size_t)(c->nwant ? c->nwant : 1) * sizeof *c->rec);
        if (c->nwant) memcpy(c->rec, c->want, (size_t)c->nwant * sizeof *c->rec);
        c->nrec = c->nwant;
        char *back = schedctl_string(c);
        ScheduleCtl *d = schedctl_new(SCHED_REPLAY, 1);
        if (!schedctl_parse(d, back, &cause) || d->nwant != c->nwant || d->vm_seed != c->vm_seed ||
            (c->nwant && memcmp(d->want, c->want, (size_t)c->nwant * sizeof *c->want) != 0))
            abort();
        schedctl_free(d);
        free(back);
        /* replay it: bounded, whatever it asks */
        VMOptions vo = {.seed = c->vm_seed, .write = discard, .max_steps = 200000, .max_time = 10000000000LL};
        schedctl_begin_run(c, c->vm_seed);
        VM *vm = vm_new(prog, &vo);
        insp_set_recording(vm, false);
        schedctl_attach(vm, c);
        rt_start(vm);
        rt_step(vm, STEP_END, 0);
        rt_finish(vm, false);
        vm_free(vm);
    } else if (!cause) {
        abort();   /* a refusal always says why */
    }
    schedctl_free(c);
    free(s);
    return 0;
}
