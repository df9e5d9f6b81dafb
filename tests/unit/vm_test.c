/* vm_test.c: unit tests for the bytecode VM (vm/): hand-assembled programs for
 * arithmetic, calls, closures, strings, slices, maps, interfaces, defers,
 * panics and recover, tracebacks, limits and the GC. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "lang/types.h"
#include "tap.h"
#include "vm/disasm.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "vm/vm.h"

/* ---- type stubs (weak: lang/types.c wins when linked) ---- */
static Type t_int = {.kind = K_INT, .name = "int"};
static Type t_uint8 = {.kind = K_UINT8, .name = "uint8"};
static Type t_int32 = {.kind = K_INT32, .name = "int32"};
static Type t_string = {.kind = K_STRING, .name = "string"};
static Type t_float = {.kind = K_FLOAT64, .name = "float64"};
static Type t_any = {.kind = K_INTERFACE};
static Type t_slice_int = {.kind = K_SLICE, .elem = &t_int};
static Type t_map_ii = {.kind = K_MAP, .key = &t_int, .elem = &t_int};
static Type t_map_si = {.kind = K_MAP, .key = &t_string, .elem = &t_int};
static Type t_rterr = {.kind = K_STRING, .name = "Error", .pkg = "runtime"};
static Type t_rtplain = {.kind = K_STRING, .name = "plainError", .pkg = "runtime"};
static Type t_named = {.kind = K_INT, .name = "N", .pkg = "main"};
static Field point_fields[2] = {{.name = "x", .type = &t_int}, {.name = "y", .type = &t_int}};
static Type t_point = {.kind = K_STRUCT, .name = "P", .pkg = "main", .fields = point_fields, .nfields = 2};
static Type t_arr_point = {.kind = K_ARRAY, .elem = &t_point, .len = 3};
static Type t_slice_any = {.kind = K_SLICE, .elem = &t_any};

__attribute__((weak)) Type *ty_uint8 = &t_uint8;
__attribute__((weak)) Type *ty_int32 = &t_int32;
__attribute__((weak)) Type *ty_string = &t_string;

__attribute__((weak)) void type_string(Buf *b, const Type *t)
{
    if (t->name) {
        if (t->pkg) buf_printf(b, "%s.", t->pkg);
        buf_puts(b, t->name);
    } else if (t->kind == K_SLICE) {
        buf_puts(b, "[]");
        type_string(b, t->elem);
    } else if (t->kind == K_INTERFACE) {
        buf_puts(b, "interface {}");
    } else if (t->kind == K_ARRAY) {
        buf_printf(b, "[%lld]", (long long)t->len);
        type_string(b, t->elem);
    } else {
        buf_puts(b, "?");
    }
}

__attribute__((weak)) const char *type_str(const Type *t)
{
    static char bufs[8][128];
    static int k;
    Buf b = BUF_INIT;
    type_string(&b, t);
    char *r = bufs[k++ & 7];
    snprintf(r, 128, "%s", buf_str(&b));
    buf_fini(&b);
    return r;
}

__attribute__((weak)) Method *type_lookup_method(Type *t, const char *name, bool addressable)
{
    for (int i = 0; i < t->nmethods; i++)
        if (strcmp(t->methods[i].name, name) == 0) return &t->methods[i];
    return NULL;
}

/* ---- program building ---- */
enum { TID_INT = 1, TID_STRING, TID_SLICE_INT, TID_MAP_II, TID_MAP_SI, TID_RTERR, TID_RTPLAIN,
       TID_ANY, TID_NAMED, TID_POINT, TID_FLOAT, TID_ARR_POINT, TID_SLICE_ANY, NTYPES };

static Program *prog;
static Buf out, err;

static void capture(void *ctx, int fd, const char *s, size_t n) { buf_add(fd == 1 ? &out : &err, s, n); }

static Proto *mkproto(const char *name, int nparams, int nresults, int nregs, const Instr *code, int n)
{
    Proto *p = xcalloc(1, sizeof *p);
    p->name = name;
    p->nparams = (uint16_t)nparams;
    p->nresults = (uint16_t)nresults;
    p->nregs = (uint16_t)nregs;
    p->code = xmalloc((size_t)(n ? n : 1) * sizeof(Instr));
    if (n) memcpy(p->code, code, (size_t)n * sizeof(Instr));
    p->ncode = n;
    p->lines = xmalloc((size_t)(n ? n : 1) * sizeof(int32_t));
    for (int i = 0; i < n; i++) p->lines[i] = 100 + i;   /* line = 100 + pc */
    p->pos.line = 100;
    XPUSH(prog->protos, prog->nprotos, prog->capprotos, p);
    return p;
}

