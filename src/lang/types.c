/* lang/types.c: Go types: the predeclared ones, hash-consed constructors,
 * predicates, Go's spelling of a type, and method lookup.
 *
 * All types live for the process in one arena: they are also the runtime's
 * type descriptors, and a compiled Program may outlive its compilation. */
#include "lang/types.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "lang/ast.h"

static Arena type_arena;
static bool initialised;

Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_uint, *ty_uint8, *ty_uint16,
    *ty_uint32, *ty_uint64, *ty_uintptr, *ty_float32, *ty_float64, *ty_string, *ty_untyped_bool,
    *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float, *ty_untyped_string, *ty_untyped_nil,
    *ty_invalid, *ty_error, *ty_any;

/* Every constructed composite type, for hash-consing by linear search per kind.
 * Programs have hundreds of types, and the hot cases (*T, []T) are cached on T. */
static Type **made[K_COUNT];
static int nmade[K_COUNT], capmade[K_COUNT];

static Type *alloc_type(TypeKind k)
{
    Type *t = arena_alloc(&type_arena, sizeof *t);
    t->kind = k;
    t->under = t;
    return t;
}

static Type *basic(TypeKind k, const char *name)
{
    Type *t = alloc_type(k);
    t->name = name;
    return t;
}

static void remember(Type *t)
{
    XPUSH(made[t->kind], nmade[t->kind], capmade[t->kind], t);
}

void types_init(void)
{
    if (initialised) return;
    initialised = true;
    arena_init(&type_arena);
    ty_invalid = basic(K_INVALID, "invalid type");
    ty_bool = basic(K_BOOL, "bool");
    ty_int = basic(K_INT, "int");
    ty_int8 = basic(K_INT8, "int8");
    ty_int16 = basic(K_INT16, "int16");
    ty_int32 = basic(K_INT32, "int32");
    ty_int64 = basic(K_INT64, "int64");
    ty_uint = basic(K_UINT, "uint");
    ty_uint8 = basic(K_UINT8, "uint8");
    ty_uint16 = basic(K_UINT16, "uint16");
    ty_uint32 = basic(K_UINT32, "uint32");
    ty_uint64 = basic(K_UINT64, "uint64");
    ty_uintptr = basic(K_UINTPTR, "uintptr");
    ty_float32 = basic(K_FLOAT32, "float32");
    ty_float64 = basic(K_FLOAT64, "float64");
    ty_string = basic(K_STRING, "string");
    ty_untyped_bool = basic(K_UNTYPED_BOOL, "untyped bool");
    ty_untyped_int = basic(K_UNTYPED_INT, "untyped int");
    ty_untyped_rune = basic(K_UNTYPED_RUNE, "untyped rune");
    ty_untyped_float = basic(K_UNTYPED_FLOAT, "untyped float");
    ty_untyped_string = basic(K_UNTYPED_STRING, "untyped string");
    ty_untyped_nil = basic(K_UNTYPED_NIL, "untyped nil");
    ty_any = type_interface(NULL, 0);
    /* error is a predeclared named interface { Error() string } */
    ty_error = type_named(NULL, "error");
    Type *res[1] = {ty_string};
    Method m = {.name = NULL, .sig = type_func(NULL, 0, res, 1, false)};
    m.name = "Error";   /* replaced by the interned name by the checker's universe */
    type_set_underlying(ty_error, type_interface(&m, 1));
}

Type *type_pointer(Type *elem)
{
    if (elem->ptr_to) return elem->ptr_to;
    Type *t = alloc_type(K_POINTER);
    t->elem = elem;
    elem->ptr_to = t;
    return t;
}

Type *type_slice(Type *elem)
{
    if (elem->slice_of) return elem->slice_of;
    Type *t = alloc_type(K_SLICE);
    t->elem = elem;
    elem->slice_of = t;
    return t;
}

