/* vm/map.h: Go maps keyed by any comparable type.
 *
 * Entries live in the slots of one open-addressing table (MapTab), found by
 * their hash and val_equal of the map's key type; deleted ones become
 * tombstones until the table is rebuilt. Iteration starts at a seeded random
 * slot and wraps around the table it started on: entries added during it may
 * or may not be seen, deleted ones are not, and if the map is rebuilt
 * (grows) meanwhile the iterator finishes the old table, looking each key up
 * in the new one, so each entry present throughout is produced exactly once.
 * Keys and values are stored as given (the compiler passes fresh copies of
 * aggregates). */
#ifndef GOROLAB_VM_MAP_H
#define GOROLAB_VM_MAP_H

#include <stdbool.h>
#include "vm/object.h"

/* The table's layout (vm/map.c): a ctrl byte per slot, 0 empty, 1 deleted,
 * else MAP_LIVE | 7 bits of the key's hash; a packed map (integer keys,
 * integer or float values) keeps {key, value} pairs of words as its slots. */
#define MAP_EMPTY 0
#define MAP_DELETED 1
#define MAP_LIVE 0x80
#define MAP_PKEY(t, i) (((uint64_t *)(t)->slots)[2 * (i)])
#define MAP_PVAL(t, i) (((uint64_t *)(t)->slots)[2 * (i) + 1])

/* map_int_hash: integer keys get a multiplicative hash (one multiply, no
 * call); the map only compares its own hashes, so it need not agree with
 * val_hash. */
static inline uint32_t map_int_hash(uint64_t u)
{
    uint64_t x = u ^ (u >> 32);
    return (uint32_t)((x * 0x9E3779B97F4A7C15ULL) >> 32);
}
/* map_int_home: an integer key's home slot, all 64 bits of the key times
 * 2^64/phi scaled to the table (vm/map.c key_home says why). */
static inline uint64_t map_int_home(uint64_t key, int64_t cap)
{
    return (uint64_t)(((unsigned __int128)(key * 0x9E3779B97F4A7C15ULL) * (uint64_t)cap) >> 64);
}
static inline uint64_t map_next_slot(uint64_t i, int64_t cap) { return ++i == (uint64_t)cap ? 0 : i; }
static inline uint8_t map_ctrl_of(uint32_t h) { return (uint8_t)(MAP_LIVE | (h & 0x7F)); }

/* map_get_any is map_get for any map that holds entries. */
bool map_get_any(ObjMap *m, Value key, Value *out);

/* map_get looks key up in m (NULL: a nil map); returns whether it is present.
 * A packed map's probe is inline here: its callers (the VM's MGET) pay no call. */
static inline bool map_get(ObjMap *m, Value key, Value *out)
{
    if (!m || m->count == 0) return false;
    if (!m->packed) return map_get_any(m, key, out);
    const MapTab *t = m->tab;
    uint32_t h = map_int_hash(key.u);
    uint64_t i = map_int_home(key.u, t->cap);
    uint8_t c = map_ctrl_of(h);
    /* fetch the home slot while the ctrl byte is read: a hit then costs one
     * memory latency, not two in a row */
    __builtin_prefetch(&MAP_PKEY(t, i));
    for (;;) {
        uint8_t s = t->ctrl[i];
        if (s == c && MAP_PKEY(t, i) == key.u) {
            *out = val_int((int64_t)MAP_PVAL(t, i));
            return true;
        }
        if (s == MAP_EMPTY) return false;
        i = map_next_slot(i, t->cap);
    }
}
static inline bool map_full(int64_t used, int64_t cap) { return used * 8 > cap * 7; }

/* map_set_any is map_set for any map. */
void map_set_any(VM *vm, ObjMap *m, Value key, Value value);

/* map_set inserts or replaces m[key] (m not NULL). A packed map's update, or
 * its insert into an empty slot with no tombstone on the way and no rebuild
 * due, is inline here. */
static inline void map_set(VM *vm, ObjMap *m, Value key, Value value)
{
    if (m->packed) {
        MapTab *t = m->tab;
        uint64_t i = map_int_home(key.u, t->cap);
        uint8_t c = map_ctrl_of(map_int_hash(key.u));
        for (;;) {
            uint8_t s = t->ctrl[i];
            if (s == c && MAP_PKEY(t, i) == key.u) {
                MAP_PVAL(t, i) = value.u;
                return;
            }
            if (s == MAP_EMPTY) break;
            if (s == MAP_DELETED) goto any;   /* map_set_any reuses it */
            i = map_next_slot(i, t->cap);
        }
        if (!map_full(m->used + 1, t->cap)) {
            t->ctrl[i] = c;
            MAP_PKEY(t, i) = key.u;
            MAP_PVAL(t, i) = value.u;
            m->used++;
            m->count++;
            return;
        }
    }
any:
    map_set_any(vm, m, key, value);
}
/* map_delete removes m[key] if present (m may be NULL). */
void map_delete(VM *vm, ObjMap *m, Value key);
void map_clear(VM *vm, ObjMap *m);
static inline int64_t map_len(const ObjMap *m) { return m ? m->count : 0; }
/* map_iter_init starts iterator it over m (NULL: a nil map); it draws the random start. */
void map_iter_init(VM *vm, ObjMapIter *it, ObjMap *m);
/* map_next advances it; returns false when done. */
bool map_next(ObjMapIter *it, Value *key, Value *value);
/* map_iter_free drops it's reference to its table (the iteration ended or the GC frees it). */
void map_iter_free(ObjMapIter *it);
/* map_tab_unref drops a reference to t (NULL: nothing), freeing it at zero. */
void map_tab_unref(MapTab *t);
/* map_tab_bytes is the size of a table of cap slots. */
size_t map_tab_bytes(int64_t cap, bool packed);
/* map_mark marks the keys and values in t, a table of m (the GC). */
void map_mark(VM *vm, const ObjMap *m, const MapTab *t);
/* map_entries returns copies of the live entries in table order; *n gets the
 * count; free() it. map_sorted_entries sorts them as fmt prints them (ints and
 * floats numerically with NaN first, strings bytewise, bools false first;
 * other key types stay in table order). */
MapEntry *map_entries(ObjMap *m, int64_t *n);
MapEntry *map_sorted_entries(ObjMap *m, int64_t *n);

#endif
