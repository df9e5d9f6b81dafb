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

/* map_get looks key up in m (NULL: a nil map); returns whether it is present. */
bool map_get(ObjMap *m, Value key, Value *out);
/* map_set inserts or replaces m[key] (m not NULL). */
void map_set(VM *vm, ObjMap *m, Value key, Value value);
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
