/* vm/object.c: allocation of heap objects, zero values, deep copies, and Go's
 * == and hashing for every comparable type.
 *
 * Aggregates (structs, arrays) are ObjCells whose nested aggregates are
 * objects of their own, allocated with the parent: a zero struct is never
 * partially allocated. Cloning and copy-into follow the Type, so value
 * semantics hold across nesting. */
#include "vm/object.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "lang/types.h"
#include "vm/gc.h"
#include "vm/map.h"
#include "vm/vm.h"

Type **val_types;
int32_t val_ntypes;

static Type *under(const Type *t) { return t->under ? t->under : (Type *)t; }

bool type_agg(const Type *t) { return t && (t->kind == K_STRUCT || t->kind == K_ARRAY); }

bool type_comparable_rt(const Type *t)
{
    switch (t->kind) {
    case K_SLICE: case K_MAP: case K_FUNC: return false;
    case K_ARRAY: return type_comparable_rt(t->elem);
    case K_STRUCT: {
        Type *u = under(t);
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable_rt(u->fields[i].type)) return false;
        return true;
    }
    default: return true;
    }
}

static int64_t type_align(const Type *t)
{
    switch (t->kind) {
    case K_BOOL: case K_INT8: case K_UINT8: return 1;
    case K_INT16: case K_UINT16: return 2;
    case K_INT32: case K_UINT32: case K_FLOAT32: return 4;
    case K_ARRAY: return type_align(t->elem);
    case K_STRUCT: {
        Type *u = under(t);
        int64_t a = 1;
        for (int i = 0; i < u->nfields; i++) {
            int64_t fa = type_align(u->fields[i].type);
            if (fa > a) a = fa;
        }
        return a;
    }
    default: return 8;
    }
}

int64_t type_go_size(const Type *t)
{
    switch (t->kind) {
    case K_BOOL: case K_INT8: case K_UINT8: return 1;
    case K_INT16: case K_UINT16: return 2;
    case K_INT32: case K_UINT32: case K_FLOAT32: return 4;
    case K_STRING: case K_INTERFACE: return 16;
    case K_SLICE: return 24;
    case K_ARRAY: return t->len * type_go_size(t->elem);
    case K_STRUCT: {
        Type *u = under(t);
        int64_t off = 0;
        for (int i = 0; i < u->nfields; i++) {
            int64_t a = type_align(u->fields[i].type);
            off = (off + a - 1) / a * a;
            off += type_go_size(u->fields[i].type);
        }
        int64_t a = type_align(t);
        if (u->nfields > 0 && off > 0 && type_go_size(u->fields[u->nfields - 1].type) == 0)
            off++;  /* Go pads a trailing zero-size field */
        return (off + a - 1) / a * a;
    }
    default: return 8;
    }
}

bool type_has_ptr(const Type *t)
{
    switch (t->kind) {
    case K_STRING: case K_INTERFACE: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC:
    case K_POINTER: return true;
    case K_ARRAY: return t->len > 0 && type_has_ptr(t->elem);
    case K_STRUCT: {
        Type *u = under(t);
        for (int i = 0; i < u->nfields; i++)
            if (type_has_ptr(u->fields[i].type)) return true;
        return false;
    }
    default: return false;
    }
}

static int64_t agg_len(const Type *t) { return t->kind == K_ARRAY ? t->len : under(t)->nfields; }
Type *agg_elem(const Type *t, int64_t i)
{
    return t->kind == K_ARRAY ? t->elem : under(t)->fields[i].type;
}

size_t obj_bytes(const Obj *o)
{
    switch ((ObjKind)o->kind) {
    case OBJ_STRING: return sizeof(ObjString) + (size_t)((const ObjString *)o)->len + 1;
    case OBJ_CELLS: {
        const ObjCells *c = (const ObjCells *)o;
        return sizeof(ObjCells) + (size_t)c->n * raw_size(cells_raw(c));
    }
    case OBJ_SLICE: return sizeof(ObjSlice);
    case OBJ_MAP: {
        const ObjMap *m = (const ObjMap *)o;
        return sizeof(ObjMap) + (m->tab ? map_tab_bytes(m->tab->cap, m->packed) : 0);
    }
    case OBJ_MAPITER: return sizeof(ObjMapIter);
    case OBJ_CLOSURE: return sizeof(ObjClosure) + (size_t)((const ObjClosure *)o)->nup * sizeof(Value);
    default: return o->size;
    }
}

