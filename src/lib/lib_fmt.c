/* lib/lib_fmt.c: the natives of package fmt (src/lib/go/fmt.go): Go's value
 * printer over interpreter values.
 *
 * A port of the reflection half of Go's fmt/print.go (printArg, printValue,
 * handleMethods, badVerb, fmtPointer, doPrint, doPrintln) with fmtsort's map
 * key order; the verbs on basic values, the flags and the Printf driver come
 * from lib/format.h. Output is byte-for-byte Go's, except pointers, which
 * print as fake 0xc0... addresses given in the order they are first printed
 * (obj_addr), so a seed prints the same ones on every run.
 *
 * Error, String and GoString methods are Go code: they are called through
 * the VM's restart-with-memo callbacks (vm.h), so a native here may run
 * several times for one call. Invariants that make that work:
 *   - formatting is deterministic and asks for methods in the same order on
 *     every attempt; output is built in a C Buf and only written (or turned
 *     into a string) once every callback has its result;
 *   - once a callback is requested (Printer.status != NAT_OK) nothing more is
 *     printed and the native returns that status;
 *   - nothing is allocated on the Go heap while walking values, except the
 *     receiver copy made just before vm_callback, so the operands (rooted in
 *     the caller's registers) are the only Go objects in use.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "lang/types.h"
#include "lib/format.h"
#include "lib/stdlib.h"
#include "vm/object.h"
#include "vm/map.h"
#include "vm/vm.h"

/* Values nest at most this deep when printed: Go would overflow its stack on
 * a map that holds itself through an interface; we must not overflow C's. */
enum { MAX_DEPTH = 1000 };

/* The state of one Print/Sprintf/Errorf call: Go's pp. */
typedef struct Printer {
    VM       *vm;
    Buf      *b;
    FmtSpec   f;           /* flags of the directive being printed (verb unused) */
    bool      erroring;    /* printing a %!verb(...) operand: no methods (pp.erroring) */
    bool      wrap_errs;   /* Errorf: %w is allowed */
    NatStatus status;      /* NAT_OK, or what vm_callback returned: stop printing */
    const Value *ops;      /* operands: interface values */
    int       nops;
    int      *wrapped;     /* operand indexes of %w directives, in order; C heap */
    int       nwrapped, capwrapped;
} Printer;

/* How a method call through a callback went. */
typedef enum { CALL_DONE, CALL_NIL, CALL_PENDING } CallResult;

static void print_value(Printer *p, Type *t, Value v, int32_t verb, int depth, bool can_iface);
static void print_arg(Printer *p, Type *t, Value v, int32_t verb);

static Type *under(Type *t) { return t->under ? t->under : t; }

static Type *dyn_type(VM *vm, Value iface)
{
    uint32_t id = VAL_TYPE(iface);
    if (id == 0 || !vm->prog || (int32_t)id >= vm->prog->ntypes) return NULL;
    return vm->prog->types[id];
}

/* Reading values (see vm/value.h for the representation). */

/* slice_data is the first element of a slice of Values (not of a raw backing). */
static Value *slice_data(Value s)
{
    ObjSlice *sl = (ObjSlice *)s.o;
    return sl ? sl->arr->v + sl->off : NULL;
}

/* elem_at returns element i of an array or slice value of type t. */
static Value elem_at(Type *t, Value v, int64_t i)
{
    if (!v.o) return val_zero();
    if (t->kind == K_SLICE) {
        ObjSlice *sl = (ObjSlice *)v.o;
        return cells_get(sl->arr, sl->off + i);
    }
    return cells_get((ObjCells *)v.o, i);
}

/* elem_bytes copies the n bytes of []byte or [n]byte value v (of type t) to out. */
static void elem_bytes(Type *t, Value v, int64_t n, uint8_t *out)
{
    ObjCells *c = t->kind == K_SLICE ? ((ObjSlice *)v.o)->arr : (ObjCells *)v.o;
    int64_t off = t->kind == K_SLICE ? ((ObjSlice *)v.o)->off : 0;
    if (n > 0 && cells_raw(c) == RAW_U8) memcpy(out, cells_raw_data(c) + off, (size_t)n);
    else for (int64_t i = 0; i < n; i++) out[i] = (uint8_t)cells_get(c, off + i).u;
}

