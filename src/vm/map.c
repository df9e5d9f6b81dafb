/* vm/map.c: Go maps (see vm/map.h): one open-addressing table (linear
 * probing) whose slots hold the keys and values themselves, plus a byte per
 * slot (ctrl) with 7 bits of the key's hash, so a lookup reads a byte from a
 * small dense array and then the one slot it wants (an index of entry numbers
 * in front of an entry array cost two misses). Maps with integer keys and
 * integer or float values keep only the payloads (16-byte slots instead of
 * 32): a million-entry map[int]int is 34 MB instead of 56. Deleted slots
 * become tombstones until the next rebuild, so a running iteration never sees
 * an entry move. A rebuild (growth, compaction, clear) makes a new table;
 * iterators still walking the old one keep it alive (refs) and finish it the
 * way Go walks old buckets during growth. */
#include "vm/map.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "lang/types.h"
#include "vm/gc.h"
#include "vm/vm.h"


static Type *map_under(const ObjMap *m) { return m->type->under ? m->type->under : m->type; }
static Type *key_type(const ObjMap *m) { return map_under(m)->key; }

static inline bool int_kind(int k)
{
    switch (k) {
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64: case K_UINT: case K_UINT8:
    case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR: case K_BOOL:
        return true;
    default:
        return false;
    }
}


/* obj_hash is val_hash with objects hashed by their printed address
 * (obj_addr: handed out in the order the program first hashes or prints
 * them), not by where the C allocator put them: the table's layout, and so
 * the iteration order, then depends on the seed only, for pointer, channel
 * and interface keys too. */
static uint32_t obj_hash(VM *vm, Type *t, Value v)
{
    switch (t->kind) {
    case K_POINTER: case K_CHAN: case K_MAP: case K_FUNC: case K_SLICE:
        return map_int_hash(obj_addr(vm, v.o) * 31 + (v.o ? v.aux : 0));
    case K_INTERFACE: {
        uint32_t tid = VAL_TYPE(v);
        Type *dt = tid > 0 && (int32_t)tid < val_ntypes ? val_types[tid] : NULL;
        if (!dt) return map_int_hash(tid);
        return map_int_hash(tid) ^ obj_hash(vm, dt, val_unbox(v));
    }
    case K_STRUCT: case K_ARRAY: {
        ObjCells *c = (ObjCells *)v.o;
        uint32_t h = 0x9e3779b9u;
        for (int64_t i = 0; c && i < c->n; i++)
            h = (h ^ obj_hash(vm, agg_elem(t, i), cells_get(c, i))) * 0x01000193u + 0x9e3779b9u;
        return h;
    }
    default:   /* strings (FNV), floats (+0 = -0, NaN a new hash each time), bools, integers */
        return int_kind(t->kind) ? map_int_hash(v.u) : val_hash(t, v);
    }
}

static inline uint32_t key_hash(const ObjMap *m, Type *kt, Value key)
{
    if (int_kind(kt->kind)) return map_int_hash(key.u);
    if (kt->kind == K_STRING) return val_hash(kt, key);
    return obj_hash(m->vm, kt, key);
}

/* The slot's home is h scaled to the table, (h * cap) >> 32 (Lemire's fast
 * range reduction): the table need not be a power of two, so that it grows
 * by the load limit's 1.75x, not 2x (a million int keys: 1.3 Mi slots, 22 MB,
 * not 2 Mi, 36 MB, which missed a last-level cache that the smaller one mostly
 * hits). The home takes the hash's top bits, so ctrl keeps its low 7. */
static inline uint64_t home(uint32_t h, int64_t cap) { return ((uint64_t)h * (uint64_t)cap) >> 32; }
/* An integer key's home is the same scaling of all 64 bits of the key times
 * 2^64/phi (Fibonacci hashing, map_int_home), not of its 32-bit hash: keys in an
 * arithmetic progression (0..n-1, m[i*k], k and k+1) take homes spread evenly
 * (the three-gap theorem) in a near-constant stride, which the hardware
 * prefetches (bench/map's lookups: a fifth faster). */
static inline uint64_t key_home(const ObjMap *m, Value key, uint32_t h, int64_t cap)
{
    return m->intkeys ? map_int_home(key.u, cap) : home(h, cap);
}

/* key_eq is val_equal with the common key kinds inlined. */
static inline bool key_eq(Type *kt, Value a, Value b)
{
    if (int_kind(kt->kind)) return a.i == b.i;
    if (kt->kind == K_STRING) {
        if (a.o == b.o) return true;   /* before reading the slot's string: a cache miss */
        int64_t n = str_len(a);
        return n == str_len(b) && memcmp(str_data(a), str_data(b), (size_t)n) == 0;
    }
    return val_equal(kt, a, b, NULL);
}