ObjString *obj_string_uninit(VM *vm, int64_t len)
{
    ObjString *s = gc_alloc(vm, OBJ_STRING, sizeof(ObjString) + (size_t)len + 1);
    s->len = len;
    return s;
}

ObjString *obj_string(VM *vm, const char *p, int64_t len)
{
    ObjString *s = obj_string_uninit(vm, len);
    if (len) memcpy(s->data, p, (size_t)len);
    return s;
}

ObjCells *obj_cells(VM *vm, Type *type, int64_t n)
{
    ObjCells *c = gc_alloc(vm, OBJ_CELLS, sizeof(ObjCells) + (size_t)n * sizeof(Value));
    c->type = type;
    c->n = n;
    return c;
}

Value raw_load(const ObjCells *c, RawKind k, int64_t i)
{
    const unsigned char *p = cells_raw_data(c);
    Value v = val_zero();
    switch (k) {
    case RAW_U8: v.i = p[i]; break;
    case RAW_I8: v.i = (int8_t)p[i]; break;
    case RAW_U16: { uint16_t x; memcpy(&x, p + 2 * i, 2); v.i = x; break; }
    case RAW_I16: { int16_t x; memcpy(&x, p + 2 * i, 2); v.i = x; break; }
    case RAW_U32: { uint32_t x; memcpy(&x, p + 4 * i, 4); v.i = x; break; }
    case RAW_I32: { int32_t x; memcpy(&x, p + 4 * i, 4); v.i = x; break; }
    case RAW_64: memcpy(&v.u, p + 8 * i, 8); break;
    case RAW_F32: { float x; memcpy(&x, p + 4 * i, 4); v.f = x; break; }
    default: break;
    }
    return v;
}

void raw_store(ObjCells *c, RawKind k, int64_t i, Value v)
{
    unsigned char *p = cells_raw_data(c);
    switch (k) {
    case RAW_U8: case RAW_I8: p[i] = (unsigned char)v.u; break;
    case RAW_U16: case RAW_I16: { uint16_t x = (uint16_t)v.u; memcpy(p + 2 * i, &x, 2); break; }
    case RAW_U32: case RAW_I32: { uint32_t x = (uint32_t)v.u; memcpy(p + 4 * i, &x, 4); break; }
    case RAW_64: memcpy(p + 8 * i, &v.u, 8); break;
    case RAW_F32: { float x = (float)v.f; memcpy(p + 4 * i, &x, 4); break; }
    default: break;
    }
}

RawKind raw_kind_of(const Type *et)
{
    if (!et) return RAW_NONE;
    switch (et->kind) {
    case K_BOOL: case K_UINT8: return RAW_U8;
    case K_INT8: return RAW_I8;
    case K_UINT16: return RAW_U16;
    case K_INT16: return RAW_I16;
    case K_UINT32: return RAW_U32;
    case K_INT32: return RAW_I32;
    case K_INT: case K_INT64: case K_UINT: case K_UINT64: case K_UINTPTR: case K_FLOAT64: return RAW_64;
    case K_FLOAT32: return RAW_F32;
    default: return RAW_NONE;
    }
}

ObjCells *obj_elems(VM *vm, Type *type, Type *et, int64_t n)
{
    RawKind k = raw_kind_of(et);
    if (k == RAW_NONE) return obj_cells(vm, type, n);
    ObjCells *c = gc_alloc(vm, OBJ_CELLS, sizeof(ObjCells) + (size_t)n * raw_size(k));
    c->type = type;
    c->n = n;
    c->hdr.flags |= (uint8_t)(k << OBJF_RAW_SHIFT);
    return c;
}

ObjCells *obj_zero(VM *vm, Type *t)
{
    int64_t n = agg_len(t);
    ObjCells *c = t->kind == K_ARRAY ? obj_elems(vm, t, t->elem, n) : obj_cells(vm, t, n);
    if (cells_raw(c)) return c;
    /* an array's elements share one type: one look decides (a [1024]byte
     * asked 1024 times was most of a program that makes one per call) */
    int64_t distinct = t->kind == K_ARRAY && n > 0 ? 1 : n;
    bool nested = false;
    for (int64_t i = 0; i < distinct && !nested; i++) nested = type_agg(agg_elem(t, i));
    if (!nested) return c;
    vm_push_tmp(vm, val_ref(&c->hdr));
    if (t->kind == K_ARRAY && type_go_size(t->elem) == 0) {
        /* zero-size elements share one object, as gc gives them one address
         * (Go's test/fixedbugs/bug352.go) */
        Value z = val_ref(&obj_zero(vm, t->elem)->hdr);
        for (int64_t i = 0; i < n; i++) c->v[i] = z;
        vm_pop_tmp(vm, 1);
        return c;
    }
    for (int64_t i = 0; i < n; i++) {
        Type *et = agg_elem(t, i);
        if (type_agg(et)) c->v[i] = val_ref(&obj_zero(vm, et)->hdr);
        if (t->kind == K_ARRAY && !type_agg(et)) break;
    }
    vm_pop_tmp(vm, 1);
    return c;
}

