/* vm/object.h: heap objects of the Go heap, owned by the garbage collector.
 *
 * Every object starts with an Obj header and is on the heap's list of all
 * objects (vm/gc.h). C code never frees an object; it keeps a Value it is
 * building reachable (in a register or vm->tmp roots) before allocating again.
 */
#ifndef GOROLAB_VM_OBJECT_H
#define GOROLAB_VM_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "vm/value.h"

typedef struct Type Type;
typedef struct Proto Proto;
typedef struct VM VM;

typedef enum ObjKind {
    OBJ_STRING,    /* immutable bytes */
    OBJ_CELLS,     /* n Values: a struct's fields, an array's or slice backing's elements, a box;
                      or n raw scalars at their Go size (OBJF_RAW_MASK, RawKind) */
    OBJ_SLICE,     /* slice header */
    OBJ_MAP,
    OBJ_MAPITER,   /* state of a `for range` over a map */
    OBJ_CLOSURE,
    OBJ_CHAN,      /* rt/chan.h (next issue) */
    OBJ_KIND_COUNT
} ObjKind;

struct Obj {
    Obj     *next;      /* all-objects list, for the sweep */
    uint8_t  kind;      /* ObjKind */
    uint8_t  marked;
    uint8_t  permanent; /* never freed (constants) */
    uint8_t  flags;     /* added: OBJF_* */
    uint32_t size;      /* bytes, for heap accounting (saturates) */
};

#define OBJF_BACKING 1  /* an ObjCells made as a slice's backing array: `type` is the element
                           type (else an ObjCells with an array type is an array value) */
#define OBJF_TIMERCHAN 2  /* an ObjChan that is a Timer's or Ticker's C under Go >= 1.23:
                             synchronous to the program, so len and cap are 0 */