#define GENT(t, i) (((MapEntry *)(t)->slots)[i])

/* A string key's aux word is unused (vm/value.h): a string-keyed map keeps
 * the key's hash there, so that a rebuild need not read every string again. */
static inline Value slot_key(const ObjMap *m, const MapTab *t, int64_t i)
{
    if (m->packed) return val_int((int64_t)MAP_PKEY(t, i));
    Value k = GENT(t, i).key;
    if (m->strkeys) k.aux = 0;
    return k;
}

static inline uint32_t slot_hash(const ObjMap *m, Type *kt, const MapTab *t, int64_t i)
{
    return m->strkeys ? GENT(t, i).key.aux : key_hash(m, kt, slot_key(m, t, i));
}

static inline Value slot_value(const ObjMap *m, const MapTab *t, int64_t i)
{
    return m->packed ? val_int((int64_t)MAP_PVAL(t, i)) : GENT(t, i).value;   /* a float's bits too */
}

/* slot_match: slot i (ctrl matched) holds key (hash h) */
static inline bool slot_match(const ObjMap *m, Type *kt, const MapTab *t, int64_t i, Value key, uint32_t h)
{
    if (m->packed) return MAP_PKEY(t, i) == key.u;
    if (m->strkeys && GENT(t, i).key.aux != h) return false;   /* no string read */
    return key_eq(kt, GENT(t, i).key, key);
}

static inline void slot_put(const ObjMap *m, MapTab *t, int64_t i, Value key, Value value, uint32_t h)
{
    if (m->packed) {
        MAP_PKEY(t, i) = key.u;
        MAP_PVAL(t, i) = value.u;
    } else {
        if (m->strkeys) key.aux = h;
        GENT(t, i).key = key;
        GENT(t, i).value = value;
    }
}

size_t map_tab_bytes(int64_t cap, bool packed)
{
    return sizeof(MapTab) + (size_t)cap * (packed ? 2 * sizeof(uint64_t) : sizeof(MapEntry)) + (size_t)cap;
}

void map_tab_unref(MapTab *t)
{
    if (t && --t->refs == 0) free(t);
}

/* find returns the slot of key (h: its key_hash) in t, or -1. */
static inline int64_t find(const ObjMap *m, const MapTab *t, Type *kt, Value key, uint32_t h)
{
    uint64_t i = key_home(m, key, h, t->cap);
    uint8_t c = map_ctrl_of(h);
    for (;;) {
        uint8_t s = t->ctrl[i];
        if (s == c && slot_match(m, kt, t, (int64_t)i, key, h)) return (int64_t)i;
        if (s == MAP_EMPTY) return -1;
        i = map_next_slot(i, t->cap);
    }
}

/* A table is rebuilt when its live and deleted slots pass 7/8 of it
 * (map_full): a probe scans ctrl bytes, 64 to a cache line, and reads a slot
 * only on a 7-bit match, so long probe runs are cheap and the load can be
 * high (a 200,000-key map[string]int: 256 Ki slots, 8.6 MB, not 512 Ki). */

/* rebuild moves the live entries into a new table of at least mincap slots
 * (and 8) with load at most 1/2 (so that a compaction is not followed by another soon). */
static void rebuild(VM *vm, ObjMap *m, int64_t mincap)
{
    size_t before = obj_bytes(&m->hdr);
    int64_t cap = mincap > m->count * 2 ? mincap : m->count * 2;
    if (cap < 8) cap = 8;
    if (cap > ((int64_t)1 << 40)) cap = (int64_t)1 << 40;
    size_t slotbytes = (size_t)cap * (m->packed ? 2 * sizeof(uint64_t) : sizeof(MapEntry));
    size_t bytes = map_tab_bytes(cap, m->packed);
    MapTab *t = xmalloc(bytes);
    t->cap = cap;
    t->refs = 1;
    t->slots = t + 1;
    t->ctrl = (uint8_t *)t->slots + slotbytes;
    xadvise_huge(t, bytes);   /* probed at random: a TLB miss per lookup on 4 KB pages */
    memset(t->ctrl, MAP_EMPTY, (size_t)cap);
    MapTab *old = m->tab;
    Type *kt = key_type(m);
    for (int64_t j = 0; old && j < old->cap; j++) {
        if (old->ctrl[j] < MAP_LIVE) continue;
        /* an integer key's home needs no hash; its ctrl byte (the hash's low
         * bits) and its slot (with a string key's hash) move as they are */
        uint64_t i = m->intkeys ? map_int_home(slot_key(m, old, j).u, cap) : home(slot_hash(m, kt, old, j), cap);
        while (t->ctrl[i] != MAP_EMPTY) i = map_next_slot(i, cap);
        t->ctrl[i] = old->ctrl[j];
        if (m->packed) {
            MAP_PKEY(t, i) = MAP_PKEY(old, j);
            MAP_PVAL(t, i) = MAP_PVAL(old, j);
        } else {
            GENT(t, i) = GENT(old, j);
        }
    }
    m->tab = t;
    m->used = m->count;
    map_tab_unref(old);
    gc_account(vm, (long long)obj_bytes(&m->hdr) - (long long)before);
}