static int64_t elem_count(Type *t, Value v)
{
    if (t->kind == K_SLICE) return slice_len(v);
    return under(t)->len;
}

/* deref returns the value a non-nil pointer points to. */
static Value deref(Value ptr)
{
    if (ptr.aux == POINTER_WHOLE) return val_ref(ptr.o);
    return cells_get((ObjCells *)ptr.o, ptr.aux);
}

/* addr_of gives the address %p prints for chan, func, map, pointer and slice
 * (obj_addr: the same on every run of a seed). */
static uintptr_t addr_of(VM *vm, Type *t, Value v)
{
    if (!v.o) return 0;
    switch (t->kind) {
    case K_SLICE: {
        ObjSlice *sl = (ObjSlice *)v.o;
        return (uintptr_t)(obj_addr(vm, &sl->arr->hdr) + obj_slot_offset(&sl->arr->hdr, sl->off));
    }
    case K_POINTER:
        if (v.aux == POINTER_WHOLE) return (uintptr_t)obj_addr(vm, v.o);
        return (uintptr_t)(obj_addr(vm, v.o) + obj_slot_offset(v.o, v.aux));
    default: return (uintptr_t)obj_addr(vm, v.o);
    }
}

static bool is_exported(const char *name)
{
    return name && name[0] >= 'A' && name[0] <= 'Z';
}

/* Writing. */

static void put_type(Buf *b, Type *t) { type_string(b, t); }

/* fmt_s is fmt.fmtS: precision truncates, width pads. */
static void fmt_s(Printer *p, const char *s, size_t n)
{
    FmtSpec f = p->f;
    f.verb = 's';
    f.sharpV = false;
    fmt_spec_string(p->b, &f, s, n);
}

static void pad_str(Printer *p, const char *s) { fmt_pad(p->b, &p->f, s, strlen(s)); }

/* bad_verb writes %!verb(T=value) or %!verb(<nil>) (pp.badVerb). */
static void bad_verb(Printer *p, Type *t, Value v, int32_t verb)
{
    p->erroring = true;
    buf_puts(p->b, "%!");
    buf_rune(p->b, verb);
    buf_putc(p->b, '(');
    if (t) {
        put_type(p->b, t);
        buf_putc(p->b, '=');
        print_arg(p, t, v, 'v');
    } else {
        buf_puts(p->b, "<nil>");
    }
    buf_putc(p->b, ')');
    p->erroring = false;
}

/* fmt_string is pp.fmtString. */
static void fmt_string(Printer *p, Type *t, Value v, const char *s, size_t n, int32_t verb)
{
    FmtSpec f = p->f;
    f.verb = verb;
    if (!fmt_spec_string(p->b, &f, s, n)) bad_verb(p, t, v, verb);
}

/* Methods. */

/* string_method finds a method `name() string` of concrete type t. */
static Method *string_method(Type *t, const char *name)
{
    Method *m = type_lookup_method(t, name, false);
    if (!m || !m->fn) return NULL;
    Type *sig = m->sig;
    if (sig && (sig->nparams != 0 || sig->nresults != 1 || sig->results[0] != ty_string))
        return NULL;
    return m;
}

/* call_method calls m on (t, v) and gives its result, or reports that the
 * receiver is a nil pointer for a value method (Go's fmt prints <nil>), or
 * that a callback was requested (p->status set). */
static CallResult call_method(Printer *p, Type *t, Value v, Method *m, Value *out)
{
    if (t->kind == K_POINTER && !m->ptr_recv && !v.o) return CALL_NIL;
    if (vm_callback_result(p->vm, out)) return CALL_DONE;
    Value fn = vm_func_value(p->vm, m->fn);
    Value recv = v;
    if (t->kind == K_POINTER && !m->ptr_recv) {
        recv = deref(v);
        Type *et = under(t)->elem;
        if (et && type_is_aggregate(et)) recv = val_clone(p->vm, et, recv);
    } else if (type_is_aggregate(t)) {
        recv = val_clone(p->vm, t, v);
    }
    p->status = vm_callback(p->vm, fn, &recv, 1);
    if (p->status == NAT_OK) p->status = NAT_CALL;
    return CALL_PENDING;
}

/* has_error_method reports whether t implements error. */
static bool has_error_method(Type *t) { return t && string_method(t, "Error") != NULL; }