Value val_zero_of(VM *vm, Type *t)
{
    if (type_agg(t)) return val_ref(&obj_zero(vm, t)->hdr);
    return val_zero();
}

void val_zero_into(Type *t, Obj *o)
{
    ObjCells *c = (ObjCells *)o;
    if (cells_raw(c)) {
        memset(cells_raw_data(c), 0, (size_t)c->n * raw_size(cells_raw(c)));
        return;
    }
    for (int64_t i = 0; i < c->n; i++) {
        Type *et = agg_elem(t, i);
        if (type_agg(et)) val_zero_into(et, c->v[i].o);
        else c->v[i] = val_zero();
    }
}

Value obj_slice(VM *vm, ObjCells *arr, int64_t off, int64_t len, int64_t cap)
{
    vm_push_tmp(vm, val_ref(&arr->hdr));
    ObjSlice *s = gc_alloc(vm, OBJ_SLICE, sizeof(ObjSlice));
    vm_pop_tmp(vm, 1);
    s->arr = arr;
    s->off = off;
    s->hlen = len;
    s->cap = cap;
    Value v = val_ref(&s->hdr);
    v.aux = len < SLICE_LEN_HDR ? (uint32_t)len : SLICE_LEN_HDR;
    return v;
}

Value slice_relen(VM *vm, Value v, int64_t len)
{
    ObjSlice *s = (ObjSlice *)v.o;
    if (len < SLICE_LEN_HDR) {
        v.aux = (uint32_t)len;
        return v;
    }
    if (s->hlen == len) {
        v.aux = SLICE_LEN_HDR;
        return v;
    }
    return obj_slice(vm, s->arr, s->off, len, s->cap);
}

ObjClosure *obj_closure(VM *vm, Proto *p, int nup)
{
    ObjClosure *c = gc_alloc(vm, OBJ_CLOSURE, sizeof(ObjClosure) + (size_t)nup * sizeof(Value));
    c->proto = p;
    c->nup = nup;
    return c;
}

ObjMapIter *obj_mapiter(VM *vm, ObjMap *m)
{
    if (m) vm_push_tmp(vm, val_ref(&m->hdr));
    ObjMapIter *it = gc_alloc(vm, OBJ_MAPITER, sizeof(ObjMapIter));
    if (m) vm_pop_tmp(vm, 1);
    map_iter_init(vm, it, m);
    return it;
}

Value val_clone(VM *vm, Type *t, Value v)
{
    if (!type_agg(t) || !v.o) return v;
    ObjCells *src = (ObjCells *)v.o;
    vm_push_tmp(vm, v);
    ObjCells *c;
    if (cells_raw(src)) {
        c = obj_elems(vm, src->type ? src->type : t, t->elem, src->n);
        memcpy(cells_raw_data(c), cells_raw_data(src), (size_t)src->n * raw_size(cells_raw(src)));
        vm_pop_tmp(vm, 1);
    } else {
        c = obj_cells(vm, src->type ? src->type : t, src->n);
        vm_push_tmp(vm, val_ref(&c->hdr));
        for (int64_t i = 0; i < src->n; i++) {
            Type *et = agg_elem(t, i);
            c->v[i] = type_agg(et) ? val_clone(vm, et, src->v[i]) : src->v[i];
        }
        vm_pop_tmp(vm, 2);
    }
    Value r = val_ref(&c->hdr);
    r.meta = v.meta;  /* keeps an interface's dynamic type */
    r.aux = v.aux;
    return r;
}

