/* vm/map.c: Go maps (see vm/map.h): an insertion-ordered entry array plus an
 * open-addressing index of entry numbers (linear probing, -1 empty). The index
 * has at least twice as many slots as the entry array has room for; tombstones
 * (deleted entries) stay indexed until the next rebuild. */
#include "vm/map.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "base/xalloc.h"
#include "lang/types.h"
#include "vm/gc.h"
#include "vm/vm.h"

static Type *key_type(const ObjMap *m) { Type *t = m->type->under ? m->type->under : m->type; return t->key; }

static inline int64_t slot_of(uint32_t hash, int64_t entry)
{
    return (int64_t)(((uint64_t)hash << 31) | (uint64_t)entry);   /* 31: stays non-negative */
}
#define SLOT_ENTRY(s) ((int64_t)((s) & 0x7FFFFFFF))
#define SLOT_HASH(s) ((uint32_t)((uint64_t)(s) >> 31))

/* advise_huge: a big map's index is probed at random (a million entries: a
 * 16 MB index), a TLB miss per lookup on 4 KB pages; ask for transparent
 * huge pages on the 2 MB-aligned part of the block (bench/map.go with 3e6
 * keys: 1.37 -> 1.22 s user). */
static void advise_huge(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = (uintptr_t)2 << 20;
    if (size < 2 * huge) return;
    uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1), b = ((uintptr_t)p + size) & ~(huge - 1);
    if (b > a) madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
    (void)p;
    (void)size;
#endif
}

static void rebuild(VM *vm, ObjMap *m, int64_t capentries)
{
    size_t before = obj_bytes(&m->hdr);
    /* compact: drop tombstones (keeps the insertion order) */
    int64_t j = 0;
    for (int64_t i = 0; i < m->nentries; i++)
        if (m->entries[i].used == 1) m->entries[j++] = m->entries[i];
    m->nentries = j;
    if (capentries != m->capentries) {
        m->entries = xrealloc(m->entries, (size_t)capentries * sizeof(MapEntry));
        m->capentries = capentries;
    }
    int64_t ci = 8;
    while (ci < capentries * 2) ci *= 2;
    if (ci != m->capindex) {
        free(m->index);
        m->index = xmalloc((size_t)ci * sizeof(int64_t));
        advise_huge(m->index, (size_t)ci * sizeof(int64_t));
        m->capindex = ci;
    }
    memset(m->index, 0xff, (size_t)ci * sizeof(int64_t));
    for (int64_t i = 0; i < m->nentries; i++) {
        uint64_t h = m->entries[i].hash & (uint64_t)(ci - 1);
        while (m->index[h] >= 0) h = (h + 1) & (uint64_t)(ci - 1);
        m->index[h] = slot_of(m->entries[i].hash, i);
    }
    gc_account(vm, (long long)obj_bytes(&m->hdr) - (long long)before);
}

ObjMap *obj_map(VM *vm, Type *maptype, int64_t hint)
{
    ObjMap *m = gc_alloc(vm, OBJ_MAP, sizeof(ObjMap));
    m->type = maptype;
    int64_t cap = 8;
    while (hint > 0 && cap < hint && cap < ((int64_t)1 << 30)) cap *= 2;
    rebuild(vm, m, cap);
    return m;
}

/* find returns the entry index of key, or -1; *slot gets the index slot. */
/* key_eq is val_equal with the common key kinds inlined. */
static inline bool key_eq(Type *kt, Value a, Value b)
{
    switch (kt->kind) {
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64: case K_UINT: case K_UINT8:
    case K_UINT16: case K_UINT32: case K_UINT64: case K_UINTPTR: case K_BOOL:
        return a.i == b.i;
    case K_STRING: {
        int64_t n = str_len(a);
        return n == str_len(b) && (a.o == b.o || memcmp(str_data(a), str_data(b), (size_t)n) == 0);
    }
    default:
        return val_equal(kt, a, b, NULL);
    }
}

static int64_t find(ObjMap *m, Type *kt, Value key, uint32_t h)
{
    uint64_t mask = (uint64_t)m->capindex - 1, i = h & mask;
    for (;;) {
        int64_t sl = m->index[i];
        if (sl < 0) return -1;
        if (SLOT_HASH(sl) == h) {
            int64_t e = SLOT_ENTRY(sl);
            MapEntry *en = &m->entries[e];
            if (en->used == 1 && key_eq(kt, en->key, key)) return e;
        }
        i = (i + 1) & mask;
    }
}

bool map_get(ObjMap *m, Value key, Value *out)
{
    if (!m || m->count == 0) return false;
    Type *kt = key_type(m);
    int64_t e = find(m, kt, key, val_hash(kt, key));
    if (e < 0) return false;
    *out = m->entries[e].value;
    return true;
}

void map_set(VM *vm, ObjMap *m, Value key, Value value)
{
    Type *kt = key_type(m);
    uint32_t h = val_hash(kt, key);
    int64_t e = find(m, kt, key, h);
    if (e >= 0) {
        m->entries[e].value = value;
        return;
    }
    if (m->nentries == m->capentries) {
        int64_t cap = m->capentries;
        if (m->count >= cap / 2) cap *= 2;   /* else: mostly tombstones, compact in place */
        rebuild(vm, m, cap);
    }
    e = m->nentries++;
    MapEntry *en = &m->entries[e];
    en->key = key;
    en->value = value;
    en->hash = h;
    en->used = 1;
    m->count++;
    uint64_t mask = (uint64_t)m->capindex - 1, i = h & mask;
    while (m->index[i] >= 0) i = (i + 1) & mask;
    m->index[i] = slot_of(h, e);
}

void map_delete(VM *vm, ObjMap *m, Value key)
{
    (void)vm;
    if (!m || m->count == 0) return;
    Type *kt = key_type(m);
    int64_t e = find(m, kt, key, val_hash(kt, key));
    if (e < 0) return;
    MapEntry *en = &m->entries[e];
    en->used = 2;
    en->key = val_zero();
    en->value = val_zero();
    m->count--;
}

void map_clear(VM *vm, ObjMap *m)
{
    if (!m) return;
    m->nentries = 0;
    m->count = 0;
    rebuild(vm, m, 8);
}

bool map_next(ObjMapIter *it, Value *key, Value *value)
{
    ObjMap *m = it->map;
    if (!m) return false;
    while (it->step < it->nentries) {
        int64_t i = (it->start + it->step) % it->nentries;
        it->step++;
        if (i >= m->nentries) continue;
        MapEntry *en = &m->entries[i];
        if (en->used != 1) continue;
        *key = en->key;
        *value = en->value;
        return true;
    }
    return false;
}

static int sort_kind;   /* 1 signed, 2 unsigned, 3 float, 4 string, 5 bool, 0 insertion */

static int cmp_entries(const void *pa, const void *pb)
{
    const MapEntry *a = *(MapEntry *const *)pa, *b = *(MapEntry *const *)pb;
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
    if (c == 0) c = a < b ? -1 : a > b;   /* insertion order (entries are in it) */
    return c;
}

MapEntry **map_sorted_entries(ObjMap *m, int64_t *n)
{
    *n = 0;
    if (!m || m->count == 0) return NULL;
    MapEntry **v = xmalloc((size_t)m->count * sizeof *v);
    for (int64_t i = 0; i < m->nentries; i++)
        if (m->entries[i].used == 1) v[(*n)++] = &m->entries[i];
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
    if (*n > 1) qsort(v, (size_t)*n, sizeof *v, cmp_entries);
    return v;
}