/* handle_methods is pp.handleMethods for an operand of concrete type t. */
static bool handle_methods(Printer *p, Type *t, Value v, int32_t verb)
{
    if (p->erroring) return false;
    if (verb == 'w') {
        if (!has_error_method(t) || !p->wrap_errs) {
            bad_verb(p, t, v, verb);
            return true;
        }
        verb = 'v';
    }
    Method *m = NULL;
    if (p->f.sharpV) {
        m = string_method(t, "GoString");
    } else {
        switch (verb) {
        case 'v': case 's': case 'x': case 'X': case 'q':
            m = string_method(t, "Error");
            if (!m) m = string_method(t, "String");
            break;
        default: break;
        }
    }
    if (!m) return false;
    Value r;
    switch (call_method(p, t, v, m, &r)) {
    case CALL_NIL: buf_puts(p->b, "<nil>"); break;
    case CALL_PENDING: break;
    case CALL_DONE:
        if (p->f.sharpV) fmt_s(p, str_data(r), (size_t)str_len(r));
        else fmt_string(p, t, v, str_data(r), (size_t)str_len(r), verb);
        break;
    }
    return true;
}

/* fmt_ptr is pp.fmtPointer. */
static void fmt_ptr(Printer *p, Type *t, Value v, int32_t verb)
{
    switch (t->kind) {
    case K_CHAN: case K_FUNC: case K_MAP: case K_POINTER: case K_SLICE: break;
    default: bad_verb(p, t, v, verb); return;
    }
    uintptr_t u = addr_of(p->vm, t, v);
    FmtSpec f = p->f;
    f.verb = verb;
    if (verb == 'v' && f.sharpV) {
        buf_putc(p->b, '(');
        put_type(p->b, t);
        buf_puts(p->b, ")(");
        if (u == 0) {
            buf_puts(p->b, "nil");
        } else {
            FmtSpec h = {0};
            h.sharp = true;
            h.verb = 'x';
            fmt_spec_int(p->b, &h, u, false, 64);
        }
        buf_putc(p->b, ')');
        return;
    }
    if (!fmt_pointer(p->b, &f, u)) bad_verb(p, t, v, verb);
}

/* Map keys in fmtsort's order. */

static int cmp_num(double a, double b) { return a < b ? -1 : a > b ? 1 : 0; }

