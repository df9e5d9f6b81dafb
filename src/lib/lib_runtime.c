/* lib/lib_runtime.c: the natives of package runtime (src/lib/go/runtime.go).
 *
 * Every goroutine runs on one virtual CPU (rt/sched.c): NumGoroutine counts
 * the live goroutines, Gosched yields to the others. NumCPU reports the
 * machine gorolab pretends to be (--cpus, default 8, as a learner's laptop:
 * programs size their pools by it), and GOMAXPROCS keeps a setting that
 * starts there; neither changes the scheduling.
 */
#include "lib/stdlib.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "base/buf.h"
#include "lang/types.h"
#include "vm/gc.h"
#include "vm/object.h"
#include "rt/sched.h"

static NatStatus n_num_goroutine(VM *vm, Value *a, Value *r)
{
    (void)a;
    r[0] = val_int(vm->nallgs > 0 ? vm->nallgs : 1);
    return NAT_OK;
}

/* Gosched: the goroutine stays runnable and goes to the back of the queue. */
static NatStatus n_gosched(VM *vm, Value *a, Value *r)
{
    (void)a, (void)r;
    G *g = vm->cur;
    if (!g || !vm->rt) return NAT_OK;
    if (g->rt.wake.done) {
        g->rt.wake = (Wake){0};
        return NAT_OK;
    }
    sched_gosched(vm, g);
    return NAT_BLOCK;
}

enum { DEFAULT_CPUS = 8 };

static int num_cpu(const VM *vm) { return vm->opt.cpus > 0 ? vm->opt.cpus : DEFAULT_CPUS; }

/* GOMAXPROCS(n) returns the previous setting and, for n >= 1, sets it (as
 * Go; the setting starts at NumCPU). It is a number only: gorolab runs
 * every goroutine on one virtual CPU. */
static NatStatus n_gomaxprocs(VM *vm, Value *a, Value *r)
{
    int prev = vm->gomaxprocs > 0 ? vm->gomaxprocs : num_cpu(vm);
    if (a[0].i >= 1) vm->gomaxprocs = a[0].i > 1 << 20 ? 1 << 20 : (int)a[0].i;
    r[0] = val_int(prev);
    return NAT_OK;
}

static NatStatus n_num_cpu(VM *vm, Value *a, Value *r)
{
    (void)a;
    r[0] = val_int(num_cpu(vm));
    return NAT_OK;
}

/* print_float writes f as Go's runtime prints floats: +1.500000e+000. */
static void print_float(Buf *b, double f)
{
    if (f != f) { buf_puts(b, "NaN"); return; }
    if (isinf(f)) { buf_puts(b, f > 0 ? "+Inf" : "-Inf"); return; }
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%+.6e", f);   /* +1.500000e+00 */
    char *e = strchr(tmp, 'e');
    if (!e) { buf_puts(b, tmp); return; }
    buf_add(b, tmp, (size_t)(e - tmp) + 1);
    buf_putc(b, e[1]);
    int exp = atoi(e + 2);
    buf_printf(b, "%03d", exp);
}

static void print_value(VM *vm, Buf *b, Value v)
{
    uint32_t tid = VAL_TYPE(v);
    Type *t = tid && tid < (uint32_t)vm->prog->ntypes ? vm->prog->types[tid] : NULL;
    if (!t) { buf_puts(b, "(0x0,0x0)"); return; }
    Value x = val_unbox(v);
    switch (t->kind) {
    case K_BOOL: buf_puts(b, x.i ? "true" : "false"); break;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        buf_printf(b, "%lld", (long long)x.i);
        break;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        buf_printf(b, "%llu", (unsigned long long)x.u);
        break;
    case K_FLOAT32: case K_FLOAT64: print_float(b, x.f); break;
    case K_STRING: buf_add(b, str_data(x), (size_t)str_len(x)); break;
    case K_SLICE: {
        ObjSlice *s = (ObjSlice *)x.o;
        buf_printf(b, "[%lld/%lld]0x%llx", (long long)slice_len(x), s ? (long long)s->cap : 0LL,
                   s ? (unsigned long long)(obj_addr(vm, &s->arr->hdr) + obj_slot_offset(&s->arr->hdr, s->off)) : 0ull);
        break;
    }
    case K_INTERFACE: buf_puts(b, "(0x0,0x0)"); break;
    default:
        buf_printf(b, "0x%llx", (unsigned long long)(x.o && t->kind == K_POINTER && x.aux != POINTER_WHOLE
                                                     ? obj_addr(vm, x.o) + obj_slot_offset(x.o, x.aux)
                                                     : obj_addr(vm, x.o)));
        break;
    }
}

/* printAny(nl bool, args []any): the print and println builtins, which
 * write to standard error in the runtime's own formats. */
static NatStatus n_print_any(VM *vm, Value *a, Value *r)
{
    bool nl = a[0].i != 0;
    ObjSlice *s = (ObjSlice *)a[1].o;
    Buf b = BUF_INIT;
    for (int64_t i = 0; s && i < slice_len(a[1]); i++) {
        if (nl && i > 0) buf_putc(&b, ' ');
        print_value(vm, &b, *obj_elem(s->arr, s->off + i));
    }
    if (nl) buf_putc(&b, '\n');
    vm_write(vm, 2, buf_str(&b), b.len);
    buf_fini(&b);
    return NAT_OK;
}

static NatStatus n_gc(VM *vm, Value *a, Value *r)
{
    gc_collect(vm);
    /* the caller's pc is saved (a call): the leak scan can run now (vm/gc.h) */
    if (vm->leak_scan_due && gc_leak_hook) gc_leak_hook(vm);
    return NAT_OK;
}

const NativeDef lib_runtime_natives[] = {
    {"runtime.GC", n_gc},
    {"runtime.printAny", n_print_any},
    {"runtime.NumGoroutine", n_num_goroutine},
    {"runtime.Gosched", n_gosched},
    {"runtime.GOMAXPROCS", n_gomaxprocs},
    {"runtime.NumCPU", n_num_cpu},
    {NULL, NULL},
};