ObjMap *obj_map(VM *vm, Type *maptype, int64_t hint)
{
    ObjMap *m = gc_alloc(vm, OBJ_MAP, sizeof(ObjMap));
    m->type = maptype;
    m->vm = vm;
    Type *u = map_under(m);
    int ek = u->elem->kind;
    m->packed = int_kind(u->key->kind) && (int_kind(ek) || ek == K_FLOAT32 || ek == K_FLOAT64);
    m->strkeys = u->key->kind == K_STRING;
    m->intkeys = int_kind(u->key->kind);
    int64_t cap = 8;   /* room for hint entries before the first rebuild */
    if (map_full(hint, cap)) cap = hint < ((int64_t)1 << 31) - hint / 7 - 1 ? hint + hint / 7 + 1 : (int64_t)1 << 31;
    rebuild(vm, m, cap);
    return m;
}

bool map_get_any(ObjMap *m, Value key, Value *out)
{
    Type *kt = key_type(m);
    int64_t i = find(m, m->tab, kt, key, key_hash(m, kt, key));
    if (i < 0) return false;
    *out = slot_value(m, m->tab, i);
    return true;
}

void map_set_any(VM *vm, ObjMap *m, Value key, Value value)
{
    Type *kt = key_type(m);
    uint32_t h = key_hash(m, kt, key);
    uint8_t c = map_ctrl_of(h);
    MapTab *t = m->tab;
    uint64_t i = key_home(m, key, h, t->cap);
    int64_t grave = -1;   /* first tombstone on the probe path: reused for a new key */
    for (;;) {
        uint8_t s = t->ctrl[i];
        if (s == c && slot_match(m, kt, t, (int64_t)i, key, h)) {
            if (m->packed) {
                MAP_PVAL(t, i) = value.u;
            } else {
                slot_put(m, t, (int64_t)i, key, value, h);   /* Go updates the key too: m[-0.0]
                                                                after m[+0.0] prints -0 */
            }
            return;
        }
        if (s == MAP_EMPTY) break;
        if (s == MAP_DELETED && grave < 0) grave = (int64_t)i;
        i = map_next_slot(i, t->cap);
    }
    if (grave >= 0) {
        i = (uint64_t)grave;
    } else {
        if (map_full(m->used + 1, t->cap)) {
            /* mostly tombstones: compacts at the same size (or smaller); else grows */
            rebuild(vm, m, (m->count + 1) * 2);
            t = m->tab;
            i = key_home(m, key, h, t->cap);
            while (t->ctrl[i] != MAP_EMPTY) i = map_next_slot(i, t->cap);
        }
        m->used++;
    }
    t->ctrl[i] = c;
    slot_put(m, t, (int64_t)i, key, value, h);
    m->count++;
}

void map_delete(VM *vm, ObjMap *m, Value key)
{
    (void)vm;
    if (!m || m->count == 0) return;
    Type *kt = key_type(m);
    int64_t i = find(m, m->tab, kt, key, key_hash(m, kt, key));
    if (i < 0) return;
    m->tab->ctrl[i] = MAP_DELETED;
    slot_put(m, m->tab, i, val_zero(), val_zero(), 0);   /* drop the references */
    m->count--;
}

void map_clear(VM *vm, ObjMap *m)
{
    if (!m) return;
    m->count = 0;
    m->clears++;
    MapTab *t = m->tab;
    m->tab = NULL;   /* rebuild copies nothing */
    gc_account(vm, -(long long)map_tab_bytes(t->cap, m->packed));
    map_tab_unref(t);
    rebuild(vm, m, 8);
}