static int compare(VM *vm, Type *t, Value a, Value b)
{
    switch (t->kind) {
    case K_BOOL: return (int)(a.i != 0) - (int)(b.i != 0);
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        return a.u < b.u ? -1 : a.u > b.u ? 1 : 0;
    case K_FLOAT32: case K_FLOAT64: {
        bool an = a.f != a.f, bn = b.f != b.f;
        if (an || bn) return an && bn ? 0 : an ? -1 : 1;
        return cmp_num(a.f, b.f);
    }
    case K_STRING: {
        int64_t la = str_len(a), lb = str_len(b);
        int c = memcmp(str_data(a), str_data(b), (size_t)(la < lb ? la : lb));
        if (c) return c < 0 ? -1 : 1;
        return la < lb ? -1 : la > lb ? 1 : 0;
    }
    case K_POINTER: case K_CHAN: {
        uintptr_t x = addr_of(vm, t, a), y = addr_of(vm, t, b);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    case K_STRUCT: {
        Type *u = under(t);
        for (int i = 0; i < u->nfields; i++) {
            Value fa = a.o ? ((ObjCells *)a.o)->v[i] : val_zero();
            Value fb = b.o ? ((ObjCells *)b.o)->v[i] : val_zero();
            int c = compare(vm, u->fields[i].type, fa, fb);
            if (c) return c;
        }
        return 0;
    }
    case K_ARRAY: {
        Type *u = under(t);
        for (int64_t i = 0; i < u->len; i++) {
            int c = compare(vm, u->elem, elem_at(t, a, i), elem_at(t, b, i));
            if (c) return c;
        }
        return 0;
    }
    case K_INTERFACE: {
        uint32_t ta = VAL_TYPE(a), tb = VAL_TYPE(b);
        if (ta == 0 || tb == 0) return (ta != 0) - (tb != 0);   /* nil first */
        if (ta != tb) return ta < tb ? -1 : 1;
        Type *dt = dyn_type(vm, a);
        return dt ? compare(vm, dt, val_unbox(a), val_unbox(b)) : 0;
    }
    default: return 0;
    }
}

/* sort_entries sorts idx[0..n) (map entry indexes) by key: a merge sort,
 * stable, with the VM as context. */
static void sort_entries(VM *vm, Type *kt, MapEntry *e, int64_t *idx, int64_t *tmp, int64_t n)
{
    if (n < 2) return;
    int64_t h = n / 2;
    sort_entries(vm, kt, e, idx, tmp, h);
    sort_entries(vm, kt, e, idx + h, tmp, n - h);
    int64_t i = 0, j = h, k = 0;
    while (i < h && j < n) {
        if (compare(vm, kt, e[idx[j]].key, e[idx[i]].key) < 0) tmp[k++] = idx[j++];
        else tmp[k++] = idx[i++];
    }
    while (i < h) tmp[k++] = idx[i++];
    while (j < n) tmp[k++] = idx[j++];
    memcpy(idx, tmp, (size_t)n * sizeof *idx);
}

static void print_map(Printer *p, Type *t, Value v, int32_t verb, int depth, bool can_iface)
{
    Type *u = under(t);
    if (p->f.sharpV) {
        put_type(p->b, t);
        if (!v.o) {
            buf_puts(p->b, "(nil)");
            return;
        }
        buf_putc(p->b, '{');
    } else {
        buf_puts(p->b, "map[");
    }
    ObjMap *m = (ObjMap *)v.o;
    int64_t n = 0;
    int64_t *idx = NULL, *tmp = NULL;
    MapEntry *es = NULL;   /* copies: a String method may change the map */
    if (m && m->count > 0) {
        es = map_entries(m, &n);
        idx = malloc((size_t)n * sizeof *idx);
        tmp = malloc((size_t)n * sizeof *tmp);
        if (!idx || !tmp) abort();
        for (int64_t i = 0; i < n; i++) idx[i] = i;
        sort_entries(p->vm, u->key, es, idx, tmp, n);
    }
    for (int64_t i = 0; i < n && p->status == NAT_OK; i++) {
        if (i > 0) buf_puts(p->b, p->f.sharpV ? ", " : " ");
        MapEntry *e = &es[idx[i]];
        Value key = e->key, val = e->value;
        print_value(p, u->key, key, verb, depth + 1, can_iface);
        buf_putc(p->b, ':');
        print_value(p, u->elem, val, verb, depth + 1, can_iface);
    }
    free(idx);
    free(tmp);
    free(es);
    buf_putc(p->b, p->f.sharpV ? '}' : ']');
}

static void print_struct(Printer *p, Type *t, Value v, int32_t verb, int depth, bool can_iface)
{
    Type *u = under(t);
    if (p->f.sharpV) put_type(p->b, t);
    buf_putc(p->b, '{');
    for (int i = 0; i < u->nfields && p->status == NAT_OK; i++) {
        const Field *fd = &u->fields[i];
        if (i > 0) buf_puts(p->b, p->f.sharpV ? ", " : " ");
        if ((p->f.plusV || p->f.sharpV) && fd->name && fd->name[0]) {
            buf_puts(p->b, fd->name);
            buf_putc(p->b, ':');
        }
        Value fv = v.o ? ((ObjCells *)v.o)->v[i] : val_zero();
        print_value(p, fd->type, fv, verb, depth + 1, can_iface && is_exported(fd->name));
    }
    buf_putc(p->b, '}');
}

static void print_list(Printer *p, Type *t, Value v, int32_t verb, int depth, bool can_iface)
{
    Type *u = under(t);
    int64_t n = elem_count(t, v);
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && u->elem->kind == K_UINT8) {
        uint8_t *bytes = malloc(n > 0 ? (size_t)n : 1);
        if (!bytes) abort();
        if (v.o) elem_bytes(t, v, n, bytes);
        Buf ts = BUF_INIT;
        put_type(&ts, t);
        FmtSpec f = p->f;
        f.verb = verb;
        fmt_spec_bytes(p->b, &f, bytes, (size_t)n, t->kind == K_SLICE && !v.o, buf_str(&ts));
        buf_fini(&ts);
        free(bytes);
        return;
    }
    if (p->f.sharpV) {
        put_type(p->b, t);
        if (t->kind == K_SLICE && !v.o) {
            buf_puts(p->b, "(nil)");
            return;
        }
        buf_putc(p->b, '{');
    } else {
        buf_putc(p->b, '[');
    }
    for (int64_t i = 0; i < n && p->status == NAT_OK; i++) {
        if (i > 0) buf_puts(p->b, p->f.sharpV ? ", " : " ");
        print_value(p, u->elem, elem_at(t, v, i), verb, depth + 1, can_iface);
    }
    buf_putc(p->b, p->f.sharpV ? '}' : ']');
}

