/* lib/lib_runtime.c: the natives of package runtime (src/lib/go/runtime.go).
 *
 * Until the scheduler arrives (next issue) a program is one goroutine on one
 * virtual CPU: NumGoroutine is 1, Gosched has nothing to yield to, and
 * GOMAXPROCS/NumCPU report 1. The scheduler replaces these with its counts.
 */
#include "lib/stdlib.h"

static NatStatus n_num_goroutine(VM *vm, Value *a, Value *r)
{
    r[0] = val_int(1);
    return NAT_OK;
}

static NatStatus n_gosched(VM *vm, Value *a, Value *r)
{
    return NAT_OK;
}

/* GOMAXPROCS(n) returns the previous setting and ignores n: gorolab runs
 * every goroutine on one virtual CPU. */
static NatStatus n_gomaxprocs(VM *vm, Value *a, Value *r)
{
    r[0] = val_int(1);
    return NAT_OK;
}

static NatStatus n_num_cpu(VM *vm, Value *a, Value *r)
{
    r[0] = val_int(1);
    return NAT_OK;
}

const NativeDef lib_runtime_natives[] = {
    {"runtime.NumGoroutine", n_num_goroutine},
    {"runtime.Gosched", n_gosched},
    {"runtime.GOMAXPROCS", n_gomaxprocs},
    {"runtime.NumCPU", n_num_cpu},
    {NULL, NULL},
};