void map_iter_init(VM *vm, ObjMapIter *it, ObjMap *m)
{
    it->map = m;
    it->step = 0;
    it->tab = NULL;
    it->start = 0;
    it->clears = m ? m->clears : 0;
    if (!m || m->used == 0) return;   /* nothing to produce (and no random draw) */
    it->tab = m->tab;
    it->tab->refs++;
    it->start = (int64_t)(vm_rand(vm) % (uint64_t)it->tab->cap);
}

void map_iter_free(ObjMapIter *it)
{
    map_tab_unref(it->tab);
    it->tab = NULL;
}

bool map_next(ObjMapIter *it, Value *key, Value *value)
{
    ObjMap *m = it->map;
    MapTab *t = it->tab;
    if (!m || !t) return false;
    while (it->step < t->cap) {
        int64_t j = it->start + it->step;
        if (j >= t->cap) j -= t->cap;
        it->step++;
        if (t->ctrl[j] < MAP_LIVE) continue;
        if (t == m->tab) {
            *key = slot_key(m, t, j);
            *value = slot_value(m, t, j);
            return true;
        }
        /* The map was rebuilt during the iteration: go on walking the old
         * table (positions already visited stay visited, so each entry present
         * throughout is produced once) and take each key's current value from
         * the map, skipping keys deleted since. A NaN key cannot be looked up,
         * deleted or updated: its old slot is current unless the map was cleared. */
        if (it->clears != m->clears) break;
        Type *kt = key_type(m);
        Value k = slot_key(m, t, j);
        if (!key_eq(kt, k, k)) {
            *key = k;
            *value = slot_value(m, t, j);
            return true;
        }
        int64_t i = find(m, m->tab, kt, k, slot_hash(m, kt, t, j));
        if (i < 0) continue;
        *key = slot_key(m, m->tab, i);
        *value = slot_value(m, m->tab, i);
        return true;
    }
    map_iter_free(it);
    return false;
}

void map_mark(VM *vm, const ObjMap *m, const MapTab *t)
{
    if (!t || m->packed) return;   /* packed: integers and floats only */
    for (int64_t i = 0; i < t->cap; i++) {
        if (t->ctrl[i] < MAP_LIVE) continue;
        gc_mark_value(vm, GENT(t, i).key);
        gc_mark_value(vm, GENT(t, i).value);
    }
}

MapEntry *map_entries(ObjMap *m, int64_t *n)
{
    *n = 0;
    if (!m || m->count == 0) return NULL;
    MapEntry *v = xmalloc((size_t)m->count * sizeof *v);
    for (int64_t i = 0; i < m->tab->cap; i++)
        if (m->tab->ctrl[i] >= MAP_LIVE) {
            v[*n].key = slot_key(m, m->tab, i);
            v[(*n)++].value = slot_value(m, m->tab, i);
        }
    return v;
}

static int sort_kind;   /* 1 signed, 2 unsigned, 3 float, 4 string, 5 bool */

static int cmp_entries(const void *pa, const void *pb)
{
    const MapEntry *a = pa, *b = pb;
    int c = 0;
    switch (sort_kind) {
    case 1: case 5: c = a->key.i < b->key.i ? -1 : a->key.i > b->key.i; break;
    case 2: c = a->key.u < b->key.u ? -1 : a->key.u > b->key.u; break;
    case 3: {
        double x = a->key.f, y = b->key.f;
        bool xn = x != x, yn = y != y;
        if (xn || yn) c = xn && yn ? 0 : xn ? -1 : 1;
        else c = x < y ? -1 : x > y;
        break;
    }
    case 4: {
        int64_t la = str_len(a->key), lb = str_len(b->key);
        c = memcmp(str_data(a->key), str_data(b->key), (size_t)(la < lb ? la : lb));
        if (c == 0) c = la < lb ? -1 : la > lb;
        break;
    }
    default: break;
    }
    return c;
}

MapEntry *map_sorted_entries(ObjMap *m, int64_t *n)
{
    MapEntry *v = map_entries(m, n);
    if (!v) return NULL;
    Type *kt = key_type(m);
    switch (kt->kind) {
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64: sort_kind = 1; break;
    case K_UINT: case K_UINT8: case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR:
        sort_kind = 2; break;
    case K_FLOAT32: case K_FLOAT64: sort_kind = 3; break;
    case K_STRING: sort_kind = 4; break;
    case K_BOOL: sort_kind = 5; break;
    default: sort_kind = 0; break;
    }
    if (*n > 1 && sort_kind) qsort(v, (size_t)*n, sizeof *v, cmp_entries);
    return v;
}