/* print_value is pp.printValue: v is a value of static type t (NULL: an
 * invalid value, e.g. inside a nil interface). can_iface is false below an
 * unexported struct field, where Go's fmt cannot call methods. */
static void print_value(Printer *p, Type *t, Value v, int32_t verb, int depth, bool can_iface)
{
    if (p->status != NAT_OK) return;
    if (depth > MAX_DEPTH) {   /* a value that contains itself through interfaces */
        buf_puts(p->b, "...");
        return;
    }
    if (depth > 0 && can_iface && t) {
        Type *dt = t;
        Value dv = v;
        if (t->kind == K_INTERFACE) {
            dt = dyn_type(p->vm, v);
            dv = val_unbox(v);
        }
        if (dt && handle_methods(p, dt, dv, verb)) return;
    }
    if (!t) {
        if (depth == 0) buf_puts(p->b, "<invalid reflect.Value>");
        else if (verb == 'v') buf_puts(p->b, "<nil>");
        else bad_verb(p, NULL, v, verb);
        return;
    }
    FmtSpec f = p->f;
    f.verb = verb;
    switch (t->kind) {
    case K_BOOL:
        if (!fmt_spec_bool(p->b, &f, v.i != 0)) bad_verb(p, t, v, verb);
        break;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
        if (!fmt_spec_int(p->b, &f, (uint64_t)v.i, true, type_int_bits(t))) bad_verb(p, t, v, verb);
        break;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        if (!fmt_spec_int(p->b, &f, v.u, false, t->kind == K_UINTPTR ? 64 : type_int_bits(t)))
            bad_verb(p, t, v, verb);
        break;
    case K_FLOAT32: case K_FLOAT64:
        if (!fmt_spec_float(p->b, &f, v.f, t->kind == K_FLOAT32 ? 32 : 64)) bad_verb(p, t, v, verb);
        break;
    case K_STRING:
        fmt_string(p, t, v, str_data(v), (size_t)str_len(v), verb);
        break;
    case K_MAP: print_map(p, t, v, verb, depth, can_iface); break;
    case K_STRUCT: print_struct(p, t, v, verb, depth, can_iface); break;
    case K_INTERFACE: {
        Type *dt = dyn_type(p->vm, v);
        if (!dt) {
            if (p->f.sharpV) {
                put_type(p->b, t);
                buf_puts(p->b, "(nil)");
            } else {
                buf_puts(p->b, "<nil>");
            }
        } else {
            print_value(p, dt, val_unbox(v), verb, depth + 1, can_iface);
        }
        break;
    }
    case K_ARRAY: case K_SLICE: print_list(p, t, v, verb, depth, can_iface); break;
    case K_POINTER:
        if (depth == 0 && v.o) {
            Type *et = t->elem ? t->elem : under(t)->elem;
            switch (et->kind) {
            case K_ARRAY: case K_SLICE: case K_STRUCT: case K_MAP:
                buf_putc(p->b, '&');
                print_value(p, et, deref(v), verb, depth + 1, can_iface);
                return;
            default: break;
            }
        }
        fmt_ptr(p, t, v, verb);
        break;
    case K_CHAN: case K_FUNC: fmt_ptr(p, t, v, verb); break;
    default:
        buf_putc(p->b, '?');
        put_type(p->b, t);
        buf_putc(p->b, '?');
        break;
    }
}

static bool is_byte_slice(Type *t)
{
    return t->kind == K_SLICE && !t->name && t->elem == ty_uint8;
}