static int pidx(Proto *p)
{
    for (int i = 0; i < prog->nprotos; i++)
        if (prog->protos[i] == p) return i;
    return -1;
}

static int kstr(const char *s)
{
    XPUSH(prog->consts, prog->nconsts, prog->capconsts, program_string(prog, s, (int64_t)strlen(s)));
    return prog->nconsts - 1;
}

static int kint(int64_t v)
{
    XPUSH(prog->consts, prog->nconsts, prog->capconsts, val_int(v));
    return prog->nconsts - 1;
}

#define I(o, x, y, z) ((Instr){.op = OP_##o, .a = (uint16_t)(x), .b = (uint16_t)(y), .c = (uint16_t)(z)})
#define IBX(o, x, bx) ((Instr){.op = OP_##o, .a = (uint16_t)(x), .b = (uint16_t)((uint32_t)(bx) & 0xFFFF), .c = (uint16_t)((uint32_t)(bx) >> 16)})
#define ISC(o, x, y, sc) ((Instr){.op = OP_##o, .a = (uint16_t)(x), .b = (uint16_t)(y), .c = (uint16_t)(int16_t)(sc)})
#define MAIN(...) mkproto("main.main", 0, 0, 16, (Instr[]){__VA_ARGS__}, sizeof((Instr[]){__VA_ARGS__}) / sizeof(Instr))

static NatStatus nat_printi(VM *vm, Value *args, Value *rets)
{
    char b[32];
    int n = snprintf(b, sizeof b, "%lld\n", (long long)args[0].i);
    vm_write(vm, 1, b, (size_t)n);
    return NAT_OK;
}

static NatStatus nat_prints(VM *vm, Value *args, Value *rets)
{
    vm_write(vm, 1, str_data(args[0]), (size_t)str_len(args[0]));
    vm_write(vm, 1, "\n", 1);
    return NAT_OK;
}

static int P_PRINTI, P_PRINTS;

static bool has_prefix(const char *s, const char *p)
{
    if (strncmp(s, p, strlen(p)) == 0) return true;
    diag("got: %s", s);
    return false;
}

static void new_program(void)
{
    prog = xcalloc(1, sizeof *prog);
    Type *types[NTYPES] = {NULL, &t_int, &t_string, &t_slice_int, &t_map_ii, &t_map_si, &t_rterr,
                           &t_rtplain, &t_any, &t_named, &t_point, &t_float, &t_arr_point, &t_slice_any};
    prog->types = xmalloc(sizeof types);
    memcpy(prog->types, types, sizeof types);
    prog->ntypes = NTYPES;
    for (int i = 1; i < NTYPES; i++) {
        types[i]->id = (uint32_t)i;
        if (!types[i]->under) types[i]->under = types[i];
    }
    t_rterr.under = &t_rterr;
    prog->rt_error = &t_rterr;
    prog->rt_plain_error = &t_rtplain;
    prog->files = xmalloc(sizeof(char *));
    prog->files[0] = xstrdup("/tmp/main.go");
    prog->nfiles = 1;
    prog->nglobals = 4;
    Proto *p = mkproto("test.printi", 1, 0, 1, NULL, 0);
    p->native = nat_printi;
    P_PRINTI = pidx(p);
    p = mkproto("test.prints", 1, 0, 1, NULL, 0);
    p->native = nat_prints;
    P_PRINTS = pidx(p);
}

static VM *vm;
static uint64_t max_stack;   /* VMOptions.max_stack of the next run_main */

static int run_main(Proto *entry, uint64_t seed, uint64_t max_steps)
{
    buf_reset(&out);
    buf_reset(&err);
    Proto *e = mkproto("runtime.main", 0, 0, 2, (Instr[]){IBX(CALL, 0, pidx(entry)), I(RET, 0, 0, 0)}, 2);
    prog->entry = e;
    VMOptions o = {.seed = seed, .write = capture, .max_steps = max_steps, .max_stack = max_stack};
    vm = vm_new(prog, &o);
    return vm_run(vm);
}

static void finish(void)
{
    vm_free(vm);
    vm = NULL;
    program_free(prog);
    prog = NULL;
}

/* ---- tests ---- */