#define OBJF_RACE 4       /* the object has race shadow state (rt/race.h); every OBJF_ bit is
                             defined here, so that no two share one (but bit 2, whose meaning
                             depends on the object's kind) */
#define OBJF_ADDR 8       /* the object has a printed address (obj_addr) */
#define OBJF_ZEROSIZE 2   /* on an ObjCells (the bit is OBJF_TIMERCHAN's on an ObjChan): a backing
                             array of a zero-size element type (struct{}, [0]T) whose one cell,
                             v[0], is every element (obj_elem), so that a slice of any length
                             takes no memory per element, as in Go */
#define OBJF_RAW_SHIFT 4  /* bits 4..7: the RawKind of an ObjCells whose elements are stored
                             at their Go size instead of as Values (0: Values) */
#define OBJF_RAW_MASK 0xF0

/* RawKind: how a pointer-free scalar element is stored in a raw ObjCells.
 * Loads extend to a Value as the register form wants it (vm/value.h). */
typedef enum RawKind {
    RAW_NONE,      /* 16-byte Values */
    RAW_U8,        /* byte, uint8, bool */
    RAW_I8,
    RAW_U16,
    RAW_I16,
    RAW_U32,
    RAW_I32,       /* int32, rune */
    RAW_64,        /* int, int64, uint, uint64, uintptr, float64: the 8 payload bytes */
    RAW_F32,       /* float32 as a C float (the register keeps it float-rounded) */
} RawKind;

typedef struct ObjString {
    Obj     hdr;
    int64_t len;
    uint32_t hash;      /* 0: not computed */
    char    data[];     /* len bytes + NUL */
} ObjString;

typedef struct ObjCells {
    Obj      hdr;
    Type    *type;      /* the struct or array type, or the slice element type for a backing
                           array, or NULL for a box; used for deep copies and zero-filling */
    int64_t  n;
    Value    v[];       /* n Values; for a raw object (OBJF_RAW_MASK), n elements of
                           raw_size() bytes each: use cells_get/cells_set/cells_raw_data */
} ObjCells;

/* obj_elem returns the slot of element i of the backing array a (OBJF_ZEROSIZE:
 * the one shared cell). */
static inline Value *obj_elem(ObjCells *a, int64_t i)
{
    return &a->v[(a->hdr.flags & OBJF_ZEROSIZE) ? 0 : i];
}

static inline RawKind cells_raw(const ObjCells *c) { return (RawKind)(c->hdr.flags >> OBJF_RAW_SHIFT); }
static inline size_t raw_size(RawKind k)
{
    static const unsigned char sz[] = {sizeof(Value), 1, 1, 2, 2, 4, 4, 8, 4};
    return sz[k];
}
/* cells_raw_data is the first byte of a raw object's elements. */
static inline unsigned char *cells_raw_data(const ObjCells *c) { return (unsigned char *)c->v; }
/* raw_load/raw_store read and write element i of raw object c (kind k); vm/object.c. */
Value raw_load(const ObjCells *c, RawKind k, int64_t i);
void  raw_store(ObjCells *c, RawKind k, int64_t i, Value v);
/* cells_get/cells_set read and write element (or field, or box slot) i of c,
 * whatever its representation. Values, 8-byte and 1-byte elements inline (the
 * index opcodes' hot paths); the other widths out of line. */
static inline Value cells_get(const ObjCells *c, int64_t i)
{
    unsigned k = c->hdr.flags >> OBJF_RAW_SHIFT;
    if (__builtin_expect(k == RAW_NONE, 1)) return *obj_elem((ObjCells *)c, i);
    Value v = val_zero();
    if (k == RAW_64) memcpy(&v.u, cells_raw_data(c) + 8 * i, 8);
    else if (k == RAW_U8) v.i = cells_raw_data(c)[i];
    else v = raw_load(c, (RawKind)k, i);
    return v;
}
static inline void cells_set(ObjCells *c, int64_t i, Value v)
{
    unsigned k = c->hdr.flags >> OBJF_RAW_SHIFT;
    if (__builtin_expect(k == RAW_NONE, 1)) *obj_elem(c, i) = v;
    else if (k == RAW_64) memcpy(cells_raw_data(c) + 8 * i, &v.u, 8);
    else if (k == RAW_U8) cells_raw_data(c)[i] = (unsigned char)v.u;
    else raw_store(c, (RawKind)k, i, v);
}

/* A slice value is its header and its length: o -> ObjSlice (backing array,
 * offset, capacity) and aux = the length, so that an append within capacity
 * or a reslice s[:n] makes a new value and no new header (a header per append
 * was a third of an append loop). A length of SLICE_LEN_HDR or more does not
 * fit aux: aux is SLICE_LEN_HDR and the length is the header's hlen (a header
 * per such length). Headers are immutable once made, and shared by values of
 * different lengths: use slice_len, never hlen. */
typedef struct ObjSlice {
    Obj       hdr;
    ObjCells *arr;      /* backing array (never NULL) */
    int64_t   off, cap;
    int64_t   hlen;     /* the length when made: the value's when its aux is SLICE_LEN_HDR */
} ObjSlice;

#define SLICE_LEN_HDR UINT32_MAX

/* slice_len is the length of slice value v (nil: 0). */
static inline int64_t slice_len(Value v)
{
    if (__builtin_expect(v.aux != SLICE_LEN_HDR, 1)) return v.aux;
    return ((const ObjSlice *)v.o)->hlen;
}

/* A map is one open-addressing table (linear probing) whose slots hold the
 * keys and values themselves, so a lookup reads one slot (vm/map.c). */
typedef struct MapEntry {
    Value key, value;
} MapEntry;

typedef struct MapTab {
    int64_t  cap;       /* slots (any number from 8: vm/map.c home) */
    int64_t  refs;      /* the map, plus iterators still walking it after the map was rebuilt */
    uint8_t *ctrl;      /* cap bytes: 0 empty, 1 deleted, else 0x80 | 7 bits of the key's hash */
    void    *slots;     /* cap MapEntry, or cap {key, value} uint64_t pairs when packed */
} MapTab;

typedef struct ObjMap {
    Obj       hdr;
    Type     *type;     /* the map type (key and value types) */
    int64_t   count;    /* live entries */
    MapTab   *tab;      /* C heap, shared with iterators (refs) */
    int64_t   used;     /* live + deleted slots: rebuilt past 7/8 of tab->cap */
    uint32_t  clears;   /* clear(m) count: an iteration over a cleared map stops */
    bool      packed;   /* integer keys, integer or float values: 16-byte slots, nothing to trace */
    bool      strkeys;  /* string keys: each slot's key.aux holds the key's hash (vm/map.c) */
    bool      intkeys;  /* integer (or bool) keys: homes from the key itself (vm/map.c key_home) */
    VM       *vm;       /* for obj_addr (hashing pointers) */
    struct G *writing;  /* Go's hashWriting: a goroutine stopped in the middle of a write (vm.c) */
} ObjMap;

typedef struct ObjMapIter {
    Obj      hdr;
    ObjMap  *map;
    MapTab  *tab;       /* the table being walked (a ref): map->tab, or the old one after a rebuild */
    int64_t  start;     /* random start slot (from the run's seed) */
    int64_t  step;      /* slots visited so far */
    uint32_t clears;    /* map->clears when the iteration started */
} ObjMapIter;

typedef struct ObjClosure {
    Obj    hdr;
    Proto *proto;
    int    nup;
    Value  up[];        /* captured variables: boxes (pointers) or aggregate objects */
} ObjClosure;

/* Allocation (vm/object.c). All may run the GC first. */
ObjString  *obj_string(VM *vm, const char *s, int64_t len);
ObjString  *obj_string_uninit(VM *vm, int64_t len);   /* caller fills data[0..len) */
ObjCells   *obj_cells(VM *vm, Type *type, int64_t n);  /* zeroed Values */
/* obj_elems returns n zeroed elements of type et (an array's or a backing's), raw when
 * raw_kind_of(et) says so; type is stored as ObjCells.type. Aggregates are not allocated. */
ObjCells   *obj_elems(VM *vm, Type *type, Type *et, int64_t n);
/* raw_kind_of is how elements of type et are stored: RAW_NONE for anything that is not a
 * pointer-free scalar. */
RawKind     raw_kind_of(const Type *et);
ObjCells   *obj_zero(VM *vm, Type *t);                 /* zero value of struct/array type t,
                                                          nested aggregates allocated too */
/* obj_slice returns a new slice value (a new header) of arr[off:off+len:off+cap]. */
Value       obj_slice(VM *vm, ObjCells *arr, int64_t off, int64_t len, int64_t cap);
/* slice_relen returns slice value v (not nil) with length len (<= its cap): the same
 * header, new only when len does not fit aux and v's header holds another. */
Value       slice_relen(VM *vm, Value v, int64_t len);
ObjMap     *obj_map(VM *vm, Type *maptype, int64_t hint);
ObjClosure *obj_closure(VM *vm, Proto *p, int nup);

/* val_clone returns a deep copy of aggregate value v of type t (struct or
 * array); other values are returned as they are. */
Value val_clone(VM *vm, Type *t, Value v);
/* agg_elem is the type of cell i of aggregate type t (array element or struct field). */
Type *agg_elem(const Type *t, int64_t i);
/* val_copy_into copies aggregate src into the existing object dst, deeply:
 * nested aggregates are copied into dst's own nested objects. */
void  val_copy_into(Type *t, Value dst, Value src);
/* val_equal implements Go's == for values of type t (interfaces compare
 * dynamic types then values). Sets *uncomparable to the offending dynamic type
 * when an interface holds an uncomparable type (Go panics). */
bool  val_equal(Type *t, Value a, Value b, Type **uncomparable);
uint32_t val_hash(Type *t, Value v);

/* Added (vm/object.c). */
/* val_types is the running program's type table (set by vm_new), used to find the dynamic
 * type of interface values in val_equal/val_hash. */
extern Type **val_types;
extern int32_t val_ntypes;
bool     type_agg(const Type *t);           /* struct or array (value semantics, an object) */
bool     type_comparable_rt(const Type *t); /* Go's comparable (no slice, map, func inside) */
int64_t  type_go_size(const Type *t);       /* Go's size in bytes on amd64 (for growslice) */
bool     type_has_ptr(const Type *t);       /* Go's type holds pointers (malloc header rule) */
/* val_unhashable returns the dynamic type that makes v (of type t) unhashable, or NULL. */
Type    *val_unhashable(Type *t, Value v);
/* val_zero_of returns the zero value of t: a new zero object for aggregates. */
Value    val_zero_of(VM *vm, Type *t);
/* val_zero_into zeroes aggregate object o (of type t) in place, nested objects too. */
void     val_zero_into(Type *t, Obj *o);
ObjMapIter *obj_mapiter(VM *vm, ObjMap *m);
/* obj_addr returns the address Go would print for o (%p, println): a fake
 * 0xc000... heap address given the first time o's address is asked for, in
 * that order, so that it depends on the run (program, seed, schedule) and not
 * on where the C allocator put o. 0 for NULL. obj_addr_free forgets o (the GC
 * frees it, flagged OBJF_ADDR); obj_addr_fini frees the table. */
uint64_t obj_addr(VM *vm, const Obj *o);
/* obj_slot_offset: how far past obj_addr(o) its element (or field) slot lies:
 * a raw element's Go size, 8 bytes a Value slot. */
uint64_t obj_slot_offset(const Obj *o, int64_t slot);
void     obj_addr_free(VM *vm, const Obj *o);
void     obj_addr_fini(VM *vm);
/* obj_bytes returns the bytes o accounts for in vm->heap_bytes. */
size_t   obj_bytes(const Obj *o);

static inline const char *str_data(Value s) { return s.o ? ((ObjString *)s.o)->data : ""; }
static inline int64_t str_len(Value s) { return s.o ? ((ObjString *)s.o)->len : 0; }

#endif