/* print_arg is pp.printArg for an operand of dynamic type t (NULL: nil). */
static void print_arg(Printer *p, Type *t, Value v, int32_t verb)
{
    if (p->status != NAT_OK) return;
    if (!t) {
        if (verb == 'T' || verb == 'v') pad_str(p, "<nil>");
        else bad_verb(p, NULL, v, verb);
        return;
    }
    if (verb == 'T') {
        Buf ts = BUF_INIT;
        put_type(&ts, t);
        fmt_s(p, buf_str(&ts), ts.len);
        buf_fini(&ts);
        return;
    }
    if (verb == 'p') {
        fmt_ptr(p, t, v, 'p');
        return;
    }
    if (is_byte_slice(t)) {
        switch (verb) {
        case 'v': case 'd': case 's': case 'q': case 'x': case 'X': {
            int64_t n = slice_len(v);
            uint8_t *bytes = malloc(n > 0 ? (size_t)n : 1);
            if (!bytes) abort();
            if (v.o) elem_bytes(t, v, n, bytes);
            FmtSpec f = p->f;
            f.verb = verb;
            fmt_spec_bytes(p->b, &f, bytes, (size_t)n, !v.o, "[]byte");
            free(bytes);
            return;
        }
        default: break;
        }
    }
    if (handle_methods(p, t, v, verb)) return;
    print_value(p, t, v, verb, 0, true);
}

/* Operands. */

static Type *op_type(Printer *p, int i) { return dyn_type(p->vm, p->ops[i]); }

static void print_op(Printer *p, int i, int32_t verb)
{
    print_arg(p, op_type(p, i), val_unbox(p->ops[i]), verb);
}

static void cb_format(void *ctx, Buf *b, int i, const FmtSpec *sp)
{
    Printer *p = ctx;
    (void)b;
    if (sp->verb == 'w') {
        if (p->nwrapped == p->capwrapped) {
            p->capwrapped = p->capwrapped ? 2 * p->capwrapped : 4;
            p->wrapped = realloc(p->wrapped, (size_t)p->capwrapped * sizeof *p->wrapped);
            if (!p->wrapped) abort();
        }
        p->wrapped[p->nwrapped++] = i;
    }
    p->f = *sp;
    print_op(p, i, sp->verb);
}

/* cb_as_int is intFromArg's conversion: any integer kind that fits an int. */
static bool cb_as_int(void *ctx, int i, int64_t *out)
{
    Printer *p = ctx;
    Type *t = op_type(p, i);
    if (!t || !type_is_integer(t)) return false;
    Value v = p->ops[i];
    if (type_is_unsigned(t)) {
        if (v.u > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)v.u;
    } else {
        *out = v.i;
    }
    return true;
}

static void cb_type_and_value(void *ctx, Buf *b, int i)
{
    Printer *p = ctx;
    (void)b;
    memset(&p->f, 0, sizeof p->f);
    Type *t = op_type(p, i);
    if (!t) {
        buf_puts(p->b, "<nil>");
        return;
    }
    put_type(p->b, t);
    buf_putc(p->b, '=');
    print_op(p, i, 'v');
}

static void printer_init(Printer *p, VM *vm, Buf *b, Value slice)
{
    memset(p, 0, sizeof *p);
    p->vm = vm;
    p->b = b;
    p->status = NAT_OK;
    p->ops = slice_data(slice);
    p->nops = (int)slice_len(slice);
}

static void do_printf(Printer *p, Value format)
{
    FmtArgs a = {p->nops, p, cb_format, cb_as_int, cb_type_and_value};
    fmt_printf(p->b, str_data(format), (size_t)str_len(format), &a);
}

static void do_print(Printer *p)
{
    bool prev_string = false;
    for (int i = 0; i < p->nops && p->status == NAT_OK; i++) {
        Type *t = op_type(p, i);
        bool is_string = t && t->kind == K_STRING;
        if (i > 0 && !is_string && !prev_string) buf_putc(p->b, ' ');
        memset(&p->f, 0, sizeof p->f);
        print_op(p, i, 'v');
        prev_string = is_string;
    }
}

static void do_println(Printer *p)
{
    for (int i = 0; i < p->nops && p->status == NAT_OK; i++) {
        if (i > 0) buf_putc(p->b, ' ');
        memset(&p->f, 0, sizeof p->f);
        print_op(p, i, 'v');
    }
    buf_putc(p->b, '\n');
}

/* The natives. */

typedef enum { PR_PRINT, PR_PRINTLN, PR_PRINTF } PrintKind;

