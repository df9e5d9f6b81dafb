/* vm/map.h: Go maps keyed by any comparable type.
 *
 * Entries live in an insertion-ordered array (deleted ones become tombstones,
 * dropped when the array is rebuilt); an open-addressing index of entry
 * numbers finds them by val_hash/val_equal of the map's key type. Iteration
 * starts at a seeded random entry and wraps around the entry array as it was
 * when the iteration started: entries added during it may or may not be seen,
 * deleted ones are not. Keys and values are stored as given (the compiler
 * passes fresh copies of aggregates). */
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
/* map_next advances it; returns false when done. */
bool map_next(ObjMapIter *it, Value *key, Value *value);
/* map_sorted_entries returns the live entries sorted as fmt prints them (ints and floats
 * numerically with NaN first, strings bytewise, bools false first, others in insertion
 * order); *n gets the count. Returns a new array of pointers into m; free() it; it is
 * valid until m changes. */
MapEntry **map_sorted_entries(ObjMap *m, int64_t *n);

#endif