void val_copy_into(Type *t, Value dst, Value src)
{
    ObjCells *d = (ObjCells *)dst.o, *s = (ObjCells *)src.o;
    if (d == s || !d || !s) return;
    if (cells_raw(s) && cells_raw(d) == cells_raw(s)) {
        memcpy(cells_raw_data(d), cells_raw_data(s), (size_t)(s->n < d->n ? s->n : d->n) * raw_size(cells_raw(s)));
        return;
    }
    for (int64_t i = 0; i < s->n && i < d->n; i++) {
        Type *et = agg_elem(t, i);
        if (type_agg(et)) val_copy_into(et, d->v[i], s->v[i]);
        else cells_set(d, i, cells_get(s, i));
    }
}

static Type *dyn_type(Value v)
{
    uint32_t tid = VAL_TYPE(v);
    return tid > 0 && (int32_t)tid < val_ntypes ? val_types[tid] : NULL;
}

/* self_unequal: a value of type t may be unequal to itself (a NaN inside) or panic on ==
 * (an interface holding an uncomparable type), so == must look at the elements. */
static bool self_unequal(const Type *t)
{
    switch (t->kind) {
    case K_FLOAT32: case K_FLOAT64: case K_INTERFACE: return true;
    case K_ARRAY: return t->len > 0 && self_unequal(t->elem);
    case K_STRUCT: {
        Type *u = under(t);
        for (int i = 0; i < u->nfields; i++)
            if (self_unequal(u->fields[i].type)) return true;
        return false;
    }
    default: return false;
    }
}

bool val_equal(Type *t, Value a, Value b, Type **uncomparable)
{
    switch (t->kind) {
    case K_FLOAT32: case K_FLOAT64: case K_UNTYPED_FLOAT: return a.f == b.f;
    case K_STRING: case K_UNTYPED_STRING: {
        int64_t n = str_len(a);
        if (n != str_len(b)) return false;
        return a.o == b.o || memcmp(str_data(a), str_data(b), (size_t)n) == 0;
    }
    case K_POINTER: case K_CHAN: case K_MAP: case K_FUNC: case K_SLICE:
    case K_UNTYPED_NIL:
        return a.o == b.o && (a.o == NULL || a.aux == b.aux);
    case K_INTERFACE: {
        if (VAL_TYPE(a) != VAL_TYPE(b)) return false;
        Type *dt = dyn_type(a);
        if (!dt) return VAL_TYPE(a) == 0 ? true : a.u == b.u;
        if (!type_comparable_rt(dt)) {
            if (uncomparable) *uncomparable = dt;
            return false;
        }
        return val_equal(dt, val_unbox(a), val_unbox(b), uncomparable);
    }
    case K_STRUCT: case K_ARRAY: {
        ObjCells *x = (ObjCells *)a.o, *y = (ObjCells *)b.o;
        if (x == y && !self_unequal(t)) return true;
        if (!x || !y) return false;
        Type *u = under(t);
        RawKind k = cells_raw(x);
        /* raw ints compare as bytes (floats do not: NaN, -0) */
        if (k && k != RAW_F32 && cells_raw(y) == k && !(k == RAW_64 && t->elem->kind == K_FLOAT64))
            return memcmp(cells_raw_data(x), cells_raw_data(y), (size_t)x->n * raw_size(k)) == 0;
        for (int64_t i = 0; i < x->n; i++) {
            if (t->kind == K_STRUCT && u->fields[i].name && strcmp(u->fields[i].name, "_") == 0)
                continue;
            if (!val_equal(agg_elem(t, i), cells_get(x, i), cells_get(y, i), uncomparable)) return false;
        }
        return true;
    }
    default:
        return a.i == b.i;
    }
}