/* format_call formats args (a ...any, after the format for PR_PRINTF) into b. */
static NatStatus format_call(VM *vm, Value *args, PrintKind kind, Buf *b)
{
    Printer p;
    printer_init(&p, vm, b, kind == PR_PRINTF ? args[1] : args[0]);
    switch (kind) {
    case PR_PRINT: do_print(&p); break;
    case PR_PRINTLN: do_println(&p); break;
    case PR_PRINTF: do_printf(&p, args[0]); break;
    }
    free(p.wrapped);
    return p.status;
}

static NatStatus print_to_stdout(VM *vm, Value *args, Value *rets, PrintKind kind)
{
    Buf b = BUF_INIT;
    NatStatus st = format_call(vm, args, kind, &b);
    if (st == NAT_OK) {
        vm_write(vm, 1, buf_str(&b), b.len);
        rets[0] = val_int((int64_t)b.len);
        rets[1] = val_zero();
    }
    buf_fini(&b);
    return st;
}

static NatStatus print_to_string(VM *vm, Value *args, Value *rets, PrintKind kind)
{
    Buf b = BUF_INIT;
    NatStatus st = format_call(vm, args, kind, &b);
    if (st == NAT_OK) rets[0] = vm_string(vm, buf_str(&b), (int64_t)b.len);
    buf_fini(&b);
    return st;
}

static NatStatus nat_print(VM *vm, Value *args, Value *rets) { return print_to_stdout(vm, args, rets, PR_PRINT); }
static NatStatus nat_println(VM *vm, Value *args, Value *rets) { return print_to_stdout(vm, args, rets, PR_PRINTLN); }
static NatStatus nat_printf(VM *vm, Value *args, Value *rets) { return print_to_stdout(vm, args, rets, PR_PRINTF); }
static NatStatus nat_sprint(VM *vm, Value *args, Value *rets) { return print_to_string(vm, args, rets, PR_PRINT); }
static NatStatus nat_sprintln(VM *vm, Value *args, Value *rets) { return print_to_string(vm, args, rets, PR_PRINTLN); }
static NatStatus nat_sprintf(VM *vm, Value *args, Value *rets) { return print_to_string(vm, args, rets, PR_PRINTF); }

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* fmt.errorf(format string, a []any) (string, []int): Sprintf with %w
 * allowed; also returns the operand indexes of the %w directives, sorted and
 * without duplicates (Go's Errorf sorts them when the format reorders). */
static NatStatus nat_errorf(VM *vm, Value *args, Value *rets)
{
    Buf b = BUF_INIT;
    Printer p;
    printer_init(&p, vm, &b, args[1]);
    p.wrap_errs = true;
    do_printf(&p, args[0]);
    if (p.status != NAT_OK) {
        free(p.wrapped);
        buf_fini(&b);
        return p.status;
    }
    if (p.nwrapped) qsort(p.wrapped, (size_t)p.nwrapped, sizeof *p.wrapped, cmp_int);
    int n = 0;
    for (int i = 0; i < p.nwrapped; i++)
        if (n == 0 || p.wrapped[n - 1] != p.wrapped[i]) p.wrapped[n++] = p.wrapped[i];

    Value s = vm_string(vm, buf_str(&b), (int64_t)b.len);
    buf_fini(&b);
    vm_push_tmp(vm, s);
    Value idx = val_zero();
    if (n > 0) {
        ObjCells *cells = obj_elems(vm, ty_int, ty_int, n);
        cells->hdr.flags |= OBJF_BACKING;
        for (int i = 0; i < n; i++) cells_set(cells, i, val_int(p.wrapped[i]));
        vm_push_tmp(vm, val_ref((Obj *)cells));
        idx = obj_slice(vm, cells, 0, n, n);
        vm_pop_tmp(vm, 1);
    }
    vm_pop_tmp(vm, 1);
    free(p.wrapped);
    rets[0] = s;
    rets[1] = idx;
    return NAT_OK;
}

const NativeDef lib_fmt_natives[] = {
    {"fmt.Print", nat_print},
    {"fmt.Println", nat_println},
    {"fmt.Printf", nat_printf},
    {"fmt.Sprint", nat_sprint},
    {"fmt.Sprintln", nat_sprintln},
    {"fmt.Sprintf", nat_sprintf},
    {"fmt.errorf", nat_errorf},
    {NULL, NULL},
};