Type *type_array(Type *elem, int64_t len)
{
    for (int i = 0; i < nmade[K_ARRAY]; i++) {
        Type *t = made[K_ARRAY][i];
        if (t->elem == elem && t->len == len) return t;
    }
    Type *t = alloc_type(K_ARRAY);
    t->elem = elem;
    t->len = len;
    remember(t);
    return t;
}

Type *type_map(Type *key, Type *value)
{
    for (int i = 0; i < nmade[K_MAP]; i++) {
        Type *t = made[K_MAP][i];
        if (t->key == key && t->elem == value) return t;
    }
    Type *t = alloc_type(K_MAP);
    t->key = key;
    t->elem = value;
    remember(t);
    return t;
}

Type *type_chan(Type *elem, int dir)
{
    for (int i = 0; i < nmade[K_CHAN]; i++) {
        Type *t = made[K_CHAN][i];
        if (t->elem == elem && t->dir == dir) return t;
    }
    Type *t = alloc_type(K_CHAN);
    t->elem = elem;
    t->dir = dir;
    remember(t);
    return t;
}

static Type **copy_types(Type **v, int n)
{
    if (n == 0) return NULL;
    Type **c = arena_alloc(&type_arena, sizeof *c * (size_t)n);
    memcpy(c, v, sizeof *c * (size_t)n);
    return c;
}

static bool same_types(Type **a, Type **b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i] != b[i]) return false;
    return true;
}

Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic)
{
    for (int i = 0; i < nmade[K_FUNC]; i++) {
        Type *t = made[K_FUNC][i];
        if (t->nparams == nparams && t->nresults == nresults && t->variadic == variadic &&
            same_types(t->params, params, nparams) && same_types(t->results, results, nresults))
            return t;
    }
    Type *t = alloc_type(K_FUNC);
    t->params = copy_types(params, nparams);
    t->nparams = nparams;
    t->results = copy_types(results, nresults);
    t->nresults = nresults;
    t->variadic = variadic;
    remember(t);
    return t;
}

Type *type_tuple(Type **members, int n)
{
    for (int i = 0; i < nmade[K_TUPLE]; i++) {
        Type *t = made[K_TUPLE][i];
        if (t->nparams == n && same_types(t->params, members, n)) return t;
    }
    Type *t = alloc_type(K_TUPLE);
    t->params = copy_types(members, n);
    t->nparams = n;
    t->len = n;
    remember(t);
    return t;
}

static bool same_tag(const char *a, const char *b)
{
    if (!a || !b) return a == b;
    return strcmp(a, b) == 0;
}

Type *type_struct(Field *fields, int nfields)
{
    for (int i = 0; i < nmade[K_STRUCT]; i++) {
        Type *t = made[K_STRUCT][i];
        if (t->nfields != nfields) continue;
        int j = 0;
        for (; j < nfields; j++) {
            Field *a = &t->fields[j], *b = &fields[j];
            if (a->name != b->name || a->type != b->type || a->embedded != b->embedded ||
                !same_tag(a->tag, b->tag) || a->world != b->world)
                break;
        }
        if (j == nfields) return t;
    }
    Type *t = alloc_type(K_STRUCT);
    if (nfields) {
        t->fields = arena_alloc(&type_arena, sizeof *t->fields * (size_t)nfields);
        memcpy(t->fields, fields, sizeof *fields * (size_t)nfields);
    }
    t->nfields = nfields;
    remember(t);
    return t;
}

