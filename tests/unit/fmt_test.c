/* tests/unit/fmt_test.c: the natives of fmt, errors and os (lib_fmt.c,
 * lib_errors.c, lib_os.c) called directly on hand-made values and types.
 *
 * Expected strings come from Go 1.19 running the same calls (pointer
 * addresses aside). The VM is a bare struct with a hand-made Program type
 * table; String/Error methods are fake Protos, and the tests play the VM's
 * part of the callback protocol: on NAT_CALL they check the requested call,
 * append its result to vm->cb_results and run the native again.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "lang/types.h"
#include "lib/stdlib.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "vm/object.h"
#include "vm/vm.h"
#include "tap.h"

static VM *vm;
static Program prog;

/* ---- building values ---------------------------------------------------- */

/* tid registers t in the program's type table and returns its id. */
static uint32_t tid(Type *t)
{
    if (t->id) return t->id;
    if (prog.ntypes == 0) XPUSH(prog.types, prog.ntypes, prog.captypes, NULL);
    t->id = (uint32_t)prog.ntypes;
    XPUSH(prog.types, prog.ntypes, prog.captypes, t);
    val_types = prog.types;
    val_ntypes = prog.ntypes;
    return t->id;
}

/* Values are kept in vm->tmp so a collection cannot take them. */
static Value keep(Value v)
{
    vm_push_tmp(vm, v);
    return v;
}

static Value box(Type *t, Value v) { return val_iface(v, tid(t)); }
static Value S(const char *s) { return keep(vm_cstring(vm, s)); }
static Value I(int64_t i) { return box(ty_int, val_int(i)); }
static Value STR(const char *s) { return box(ty_string, S(s)); }
static Value NIL(void) { return val_zero(); }

/* cells makes an ObjCells of element/struct type t from n values. */
static Value cells(Type *t, int n, const Value *vs)
{
    ObjCells *c = obj_cells(vm, t, n);
    if (t && t->kind != K_STRUCT && t->kind != K_ARRAY) c->hdr.flags |= OBJF_BACKING;
    for (int i = 0; i < n; i++) c->v[i] = vs[i];
    return keep(val_ref((Obj *)c));
}

static Value slice(Type *elem, int n, const Value *vs)
{
    Value arr = cells(elem, n, vs);
    return keep(obj_slice(vm, (ObjCells *)arr.o, 0, n, n));
}

/* ops makes the []any of a variadic call. */
static Value ops(int n, ...)
{
    Value vs[32];
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) vs[i] = va_arg(ap, Value);
    va_end(ap);
    return slice(ty_any, n, vs);
}

static Value bytes(const char *s)
{
    Value vs[64];
    int n = (int)strlen(s);
    for (int i = 0; i < n; i++) vs[i] = val_int((unsigned char)s[i]);
    return slice(ty_uint8, n, vs);
}

/* ---- calling natives ---------------------------------------------------- */

static NativeFn native(const NativeDef *table, const char *name)
{
    for (const NativeDef *d = table; d->name; d++)
        if (strcmp(d->name, name) == 0) return d->fn;
    fprintf(stderr, "no native %s\n", name);
    abort();
}

/* The fake Go methods: a callback's result is produced by `impl` from the
 * receiver, standing in for running the Proto. */
typedef Value (*FakeImpl)(Value recv);
typedef struct Fake {
    Proto    proto;
    FakeImpl impl;
} Fake;

static Fake fakes[8];
static int nfakes;
static int ncallbacks;   /* callbacks served by the last call() */

static Proto *fake(const char *name, FakeImpl impl)
{
    Fake *f = &fakes[nfakes++];
    f->proto.name = name;
    f->impl = impl;
    return &f->proto;
}

static void add_result(Value r)
{
    XPUSH(vm->cb_results, vm->ncb_results, vm->capcb_results, r);
}