static void test_arith(void)
{
    new_program();
    int kmax = kint(INT64_MAX), kmin = kint(INT64_MIN);
    Proto *m = MAIN(
        IBX(LOADI, 0, 127), IBX(LOADI, 1, 1), I(ADD, 2, 0, 1), I(EXT, 3, 2, 8),
        I(MOVE, 5, 3, 0), IBX(CALL, 4, P_PRINTI),                      /* int8(127+1) = -128 */
        I(EXT, 3, 2, 0x108), I(MOVE, 5, 3, 0), IBX(CALL, 4, P_PRINTI), /* uint8 128 */
        IBX(LOADK, 0, kmax), I(ADD, 5, 0, 1), IBX(CALL, 4, P_PRINTI),  /* wraps to MinInt64 */
        IBX(LOADK, 0, kmin), IBX(LOADI, 1, -1), I(DIV, 5, 0, 1), IBX(CALL, 4, P_PRINTI),
        I(MOD, 5, 0, 1), IBX(CALL, 4, P_PRINTI),
        IBX(LOADI, 0, -7), IBX(LOADI, 1, 2), I(MOD, 5, 0, 1), IBX(CALL, 4, P_PRINTI),
        I(DIV, 5, 0, 1), IBX(CALL, 4, P_PRINTI),
        IBX(LOADI, 1, 70), I(SHL, 5, 0, 1), IBX(CALL, 4, P_PRINTI),
        I(SHR, 5, 0, 1), IBX(CALL, 4, P_PRINTI),
        I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_int(rc, 0, "arith: exit 0");
    is_str(buf_str(&out), "-128\n128\n-9223372036854775808\n-9223372036854775808\n0\n-1\n-3\n0\n-1\n",
           "arith: wrap-around, EXT, MinInt64/-1, mod sign, shifts >= 64");
    finish();
}

static void test_divzero(void)
{
    new_program();
    Proto *m = MAIN(IBX(LOADI, 0, 1), IBX(LOADI, 1, 0), I(DIV, 2, 0, 1), I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_int(rc, 2, "divide by zero exits 2");
    is_str(buf_str(&err),
           "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.main()\n"
           "\t/tmp/main.go:102 +0x8\n",
           "divide by zero: Go's text and traceback");
    finish();
}

static void test_fib(void)
{
    new_program();
    Proto *fib = mkproto("main.fib", 1, 1, 5, NULL, 0);
    int F = pidx(fib);
    Instr code[] = {
        IBX(LOADI, 1, 2), ISC(IJLT, 0, 1, 6), ISC(ADDI, 3, 0, -1), IBX(CALL, 2, F),
        ISC(ADDI, 4, 0, -2), IBX(CALL, 3, F), I(ADD, 1, 2, 3), I(RET, 1, 1, 0), I(RET, 0, 1, 0)};
    free(fib->code);
    free(fib->lines);
    fib->code = xmalloc(sizeof code);
    memcpy(fib->code, code, sizeof code);
    fib->ncode = 9;
    fib->lines = xcalloc(9, sizeof(int32_t));
    Proto *m = MAIN(IBX(LOADI, 1, 25), IBX(CALL, 0, F), I(MOVE, 2, 0, 0), IBX(CALL, 1, P_PRINTI),
                    I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_int(rc, 0, "fib: exit 0");
    is_str(buf_str(&out), "75025\n", "fib(25) by recursive CALL");
    ok(vm->steps > 0, "steps counted (%llu)", (unsigned long long)vm->steps);
    Buf d = BUF_INIT;
    disasm_proto(&d, prog, fib);
    ok(strstr(buf_str(&d), "IJLT") && strstr(buf_str(&d), "main.fib"), "disasm lists instructions");
    buf_fini(&d);
    finish();
}

static void test_closures(void)
{
    new_program();
    Proto *inc = mkproto("main.main.func1", 0, 1, 2,
                         (Instr[]){I(GETUP, 0, 0, 0), I(LOAD, 1, 0, 0), ISC(ADDI, 1, 1, 1),
                                   I(STORE, 0, 1, 0), I(RET, 1, 1, 0)}, 5);
    inc->nup = 1;
    inc->up = xcalloc(1, sizeof(UpDesc));
    inc->up[0].from_local = true;
    inc->up[0].index = 0;
    Proto *m = MAIN(IBX(NEWPTR, 0, TID_INT), IBX(CLOSURE, 1, pidx(inc)),
                    I(MOVE, 2, 1, 0), I(CALLV, 2, 0, 0), I(MOVE, 2, 1, 0), I(CALLV, 2, 0, 0),
                    I(MOVE, 2, 1, 0), I(CALLV, 2, 0, 0), I(MOVE, 4, 2, 0), IBX(CALL, 3, P_PRINTI),
                    I(LOAD, 4, 0, 0), IBX(CALL, 3, P_PRINTI), I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    is_str(buf_str(&out), "3\n3\n", "closure increments a captured box");
    finish();
}

static void test_strings(void)
{
    new_program();
    int kfoo = kstr("foo"), kbar = kstr("bar");
    Proto *m = MAIN(IBX(LOADK, 0, kfoo), IBX(LOADK, 1, kbar), I(CONCAT, 2, 0, 1),
                    I(MOVE, 4, 2, 0), IBX(CALL, 3, P_PRINTS),
                    IBX(LOADI, 5, 1), IBX(LOADI, 6, 4), I(SSLICE, 4, 2, 5), IBX(CALL, 3, P_PRINTS),
                    IBX(LOADI, 5, 3), I(SINDEX, 4, 2, 5), IBX(CALL, 3, P_PRINTI),
                    I(LEN, 4, 2, 0), IBX(CALL, 3, P_PRINTI),
                    I(SLT, 4, 1, 0), IBX(CALL, 3, P_PRINTI),
                    IBX(LOADI, 5, 10), I(SINDEX, 4, 2, 5), I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_str(buf_str(&out), "foobar\noob\n98\n6\n1\n", "concat, slice, index, len, compare");
    ok(has_prefix(buf_str(&err), "panic: runtime error: index out of range [10] with length 6\n"),
       "string index panic text");
    is_int(rc, 2, "exit 2");
    finish();

    new_program();
    kfoo = kstr("foo");
    m = MAIN(IBX(LOADK, 0, kfoo), IBX(LOADI, 5, 2), IBX(LOADI, 6, 5), I(SSLICE, 4, 0, 5), I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    ok(has_prefix(buf_str(&err), "panic: runtime error: slice bounds out of range [:5] with length 3\n"),
       "string slice panic text");
    finish();
}

static void test_slices(void)
{
    new_program();
    /* append 1000 ints one by one, printing cap whenever it changes ([]int elements are
     * raw 8-byte words: the compiler indexes them with IINDEXW/ISETW) */
    Proto *m = MAIN(
        I(LOADZ, 0, 0, 0), IBX(LOADI, 1, 0), IBX(LOADI, 2, 1000), IBX(LOADI, 3, -1),
        /* 4 */ I(APPEND, 0, 1, 1), IBX(EXTRA, 0, TID_INT), I(CAP, 4, 0, 0), ISC(IJEQ, 4, 3, 3),
        I(MOVE, 3, 4, 0), I(MOVE, 6, 4, 0), IBX(CALL, 5, P_PRINTI),
        /* 11 */ ISC(ADDI, 1, 1, 1), ISC(IJLT, 1, 2, -9),
        /* last element */ IBX(LOADI, 7, 999), I(IINDEXW, 6, 0, 7), IBX(CALL, 5, P_PRINTI),
        I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    is_str(buf_str(&out), "1\n2\n4\n8\n16\n32\n64\n128\n256\n512\n848\n1280\n999\n",
           "append growth caps match Go's []int");
    finish();

    /* sharing: s := make([]int, 3, 10); t := append(s, 4); t[0] = 99; s[0] */
    new_program();
    m = MAIN(IBX(LOADI, 1, 3), IBX(LOADI, 2, 10), I(MAKESLICE, 0, 1, TID_INT),
             I(MOVE, 3, 0, 0), IBX(LOADI, 4, 4), I(APPEND, 3, 4, 1), IBX(EXTRA, 0, TID_INT),
             IBX(LOADI, 5, 0), IBX(LOADI, 6, 99), I(ISETW, 3, 5, 6),
             I(IINDEXW, 8, 0, 5), IBX(CALL, 7, P_PRINTI), I(LEN, 8, 3, 0), IBX(CALL, 7, P_PRINTI),
             /* copy(s, t[1:]) */
             IBX(LOADI, 10, 1), I(LEN, 11, 3, 0), I(SLICE, 9, 3, 10),
             I(COPY, 8, 0, 9), IBX(CALL, 7, P_PRINTI), IBX(LOADI, 5, 2), I(IINDEXW, 8, 0, 5),
             IBX(CALL, 7, P_PRINTI),
             /* s[1:20] panics */
             IBX(LOADI, 11, 20), I(SLICE, 9, 0, 10), I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_str(buf_str(&out), "99\n4\n3\n4\n", "append within capacity shares the array; copy");
    ok(has_prefix(buf_str(&err), "panic: runtime error: slice bounds out of range [:20] with capacity 10\n"),
       "slice bounds panic text");
    is_int(rc, 2, "exit 2");
    finish();

    /* makeslice with negative len */
    new_program();
    m = MAIN(IBX(LOADI, 1, -1), IBX(LOADI, 2, 10), I(MAKESLICE, 0, 1, TID_INT), I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    ok(has_prefix(buf_str(&err), "panic: runtime error: makeslice: len out of range\n"), "makeslice len");
    finish();
}

static void test_maps(void)
{
    new_program();
    Proto *m = MAIN(I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    ObjMap *mp = obj_map(vm, &t_map_ii, 0);
    vm_push_tmp(vm, val_ref(&mp->hdr));
    for (int i = 0; i < 10000; i++) map_set(vm, mp, val_int(i), val_int(i * 2));
    is_int(map_len(mp), 10000, "10,000 keys");
    Value v;
    ok(map_get(mp, val_int(1234), &v) && v.i == 2468, "get");
    ok(!map_get(mp, val_int(10000), &v), "missing key");
    for (int i = 0; i < 10000; i += 2) map_delete(vm, mp, val_int(i));
    is_int(map_len(mp), 5000, "delete half");
    ok(!map_get(mp, val_int(42), &v) && map_get(mp, val_int(43), &v), "deleted gone, others stay");
    for (int i = 0; i < 10000; i += 2) map_set(vm, mp, val_int(i), val_int(i));
    is_int(map_len(mp), 10000, "re-add");
    char *seen = xcalloc(10000, 1);
    ObjMapIter *it = obj_mapiter(vm, mp);
    Value k;
    int count = 0, dup = 0;
    while (map_next(it, &k, &v)) {
        if (seen[k.i]++) dup++;
        count++;
    }
    is_int(count, 10000, "iteration visits every key");
    is_int(dup, 0, "... once");
    free(seen);
    /* sorted */
    int64_t n;
    MapEntry *es = map_sorted_entries(mp, &n);
    bool sorted = n == 10000;
    for (int64_t i = 1; i < n; i++) sorted &= es[i - 1].key.i < es[i].key.i;
    ok(sorted, "map_sorted_entries sorts int keys");
    free(es);
    /* string keys */
    ObjMap *ms = obj_map(vm, &t_map_si, 0);
    vm_push_tmp(vm, val_ref(&ms->hdr));
    const char *words[] = {"pear", "apple", "fig", "banana"};
    for (int i = 0; i < 4; i++) map_set(vm, ms, vm_cstring(vm, words[i]), val_int(i));
    ok(map_get(ms, vm_cstring(vm, "fig"), &v) && v.i == 2, "string keys by content");
    es = map_sorted_entries(ms, &n);
    is_str(str_data(es[0].key), "apple", "sorted strings");
    is_str(str_data(es[3].key), "pear", "sorted strings (last)");
    free(es);
    vm_pop_tmp(vm, 2);
    finish();

    /* iteration order: differs across seeds, stable for one seed */
    int64_t firsts[3];
    uint64_t seeds[3] = {1, 2, 1};
    for (int s = 0; s < 3; s++) {
        new_program();
        run_main(MAIN(I(RET, 0, 0, 0)), seeds[s], 0);
        ObjMap *q = obj_map(vm, &t_map_ii, 0);
        for (int i = 0; i < 100; i++) map_set(vm, q, val_int(i), val_int(i));
        ObjMapIter *jt = obj_mapiter(vm, q);
        firsts[s] = 0;
        for (int j = 0; j < 3 && map_next(jt, &k, &v); j++) firsts[s] = firsts[s] * 100 + k.i;
        finish();
    }
    ok(firsts[0] != firsts[1], "order differs for two seeds");
    ok(firsts[0] == firsts[2], "order is stable for one seed");

    /* bytecode: MSET/MGET2/MDEL and the nil map panic */
    new_program();
    m = MAIN(IBX(LOADI, 1, 0), I(MAKEMAP, 0, 1, TID_MAP_II), IBX(LOADI, 1, 5), IBX(LOADI, 2, 50),
             I(MSET, 0, 1, 2), I(MGET2, 3, 0, 1), I(MOVE, 6, 3, 0), IBX(CALL, 5, P_PRINTI),
             I(MOVE, 6, 4, 0), IBX(CALL, 5, P_PRINTI), I(MDEL, 0, 1, 0), I(MGET2, 3, 0, 1),
             I(MOVE, 6, 4, 0), IBX(CALL, 5, P_PRINTI), I(LEN, 6, 0, 0), IBX(CALL, 5, P_PRINTI),
             I(LOADZ, 0, 0, 0), I(MSET, 0, 1, 2), I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_str(buf_str(&out), "50\n1\n0\n0\n", "MSET MGET2 MDEL LEN");
    ok(has_prefix(buf_str(&err), "panic: assignment to entry in nil map\n"), "nil map panic");
    is_int(rc, 2, "exit 2");
    finish();
}

static void test_ifaces(void)
{
    new_program();
    Proto *m = MAIN(IBX(LOADI, 0, 7), I(IFACE, 1, 0, TID_INT), I(ASSERT, 4, 1, TID_INT), IBX(EXTRA, 0, TID_ANY),
                    IBX(CALL, 3, P_PRINTI), I(ASSERT2, 4, 1, TID_STRING), IBX(EXTRA, 0, TID_ANY),
                    I(MOVE, 4, 5, 0), IBX(CALL, 3, P_PRINTI), I(ISTYPE, 4, 1, TID_INT), IBX(CALL, 3, P_PRINTI),
                    I(MOVE, 6, 1, 0), IBX(LOADI, 5, 7), I(IFACE, 7, 5, TID_INT), I(EQV, 4, 6, TID_ANY),
                    IBX(CALL, 3, P_PRINTI),
                    I(ASSERT, 4, 1, TID_STRING), IBX(EXTRA, 0, TID_ANY), I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_str(buf_str(&out), "7\n0\n1\n1\n", "IFACE ASSERT ASSERT2 ISTYPE EQV");
    ok(has_prefix(buf_str(&err), "panic: interface conversion: interface {} is int, not string\n"),
       "assert panic text");
    is_int(rc, 2, "exit 2");
    finish();

    new_program();
    m = MAIN(I(LOADZ, 1, 0, 0), I(ASSERT, 4, 1, TID_INT), IBX(EXTRA, 0, TID_ANY), I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    ok(has_prefix(buf_str(&err), "panic: interface conversion: interface {} is nil, not int\n"),
       "nil assert panic text");
    finish();
}

static void test_defers(void)
{
    new_program();
    Proto *pr = mkproto("main.show", 1, 0, 3, (Instr[]){I(MOVE, 2, 0, 0), IBX(CALL, 1, P_PRINTI), I(RET, 0, 0, 0)}, 3);
    Proto *m = MAIN(IBX(LOADF, 0, P_PRINTI), IBX(LOADI, 1, 1), I(DEFER, 0, 1, 0),
                    IBX(LOADF, 0, pidx(pr)), IBX(LOADI, 1, 2), I(DEFER, 0, 1, 0),
                    IBX(LOADI, 1, 3), I(DEFER, 0, 1, 0), IBX(LOADI, 3, 0), IBX(CALL, 2, P_PRINTI),
                    I(RUNDEFERS, 0, 0, 0), I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    is_str(buf_str(&out), "0\n3\n2\n1\n", "defers run LIFO at return (Go and native)");
    finish();
}

static void test_recover(void)
{
    new_program();
    Proto *rec = mkproto("main.f.func1", 0, 0, 4,
                         (Instr[]){I(RECOVER, 0, 0, 0), I(MOVE, 2, 0, 0), IBX(CALL, 1, P_PRINTS),
                                   I(RECOVER, 0, 0, 0), I(ISTYPE, 2, 0, 0), IBX(CALL, 1, P_PRINTI),
                                   I(RET, 0, 0, 0)}, 7);
    int kboom = kstr("boom");
    Proto *f = mkproto("main.f", 0, 1, 4,
                       (Instr[]){IBX(LOADI, 0, 5), IBX(LOADF, 1, pidx(rec)), I(DEFER, 1, 0, 0),
                                 IBX(LOADK, 2, kboom), I(IFACE, 2, 2, TID_STRING), I(PANIC, 2, 0, 0),
                                 IBX(LOADI, 0, 6), I(RUNDEFERS, 0, 0, 0), I(RET, 0, 1, 0)}, 9);
    Proto *m = MAIN(IBX(CALL, 0, pidx(f)), I(MOVE, 2, 0, 0), IBX(CALL, 1, P_PRINTI), I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_int(rc, 0, "recovered panic: exit 0");
    is_str(buf_str(&out), "boom\n1\n5\n", "recover returns the value once; f returns its result registers");
    is_str(buf_str(&err), "", "nothing on stderr");
    finish();

    /* unrecovered: Go's text and traceback */
    new_program();
    kboom = kstr("boom");
    f = mkproto("main.g", 1, 0, 4,
                (Instr[]){IBX(LOADK, 2, kboom), I(IFACE, 2, 2, TID_STRING), I(PANIC, 2, 0, 0), I(RET, 0, 0, 0)}, 4);
    m = MAIN(IBX(LOADI, 1, 1), IBX(CALL, 0, pidx(f)), I(RET, 0, 0, 0));
    rc = run_main(m, 1, 0);
    is_int(rc, 2, "unrecovered panic: exit 2");
    is_str(buf_str(&err),
           "panic: boom\n\ngoroutine 1 [running]:\nmain.g(...)\n\t/tmp/main.go:102 +0x8\n"
           "main.main()\n\t/tmp/main.go:101 +0x4\n",
           "unrecovered panic output and traceback");
    finish();

    /* named type, float, re-panic chain with [recovered], nil deref */
    new_program();
    Proto *rp = mkproto("main.main.func1", 0, 0, 4,
                        (Instr[]){I(RECOVER, 0, 0, 0), IBX(LOADI, 1, 5), I(IFACE, 1, 1, TID_NAMED),
                                  I(PANIC, 1, 0, 0), I(RET, 0, 0, 0)}, 5);
    m = MAIN(IBX(LOADF, 0, pidx(rp)), I(DEFER, 0, 0, 0), IBX(LOADK, 1, kint(0x3FF8000000000000LL)),
             I(IFACE, 1, 1, TID_FLOAT), I(PANIC, 1, 0, 0), I(RUNDEFERS, 0, 0, 0), I(RET, 0, 0, 0));
    rc = run_main(m, 1, 0);
    ok(has_prefix(buf_str(&err), "panic: +1.500000e+000 [recovered]\n\tpanic: main.N(5)\n\ngoroutine 1 [running]:\n"),
       "panic chain prints the recovered one first");
    finish();

    new_program();
    m = MAIN(I(LOADZ, 0, 0, 0), I(LOAD, 1, 0, 0), I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    is_str(buf_str(&err),
           "panic: runtime error: invalid memory address or nil pointer dereference\n"
           "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 1 [running]:\n"
           "main.main()\n\t/tmp/main.go:101 +0x4\n", "nil dereference adds the signal line");
    finish();
}

static Type t_myerr = {.kind = K_INT, .name = "E", .pkg = "main"};

static void test_error_print(void)
{
    new_program();
    int kmsg = kstr("custom failure");
    Proto *em = mkproto("main.E.Error", 1, 1, 2, (Instr[]){IBX(LOADK, 1, kmsg), I(RET, 1, 1, 0)}, 2);
    Method meth = {.name = "Error", .fn = em};
    t_myerr.methods = &meth;
    t_myerr.nmethods = 1;
    t_myerr.under = &t_myerr;
    prog->types = xrealloc(prog->types, (size_t)(prog->ntypes + 1) * sizeof(Type *));
    prog->types[prog->ntypes] = &t_myerr;
    t_myerr.id = (uint32_t)prog->ntypes++;
    Proto *m = MAIN(IBX(LOADI, 0, 3), I(IFACE, 0, 0, t_myerr.id), I(PANIC, 0, 0, 0), I(RET, 0, 0, 0));
    int rc = run_main(m, 1, 0);
    is_int(rc, 2, "error panic: exit 2");
    ok(has_prefix(buf_str(&err), "panic: custom failure\n\ngoroutine 1 [running]:\nmain.main()\n"),
       "an error value prints its Error() result");
    finish();
    t_myerr.methods = NULL;
    t_myerr.nmethods = 0;
}

static void test_limits(void)
{
    new_program();
    Proto *m = MAIN(IBX(JMP, 0, -1));
    int rc = run_main(m, 1, 100000);
    is_int(rc, 3, "step limit: exit 3 (EXIT_LIMIT)");
    ok(has_prefix(buf_str(&err), "fatal error: gorolab: step limit of 100000 instructions exceeded (raise it with --max-steps)\n"),
       "step limit text");
    finish();

    new_program();
    Proto *r = mkproto("main.r", 0, 0, 2, NULL, 0);
    Instr code[] = {IBX(CALL, 0, pidx(r)), I(RET, 0, 0, 0)};
    free(r->code);
    free(r->lines);
    r->code = xmalloc(sizeof code);
    memcpy(r->code, code, sizeof code);
    r->ncode = 2;
    r->lines = xcalloc(2, sizeof(int32_t));
    m = MAIN(IBX(CALL, 0, pidx(r)), I(RET, 0, 0, 0));
    max_stack = 1000000;   /* Go's is 1e9: the same rules, 1,000 times smaller */
    rc = run_main(m, 1, 0);
    max_stack = 0;
    is_int(rc, 2, "stack overflow: exit 2");
    ok(has_prefix(buf_str(&err), "runtime: goroutine stack exceeds 1000000-byte limit\nfatal error: stack overflow\n"),
       "stack overflow text");
    /* Go's stack doubles from 8 KiB while it stays within the limit: 512 KiB
     * here, 32 bytes a frame (2 registers, return address, frame pointer) */
    is_int(vm->allgs[0]->stack_bytes / 32 >= 16383 && vm->allgs[0]->stack_bytes <= 524288, 1,
           "stack overflow: at 512 KiB of Go frames");
    ok(strstr(buf_str(&err), "frames elided") != NULL, "long traces are elided");
    finish();
}

static void test_gc(void)
{
    new_program();
    /* live := make([]int, 65536) (512 KiB: ints are raw 8-byte elements, so IINDEXW/ISETW);
     * live[0] = 7; 200 x garbage of 512 KiB */
    Proto *m = MAIN(IBX(LOADI, 1, 65536), IBX(LOADI, 2, 65536), I(MAKESLICE, 0, 1, TID_INT),
                    IBX(LOADI, 3, 0), IBX(LOADI, 4, 7), I(ISETW, 0, 3, 4),
                    IBX(LOADI, 5, 0), IBX(LOADI, 6, 200),
                    /* 8 */ I(MAKESLICE, 7, 1, TID_INT), ISC(ADDI, 5, 5, 1), ISC(IJLT, 5, 6, -3),
                    I(IINDEXW, 9, 0, 3), IBX(CALL, 8, P_PRINTI), I(RET, 0, 0, 0));
    run_main(m, 1, 0);
    is_str(buf_str(&out), "7\n", "live data intact after 100 MiB of garbage");
    ok(vm->heap_peak < 16u << 20, "heap_peak %zu < 16 MiB", vm->heap_peak);
    ok(vm->gc_count > 10, "collections ran (%llu)", (unsigned long long)vm->gc_count);
    finish();

    /* structs and arrays: zero values, clone independence, equality */
    new_program();
    run_main(MAIN(I(RET, 0, 0, 0)), 1, 0);
    ObjCells *a = obj_zero(vm, &t_arr_point);
    vm_push_tmp(vm, val_ref(&a->hdr));
    ok(a->n == 3 && a->v[2].o && ((ObjCells *)a->v[2].o)->n == 2, "array of structs allocates elements");
    Value b = val_clone(vm, &t_arr_point, val_ref(&a->hdr));
    Type *unc = NULL;
    ok(val_equal(&t_arr_point, val_ref(&a->hdr), b, &unc), "clone == original");
    ((ObjCells *)a->v[1].o)->v[0] = val_int(3);
    ok(!val_equal(&t_arr_point, val_ref(&a->hdr), b, &unc), "clone is independent");
    val_copy_into(&t_arr_point, b, val_ref(&a->hdr));
    ok(val_equal(&t_arr_point, val_ref(&a->hdr), b, &unc), "copy_into");
    Value nan = val_float(0.0 / 0.0);
    ok(!val_equal(&t_float, nan, nan, &unc), "NaN != NaN");
    ok(val_equal(&t_float, val_float(0.0), val_float(-0.0), &unc) &&
       val_hash(&t_float, val_float(0.0)) == val_hash(&t_float, val_float(-0.0)), "+0 == -0");
    Value s1 = val_iface(obj_slice(vm, obj_cells(vm, &t_int, 0), 0, 0, 0), TID_SLICE_INT);
    unc = NULL;
    val_equal(&t_any, s1, s1, &unc);
    ok(unc == &t_slice_int, "interfaces holding slices are uncomparable");
    vm_pop_tmp(vm, 1);
    gc_collect(vm);
    finish();
}

int main(void)
{
    plan_lazy();
    test_arith();
    test_divzero();
    test_fib();
    test_closures();
    test_strings();
    test_slices();
    test_maps();
    test_ifaces();
    test_defers();
    test_recover();
    test_error_print();
    test_limits();
    test_gc();
    buf_fini(&out);
    buf_fini(&err);
    return done_testing();
}