static int method_cmp(const void *a, const void *b)
{
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

Type *type_interface(Method *methods, int nmethods)
{
    Method *sorted = NULL;
    if (nmethods) {
        sorted = arena_alloc(&type_arena, sizeof *sorted * (size_t)nmethods);
        memcpy(sorted, methods, sizeof *sorted * (size_t)nmethods);
        qsort(sorted, (size_t)nmethods, sizeof *sorted, method_cmp);
    }
    for (int i = 0; i < nmade[K_INTERFACE]; i++) {
        Type *t = made[K_INTERFACE][i];
        if (t->nmethods != nmethods) continue;
        int j = 0;
        for (; j < nmethods; j++)
            if (strcmp(t->methods[j].name, sorted[j].name) != 0 || t->methods[j].sig != sorted[j].sig ||
                t->methods[j].world != sorted[j].world)
                break;
        if (j == nmethods) return t;
    }
    Type *t = alloc_type(K_INTERFACE);
    t->methods = sorted;
    t->nmethods = t->capmethods = nmethods;
    remember(t);
    return t;
}

Type *type_named(const char *pkg, const char *name)
{
    Type *t = alloc_type(K_INVALID);
    t->pkg = pkg;
    t->name = name;
    t->under = NULL;
    return t;
}

void type_set_underlying(Type *named, Type *under)
{
    named->under = under->under ? under->under : under;
    named->kind = named->under->kind;
    Type *u = named->under;
    named->elem = u->elem;
    named->key = u->key;
    named->len = u->len;
    named->dir = u->dir;
    named->fields = u->fields;
    named->nfields = u->nfields;
    named->params = u->params;
    named->nparams = u->nparams;
    named->results = u->results;
    named->nresults = u->nresults;
    named->variadic = u->variadic;
    if (u->kind == K_INTERFACE) {
        named->methods = u->methods;
        named->nmethods = u->nmethods;
        named->capmethods = 0;   /* shared with the underlying interface: do not grow */
    }
}

/* --- predicates --- */

bool type_is_integer(const Type *t)
{
    switch (t->kind) {
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64:
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
    case K_UNTYPED_INT: case K_UNTYPED_RUNE:
        return true;
    default:
        return false;
    }
}

bool type_is_unsigned(const Type *t)
{
    switch (t->kind) {
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        return true;
    default:
        return false;
    }
}

bool type_is_float(const Type *t)
{
    return t->kind == K_FLOAT32 || t->kind == K_FLOAT64 || t->kind == K_UNTYPED_FLOAT;
}

bool type_is_numeric(const Type *t) { return type_is_integer(t) || type_is_float(t); }

bool type_is_string(const Type *t) { return t->kind == K_STRING || t->kind == K_UNTYPED_STRING; }

bool type_is_boolean(const Type *t) { return t->kind == K_BOOL || t->kind == K_UNTYPED_BOOL; }

bool type_is_untyped(const Type *t) { return t->kind >= K_UNTYPED_BOOL && t->kind <= K_UNTYPED_NIL; }

bool type_is_interface(const Type *t) { return t->kind == K_INTERFACE; }

bool type_is_aggregate(const Type *t) { return t->kind == K_STRUCT || t->kind == K_ARRAY; }

bool type_is_comparable(const Type *t)
{
    switch (t->kind) {
    case K_SLICE: case K_MAP: case K_FUNC: case K_INVALID: case K_TUPLE:
        return false;
    case K_ARRAY:
        return type_is_comparable(t->elem);
    case K_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!type_is_comparable(t->fields[i].type)) return false;
        return true;
    default:
        return true;
    }
}

int type_int_bits(const Type *t)
{
    switch (t->kind) {
    case K_INT8: case K_UINT8: return 8;
    case K_INT16: case K_UINT16: return 16;
    case K_INT32: case K_UINT32: return 32;
    default: return 64;
    }
}

/* --- spelling --- */

static void write_type(Buf *b, const Type *t, const char *local_pkg);

static void write_tuple(Buf *b, Type **v, int n, bool variadic, const char *local_pkg)
{
    buf_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(b, ", ");
        if (variadic && i == n - 1) {
            buf_puts(b, "...");
            write_type(b, v[i]->elem, local_pkg);
        } else {
            write_type(b, v[i], local_pkg);
        }
    }
    buf_putc(b, ')');
}

static void write_signature(Buf *b, const Type *t, const char *local_pkg)
{
    write_tuple(b, t->params, t->nparams, t->variadic, local_pkg);
    if (t->nresults == 1) {
        buf_putc(b, ' ');
        write_type(b, t->results[0], local_pkg);
    } else if (t->nresults > 1) {
        buf_putc(b, ' ');
        write_tuple(b, t->results, t->nresults, false, local_pkg);
    }
}