/* call runs fn as the VM would: re-running it after every NAT_CALL. */
static NatStatus call(NativeFn fn, Value *args, int nargs, Value *rets)
{
    Value saved[8];
    if (nargs) memcpy(saved, args, (size_t)nargs * sizeof *args);
    vm->ncb_results = 0;
    vm->cb_consumed = 0;
    ncallbacks = 0;
    for (;;) {
        if (nargs) memcpy(rets, saved, (size_t)nargs * sizeof *args);
        NatStatus st = fn(vm, rets, rets);
        if (st != NAT_CALL) {
            vm->ncb_results = 0;
            vm->cb_consumed = 0;
            return st;
        }
        ObjClosure *cl = (ObjClosure *)vm->cb_fn.o;
        Fake *f = (Fake *)cl->proto;
        if (vm->cb_nargs != 1) return NAT_PANIC;
        add_result(keep(f->impl(vm->cb_args[0])));
        ncallbacks++;
        vm->cb_consumed = 0;
    }
}

static char *last;   /* the last result, C heap */

static const char *go_str(Value s)
{
    free(last);
    last = xstrndup(str_data(s), (size_t)str_len(s));
    return last;
}

static const char *sprintf_(const char *format, Value a)
{
    Value args[2] = {S(format), a}, rets[2];
    NatStatus st = call(native(lib_fmt_natives, "fmt.Sprintf"), args, 2, rets);
    if (st != NAT_OK) return "(not NAT_OK)";
    return go_str(rets[0]);
}

static const char *sprint_(const char *name, Value a)
{
    Value args[1] = {a}, rets[2];
    NatStatus st = call(native(lib_fmt_natives, name), args, 1, rets);
    if (st != NAT_OK) return "(not NAT_OK)";
    return go_str(rets[0]);
}

/* ---- types -------------------------------------------------------------- */

static Type *T, *pT, *Sn, *W, *E, *pE;

static Value s_string(Value recv)
{
    char b[32];
    snprintf(b, sizeof b, "S%lld", (long long)recv.i);
    return vm_cstring(vm, b);
}

static Value e_error(Value recv) { return vm_cstring(vm, "E!"); }

static void add_method(Type *t, const char *name, Proto *fn, bool ptr_recv)
{
    Method m = {0};
    m.name = name;
    m.sig = type_func(NULL, 0, &ty_string, 1, false);
    m.fn = fn;
    m.ptr_recv = ptr_recv;
    XPUSH(t->methods, t->nmethods, t->capmethods, m);
}

static void make_types(void)
{
    Field tf[2] = {{"A", ty_int, false, NULL}, {"B", ty_string, false, NULL}};
    T = type_named("main", "T");
    type_set_underlying(T, type_struct(tf, 2));
    pT = type_pointer(T);

    Sn = type_named("main", "S");
    type_set_underlying(Sn, ty_int);
    add_method(Sn, "String", fake("main.S.String", s_string), false);

    Field wf[2] = {{"X", Sn, false, NULL}, {"y", Sn, false, NULL}};
    W = type_named("main", "W");
    type_set_underlying(W, type_struct(wf, 2));

    Field ef[1] = {{"Code", ty_int, false, NULL}};
    E = type_named("main", "E");
    type_set_underlying(E, type_struct(ef, 1));
    add_method(E, "Error", fake("main.(*E).Error", e_error), true);
    pE = type_pointer(E);
}

static Value t_value(int64_t a, const char *b)
{
    Value f[2] = {val_int(a), S(b)};
    return cells(T, 2, f);
}

/* ---- tests -------------------------------------------------------------- */

static void test_basic(void)
{
    is_str(sprint_("fmt.Sprint", ops(5, STR("a"), I(1), I(2), STR("b"), box(ty_float64, val_float(3.5)))),
           "a1 2b3.5", "Sprint spacing");
    is_str(sprint_("fmt.Sprintln",
                   ops(9, box(ty_float64, val_float(1e6)), box(ty_float64, val_float(3.14)),
                       box(ty_float64, val_float(123456789.0)), box(ty_bool, val_bool(true)), NIL(),
                       box(ty_int8, val_int(-5)), box(ty_uint8, val_int(200)),
                       box(ty_float32, val_float((float)0.1)),
                       box(ty_uint64, val_int(-1)))),
           "1e+06 3.14 1.23456789e+08 true <nil> -5 200 0.1 18446744073709551615\n",
           "Sprintln basics");
    Value b = box(type_slice(ty_uint8), bytes("hi"));
    is_str(sprintf_("%v %s %x %X %q %#v %d", ops(7, b, b, b, b, b, b, b)),
           "[104 105] hi 6869 6869 \"hi\" []byte{0x68, 0x69} [104 105]", "[]byte verbs");
    is_str(sprint_("fmt.Sprint", ops(0)), "", "Sprint()");
    is_str(sprint_("fmt.Sprint", ops(1, NIL())), "<nil>", "Sprint(nil)");
    is_str(sprint_("fmt.Sprint", ops(1, box(type_slice(ty_int), NIL()))), "[]", "nil slice");
    is_str(sprint_("fmt.Sprint", ops(2, STR("a"), STR("b"))), "ab", "two strings");
    is_str(sprintf_("%6.2v|%v|%#v", ops(3, box(ty_float64, val_float(3.14159)),
                                          box(ty_float64, val_float(1e21)),
                                          box(ty_float64, val_float(1.0)))),
           "   3.1|1e+21|1", "float %%v");
    is_str(sprintf_("%#v %#v", ops(2, box(ty_uint8, val_int(7)), STR("q"))), "0x7 \"q\"",
           "%%#v basics");
}

