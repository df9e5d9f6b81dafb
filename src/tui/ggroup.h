/* tui/ggroup.h: the Goroutines pane's order and, when there are too many to
 * list, its groups: goroutines with the same function, state and position
 * counted as one row, like a pprof goroutine profile with debug=1
 * (`1200 @ main.worker  chan receive  main.go:14`). */
#ifndef GOROLAB_TUI_GGROUP_H
#define GOROLAB_TUI_GGROUP_H

#include "rt/inspect.h"

typedef struct GGroup {
    int     count;
    int     first;          /* index in Snapshot.gs of the lowest id in the group */
    int64_t max_wait_ns;    /* the longest wait in the group */
} GGroup;

/* ggroup_order fills idx[0..ngs-1] with indices into s->gs in display order:
 * running, then runnable, then waiting; by id within each. Dead goroutines
 * (main after it returned) are left out; returns how many were written. */
int ggroup_order(const Snapshot *s, int *idx);

/* ggroup_build groups s's live goroutines; returns the number of groups and
 * *out (new array, free() it) sorted by count, largest first, then by the
 * first goroutine's id. */
int ggroup_build(const Snapshot *s, GGroup **out);

#endif