static void write_type(Buf *b, const Type *t, const char *local_pkg)
{
    if (!t) { buf_puts(b, "<nil>"); return; }
    if (t->name) {
        if (t->pkg && !(local_pkg && strcmp(t->pkg, local_pkg) == 0)) {
            buf_puts(b, t->pkg);
            buf_putc(b, '.');
        }
        buf_puts(b, t->name);
        return;
    }
    switch (t->kind) {
    case K_POINTER: buf_putc(b, '*'); write_type(b, t->elem, local_pkg); break;
    case K_SLICE: buf_puts(b, "[]"); write_type(b, t->elem, local_pkg); break;
    case K_ARRAY: buf_printf(b, "[%lld]", (long long)t->len); write_type(b, t->elem, local_pkg); break;
    case K_MAP:
        buf_puts(b, "map[");
        write_type(b, t->key, local_pkg);
        buf_putc(b, ']');
        write_type(b, t->elem, local_pkg);
        break;
    case K_CHAN:
        buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
        if (t->dir != CHAN_SEND && t->elem->kind == K_CHAN && !t->elem->name && t->elem->dir == CHAN_RECV) {
            buf_putc(b, '(');
            write_type(b, t->elem, local_pkg);
            buf_putc(b, ')');
        } else {
            write_type(b, t->elem, local_pkg);
        }
        break;
    case K_FUNC: buf_puts(b, "func"); write_signature(b, t, local_pkg); break;
    case K_TUPLE: write_tuple(b, t->params, t->nparams, false, local_pkg); break;
    case K_STRUCT:
        if (t->nfields == 0) { buf_puts(b, "struct {}"); break; }
        buf_puts(b, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            if (i) buf_puts(b, "; ");
            if (!t->fields[i].embedded) {
                buf_puts(b, t->fields[i].name);
                buf_putc(b, ' ');
            }
            write_type(b, t->fields[i].type, local_pkg);
            if (t->fields[i].tag) buf_printf(b, " %s", t->fields[i].tag);
        }
        buf_puts(b, " }");
        break;
    case K_INTERFACE:
        if (t->nmethods == 0) { buf_puts(b, "interface {}"); break; }
        buf_puts(b, "interface { ");
        for (int i = 0; i < t->nmethods; i++) {
            if (i) buf_puts(b, "; ");
            buf_puts(b, t->methods[i].name);
            write_signature(b, t->methods[i].sig, local_pkg);
        }
        buf_puts(b, " }");
        break;
    default: buf_puts(b, "invalid type"); break;
    }
}

void type_string(Buf *b, const Type *t) { write_type(b, t, NULL); }

void type_string_local(Buf *b, const Type *t, const char *local_pkg) { write_type(b, t, local_pkg); }

const char *type_str(const Type *t)
{
    static Buf ring[8];
    static int next;
    Buf *b = &ring[next++ & 7];
    buf_reset(b);
    type_string(b, t);
    return buf_str(b);
}

/* --- methods --- */

static Method *find(Type *t, const char *name)
{
    for (int i = 0; i < t->nmethods; i++)
        if (t->methods[i].name == name || strcmp(t->methods[i].name, name) == 0) return &t->methods[i];
    return NULL;
}

Method *type_lookup_method(Type *t, const char *name, bool addressable)
{
    if (!t) return NULL;
    if (t->kind == K_INTERFACE) return find(t, name);
    if (t->kind == K_POINTER && !t->name) {
        Method *m = find(t, name);   /* the pointer type's own table, filled by the compiler */
        if (m) return m;
        return t->elem->name ? find(t->elem, name) : NULL;
    }
    Method *m = find(t, name);
    if (m && m->ptr_recv && !addressable) return NULL;
    return m;
}

bool type_has_method(Type *t, const Method *im)
{
    Method *m = type_lookup_method(t, im->name, false);
    return m && m->sig == im->sig && m->world == im->world;
}