static void test_structs(void)
{
    Value t = box(T, t_value(1, "hi"));
    is_str(sprintf_("%v %+v %#v", ops(3, t, t, t)), "{1 hi} {A:1 B:hi} main.T{A:1, B:\"hi\"}",
           "struct verbs");
    Value p = box(pT, val_ptr(t.o, POINTER_WHOLE));
    Value one[1] = {val_unbox(t)};
    Value ts = box(type_slice(T), slice(T, 1, one));
    is_str(sprintf_("%v %+v %#v", ops(3, p, p, ts)),
           "&{1 hi} &{A:1 B:hi} []main.T{main.T{A:1, B:\"hi\"}}", "pointer to struct, %%#v slice");
    is_str(sprintf_("%#v", ops(1, p)), "&main.T{A:1, B:\"hi\"}", "%%#v pointer");
    Value ps[1] = {val_ptr(t.o, POINTER_WHOLE)};
    const char *got = sprint_("fmt.Sprint", ops(1, box(type_slice(pT), slice(pT, 1, ps))));
    ok(strncmp(got, "[0xc", 4) == 0 && got[strlen(got) - 1] == ']', "nested pointer as address: %s",
       got);
    is_str(sprintf_("%v %+v", ops(2, box(pT, NIL()), box(type_map(ty_string, ty_int), NIL()))),
           "<nil> map[]", "nil pointer, nil map");
    Value bs[2] = {val_bool(true), val_bool(false)};
    is_str(sprintf_("%v %#v", ops(2, box(type_array(ty_bool, 2), cells(type_array(ty_bool, 2), 2, bs)),
                                  box(type_struct(NULL, 0), cells(type_struct(NULL, 0), 0, NULL)))),
           "[true false] struct {}{}", "array, empty struct");
}

static void test_maps(void)
{
    Type *msi = type_map(ty_string, ty_int);
    ObjMap *m = obj_map(vm, msi, 0);
    keep(val_ref((Obj *)m));
    map_set(vm, m, S("b"), val_int(2));
    map_set(vm, m, S("a"), val_int(1));
    Type *mis = type_map(ty_int, ty_string);
    ObjMap *m2 = obj_map(vm, mis, 0);
    keep(val_ref((Obj *)m2));
    map_set(vm, m2, val_int(3), S("c"));
    map_set(vm, m2, val_int(-1), S("m"));
    map_set(vm, m2, val_int(0), S("z"));
    Value a = box(msi, val_ref((Obj *)m)), b = box(mis, val_ref((Obj *)m2));
    is_str(sprint_("fmt.Sprint", ops(2, a, b)), "map[a:1 b:2] map[-1:m 0:z 3:c]", "sorted maps");
    is_str(sprintf_("%#v", ops(1, a)), "map[string]int{\"a\":1, \"b\":2}", "%%#v map");
}