static uint32_t mix64(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

static uint32_t str_hash(Value s)
{
    ObjString *o = (ObjString *)s.o;
    if (!o) return 0x811c9dc5u;
    if (o->hash) return o->hash;
    uint32_t h = 0x811c9dc5u;
    for (int64_t i = 0; i < o->len; i++) {
        h ^= (uint8_t)o->data[i];
        h *= 16777619u;
    }
    if (h == 0) h = 1;
    o->hash = h;
    return h;
}

uint32_t val_hash(Type *t, Value v)
{
    switch (t->kind) {
    case K_FLOAT32: case K_FLOAT64: {
        if (v.f == 0) return 0;
        if (v.f != v.f) {
            static uint32_t nan_seq;
            return mix64(++nan_seq);
        }
        return mix64(v.u);
    }
    case K_STRING: return str_hash(v);
    case K_POINTER: case K_CHAN: case K_MAP: case K_FUNC: case K_SLICE:
        return mix64((uint64_t)(uintptr_t)v.o * 31 + (v.o ? v.aux : 0));
    case K_INTERFACE: {
        Type *dt = dyn_type(v);
        if (!dt) return mix64(VAL_TYPE(v));
        return mix64(VAL_TYPE(v)) ^ val_hash(dt, val_unbox(v));
    }
    case K_STRUCT: case K_ARRAY: {
        ObjCells *c = (ObjCells *)v.o;
        uint32_t h = 0x9e3779b9u;
        if (!c) return h;
        for (int64_t i = 0; i < c->n; i++) h = (h ^ val_hash(agg_elem(t, i), cells_get(c, i))) * 0x01000193u + 0x9e3779b9u;
        return h;
    }
    default: return mix64(v.u);
    }
}

Type *val_unhashable(Type *t, Value v)
{
    switch (t->kind) {
    case K_SLICE: case K_MAP: case K_FUNC: return t;
    case K_INTERFACE: {
        Type *dt = dyn_type(v);
        if (!dt) return NULL;
        return val_unhashable(dt, val_unbox(v));
    }
    case K_STRUCT: case K_ARRAY: {
        ObjCells *c = (ObjCells *)v.o;
        if (!type_comparable_rt(t)) return t;
        if (!c || cells_raw(c)) return NULL;   /* raw: scalars, always hashable */
        for (int64_t i = 0; i < c->n; i++) {
            Type *r = val_unhashable(agg_elem(t, i), c->v[i]);
            if (r) return r;
        }
        return NULL;
    }
    default: return NULL;
    }
}

/* ---- printed addresses (obj_addr) ---- */

typedef struct AddrEnt { const Obj *o; uint64_t addr; } AddrEnt;
struct AddrTab { AddrEnt *e; uint32_t cap, len; uint64_t next; };

static uint32_t addr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

static void addr_put(struct AddrTab *t, AddrEnt e)
{
    uint32_t m = t->cap - 1, i = addr_hash(e.o) & m;
    while (t->e[i].o) i = (i + 1) & m;
    t->e[i] = e;
}

uint64_t obj_addr(VM *vm, const Obj *o)
{
    if (!o) return 0;
    struct AddrTab *t = vm->addrs;
    if (!t) {
        t = vm->addrs = xcalloc(1, sizeof *t);
        t->next = 0xc000012000ULL;
    }
    if (t->cap) {
        uint32_t m = t->cap - 1;
        for (uint32_t i = addr_hash(o) & m; t->e[i].o; i = (i + 1) & m)
            if (t->e[i].o == o) return t->e[i].addr;
    }
    if ((t->len + 1) * 2 > t->cap) {
        AddrEnt *old = t->e;
        uint32_t oc = t->cap;
        t->cap = oc ? oc * 2 : 64;
        t->e = xcalloc(t->cap, sizeof *t->e);
        for (uint32_t i = 0; i < oc; i++) if (old[i].o) addr_put(t, old[i]);
        free(old);
    }
    /* the next address past the previous object, as a bump allocator would give */
    uint64_t span = o->kind == OBJ_CELLS ? obj_slot_offset(o, ((const ObjCells *)o)->n) : 48;
    span = span < 16 ? 16 : (span + 15) & ~(uint64_t)15;
    AddrEnt e = {o, t->next};
    t->next += span;
    addr_put(t, e);
    t->len++;
    if (!o->permanent) ((Obj *)o)->flags |= OBJF_ADDR;
    return e.addr;
}

uint64_t obj_slot_offset(const Obj *o, int64_t slot)
{
    RawKind k = o->kind == OBJ_CELLS ? cells_raw((const ObjCells *)o) : RAW_NONE;
    return (uint64_t)slot * (k == RAW_NONE ? 8 : raw_size(k));
}

void obj_addr_free(VM *vm, const Obj *o)
{
    struct AddrTab *t = vm->addrs;
    if (!t || !t->cap) return;
    uint32_t m = t->cap - 1, i = addr_hash(o) & m;
    while (t->e[i].o && t->e[i].o != o) i = (i + 1) & m;
    if (!t->e[i].o) return;
    t->e[i].o = NULL;
    t->len--;
    for (uint32_t j = (i + 1) & m; t->e[j].o; j = (j + 1) & m) {   /* linear probing deletion */
        AddrEnt x = t->e[j];
        t->e[j].o = NULL;
        addr_put(t, x);
    }
}

void obj_addr_fini(VM *vm)
{
    if (!vm->addrs) return;
    free(vm->addrs->e);
    free(vm->addrs);
    vm->addrs = NULL;
}