static void test_types_and_bad_verbs(void)
{
    Value t = box(T, t_value(1, "hi"));
    is_str(sprintf_("%T %T %T %T %T",
                    ops(5, box(type_slice(ty_int), NIL()), box(type_map(ty_string, ty_int), NIL()),
                        box(pT, val_ptr(t.o, POINTER_WHOLE)), NIL(), t)),
           "[]int map[string]int *main.T <nil> main.T", "%%T");
    is_str(sprintf_("%d|%d %d|%d|%d|%!|%s|%z", ops(7, STR("hi"), I(1), I(1), I(3), NIL(), NIL(), I(5))),
           "%!d(string=hi)|1 1|3|%!d(<nil>)|%!!(<nil>)|%!s(int=5)|%!z(MISSING)", "bad verbs");
    is_str(sprintf_("%d\n", ops(2, I(1), I(3))), "1\n%!(EXTRA int=3)", "EXTRA");
    is_str(sprintf_("%*d|%-*d|%.*f", ops(6, I(5), I(1), I(4), I(2), I(2),
                                         box(ty_float64, val_float(3.14159)))),
           "    1|2   |3.14", "star width and precision");
}

static void test_lists(void)
{
    Value anys[2] = {NIL(), I(1)};
    Value one_nil[1] = {NIL()};
    is_str(sprintf_("%v %d", ops(2, box(type_slice(ty_any), slice(ty_any, 2, anys)),
                                 box(type_slice(ty_any), slice(ty_any, 1, one_nil)))),
           "[<nil> 1] [<nil>]", "[]any with nil");
    Value ax[2] = {NIL(), STR("x")};
    Value i12[2] = {val_int(1), val_int(2)}, i1011[2] = {val_int(10), val_int(11)};
    Value sab[2] = {S("a"), S("b")}, f[1] = {val_float(1.25)}, i3[1] = {val_int(3)};
    is_str(sprintf_("%#v [%6v] %x %q %5.1f|%-4d|%05d",
                    ops(7, box(type_slice(ty_any), slice(ty_any, 2, ax)),
                        box(type_slice(ty_int), slice(ty_int, 2, i12)),
                        box(type_slice(ty_int), slice(ty_int, 2, i1011)),
                        box(type_slice(ty_string), slice(ty_string, 2, sab)),
                        box(type_slice(ty_float64), slice(ty_float64, 1, f)),
                        box(type_slice(ty_int), slice(ty_int, 1, i3)), box(ty_int8, val_int(-3)))),
           "[]interface {}{interface {}(nil), \"x\"} [[     1      2]] [a b] [\"a\" \"b\"] [  1.2]|[3   ]|-0003",
           "flags apply to elements");
}

static void test_methods(void)
{
    Value s5 = box(Sn, val_int(5)), s3 = box(Sn, val_int(3));
    Value s12[2] = {val_int(1), val_int(2)};
    is_str(sprintf_("%v %d %s %x", ops(4, s5, s5, box(type_slice(Sn), slice(Sn, 2, s12)), s3)),
           "S5 5 [S1 S2] 5333", "Stringer, %%d uses the number, nested Stringers");
    is_int(ncallbacks, 4, "one callback per String call");
    Value wf[2] = {val_int(1), val_int(2)};
    Value w = box(W, cells(W, 2, wf));
    is_str(sprintf_("%v %+v", ops(2, w, w)), "{S1 2} {X:S1 y:2}", "unexported fields print raw");
    Value ef[1] = {val_int(1)};
    Value e = cells(E, 1, ef);
    Value errs[2] = {box(pE, val_ptr(e.o, POINTER_WHOLE)), NIL()};
    is_str(sprintf_("%v %s", ops(2, box(pE, val_ptr(e.o, POINTER_WHOLE)),
                                 box(type_slice(ty_error), slice(ty_error, 2, errs)))),
           "E! [E! <nil>]", "Error on pointer receiver, nested");
    is_str(sprint_("fmt.Sprintln", ops(1, box(pE, val_ptr(e.o, POINTER_WHOLE)))), "E!\n",
           "Println uses Error");
    is_str(sprintf_("%v", ops(1, box(type_pointer(Sn), NIL()))), "<nil>",
           "value method through nil pointer prints <nil>");
}

static void test_errorf(void)
{
    Value ef[1] = {val_int(1)};
    Value e = cells(E, 1, ef);
    Value err = box(pE, val_ptr(e.o, POINTER_WHOLE));
    Value args[2] = {S("a %w b %v c %w"), ops(3, err, I(7), err)}, rets[2];
    NatStatus st = call(native(lib_fmt_natives, "fmt.errorf"), args, 2, rets);
    is_int(st, NAT_OK, "errorf status");
    is_str(go_str(rets[0]), "a E! b 7 c E!", "errorf text");
    ObjSlice *idx = (ObjSlice *)rets[1].o;
    ok(idx && slice_len(rets[1]) == 2 && cells_get(idx->arr, 0).i == 0 && cells_get(idx->arr, 1).i == 2, "errorf %%w indexes");
    Value args2[2] = {S("%w"), ops(1, I(1))};
    st = call(native(lib_fmt_natives, "fmt.errorf"), args2, 2, rets);
    is_str(go_str(rets[0]), "%!w(int=1)", "%%w of a non-error");
    Value args3[2] = {S("%w"), ops(1, err)};
    st = call(native(lib_fmt_natives, "fmt.Sprintf"), args3, 2, rets);
    is_str(go_str(rets[0]), "%!w(*main.E=&{1})", "%%w outside Errorf");
}

static void test_errors(void)
{
    Value ef[1] = {val_int(4)};
    Value e = cells(E, 1, ef);
    Value err = box(pE, val_ptr(e.o, POINTER_WHOLE));
    Value rets[2];
    /* var pe *E; errors.As(err, &pe) */
    Value box1 = cells(NULL, 1, (Value[]){NIL()});
    Value target = box(type_pointer(pE), val_ptr(box1.o, 0));
    Value args[2] = {err, target};
    is_int(call(native(lib_errors_natives, "errors.checkTarget"), &target, 1, rets), NAT_OK,
           "checkTarget ok");
    is_int(call(native(lib_errors_natives, "errors.assignTo"), args, 2, rets), NAT_OK, "assignTo");
    ok(rets[0].i == 1 && ((ObjCells *)box1.o)->v[0].o == e.o, "assignTo sets *target");
    /* var s fmt.Stringer-like interface target: error */
    Value box2 = cells(NULL, 1, (Value[]){NIL()});
    Value t2 = box(type_pointer(ty_error), val_ptr(box2.o, 0));
    Value args2[2] = {err, t2};
    call(native(lib_errors_natives, "errors.assignTo"), args2, 2, rets);
    ok(rets[0].i == 1 && VAL_TYPE(((ObjCells *)box2.o)->v[0]) == pE->id, "assign to interface");
    /* target of type *T (T does not implement error) is not assignable */
    Value box3 = cells(NULL, 1, (Value[]){NIL()});
    Value t3 = box(type_pointer(Sn), val_ptr(box3.o, 0));
    Value args3[2] = {err, t3};
    ok(call(native(lib_errors_natives, "errors.assignTo"), args3, 2, rets) == NAT_PANIC,
       "*target must implement error");
    Value args4[1] = {err};
    call(native(lib_errors_natives, "errors.isComparable"), args4, 1, rets);
    ok(rets[0].i == 1, "pointer errors are comparable");
}

static void test_os(void)
{
    char *argv[] = {"/tmp/prog", "x"};
    vm->opt.argc = 2;
    vm->opt.argv = argv;
    Value rets[1];
    call(native(lib_os_natives, "os.runtimeArgs"), NULL, 0, rets);
    ObjSlice *sl = (ObjSlice *)rets[0].o;
    ok(sl && slice_len(rets[0]) == 2 && strcmp(str_data(sl->arr->v[0]), "/tmp/prog") == 0 &&
           strcmp(str_data(sl->arr->v[1]), "x") == 0,
       "os.Args");
    Value code = val_int(3);
    is_int(call(native(lib_os_natives, "os.Exit"), &code, 1, rets), NAT_EXIT, "os.Exit");
    is_int(vm->exit_code, 3, "exit code");
}

int main(void)
{
    plan_lazy();
    types_init();
    /* a VM with a main goroutine stopped in a fake main.main, where natives run */
    static Instr nop[1];
    static Proto mainp = {.name = "main.main", .code = nop, .ncode = 1, .nregs = 4};
    prog.entry = &mainp;
    vm = vm_new(&prog, NULL);
    vm->gc_threshold = (size_t)1 << 40;   /* no collections: the test holds raw values */
    vm->cur = vm->main_g = vm_new_g(vm, vm_func_value(vm, &mainp), NULL, 0);
    make_types();
    test_basic();
    test_structs();
    test_maps();
    test_types_and_bad_verbs();
    test_lists();
    test_methods();
    test_errorf();
    test_errors();
    test_os();
    free(last);
    vm_free(vm);
    return done_testing();
}
