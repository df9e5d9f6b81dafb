/* rt/sema.c: wait queues keyed by an address (see rt/sema.h).
 *
 * Go's runtime/sema.go keeps a treap of addresses per hash bucket; here a
 * chained hash table of queues, each a doubly ended FIFO of C nodes. Only
 * keys with waiters are in the table, so it stays as small as the number of
 * contended sync objects.
 */
#include "rt/sema.h"

#include <stdint.h>
#include <stdlib.h>

#include "base/xalloc.h"
#include "rt/sched.h"

typedef struct SemaWaiter {
    G                 *g;
    struct SemaWaiter *next;
    int64_t            since;   /* virtual ns it first started waiting */
    uint32_t           ticket;  /* sync.Cond's notifyList ticket */
} SemaWaiter;

typedef struct SemaQueue {
    SemaKey           key;
    SemaWaiter       *first, *last;
    int               n;        /* waiters */
    struct SemaQueue *next;     /* bucket chain */
} SemaQueue;

typedef struct SemaTable {
    SemaQueue **buckets;
    size_t      nbuckets;       /* power of two */
    size_t      nqueues;
} SemaTable;

static size_t key_hash(SemaKey k)
{
    uint64_t h = (uint64_t)(uintptr_t)k.obj * 0x9E3779B97F4A7C15ull ^ (uint64_t)k.slot * 0xC2B2AE3D27D4EB4Full;
    return (size_t)(h ^ (h >> 29));
}

static SemaTable *table(VM *vm)
{
    SemaTable *t = vm->sema;
    if (!t) {
        t = xcalloc(1, sizeof *t);
        t->nbuckets = 16;
        t->buckets = xcalloc(t->nbuckets, sizeof *t->buckets);
        vm->sema = t;
    }
    return t;
}

static SemaQueue **find(SemaTable *t, SemaKey k)
{
    SemaQueue **pq = &t->buckets[key_hash(k) & (t->nbuckets - 1)];
    while (*pq && !((*pq)->key.obj == k.obj && (*pq)->key.slot == k.slot)) pq = &(*pq)->next;
    return pq;
}

static void grow(SemaTable *t)
{
    size_t n = t->nbuckets * 2;
    SemaQueue **b = xcalloc(n, sizeof *b);
    for (size_t i = 0; i < t->nbuckets; i++) {
        SemaQueue *q = t->buckets[i];
        while (q) {
            SemaQueue *next = q->next;
            size_t h = key_hash(q->key) & (n - 1);
            q->next = b[h];
            b[h] = q;
            q = next;
        }
    }
    free(t->buckets);
    t->buckets = b;
    t->nbuckets = n;
}

void sema_acquire_ex(VM *vm, G *g, SemaKey key, WaitReason reason, bool lifo, int64_t since,
                     uint32_t ticket)
{
    SemaTable *t = table(vm);
    SemaQueue **pq = find(t, key);
    if (!*pq) {
        if (t->nqueues + 1 > t->nbuckets * 2) {
            grow(t);
            pq = find(t, key);
        }
        SemaQueue *q = xcalloc(1, sizeof *q);
        q->key = key;
        *pq = q;
        t->nqueues++;
    }
    SemaQueue *q = *pq;
    SemaWaiter *w = xmalloc(sizeof *w);
    w->g = g;
    w->since = since;
    w->ticket = ticket;
    w->next = NULL;
    if (lifo) {
        w->next = q->first;
        q->first = w;
        if (!q->last) q->last = w;
    } else {
        if (q->last) q->last->next = w;
        else q->first = w;
        q->last = w;
    }
    q->n++;
    g->rt.wake.done = false;
    sched_park(vm, g, reason, (void *)key.obj);
}

void sema_acquire(VM *vm, G *g, SemaKey key, WaitReason reason)
{
    sema_acquire_ex(vm, g, key, reason, false, sched_now(vm), 0);
}

/* wake readies w's goroutine and frees w. */
static void wake(VM *vm, SemaWaiter *w, int which)
{
    G *g = w->g;
    g->rt.wake.done = true;
    g->rt.wake.which = which;
    g->rt.wake.value = val_int(w->since);
    free(w);
    sched_ready(vm, g);
}

/* drop removes queue *pq from the table when it is empty. */
static void drop_if_empty(SemaTable *t, SemaQueue **pq)
{
    SemaQueue *q = *pq;
    if (q->first) return;
    *pq = q->next;
    free(q);
    t->nqueues--;
}

int sema_release(VM *vm, SemaKey key, bool all, int which)
{
    SemaTable *t = vm->sema;
    if (!t) return 0;
    SemaQueue **pq = find(t, key);
    SemaQueue *q = *pq;
    if (!q) return 0;
    int n = 0;
    /* Unlink everything to wake first: readying may run nothing now, but keep
     * the queue consistent whatever sched_ready does. */
    do {
        SemaWaiter *w = q->first;
        q->first = w->next;
        if (!q->first) q->last = NULL;
        q->n--;
        wake(vm, w, which);
        n++;
    } while (all && q->first);
    drop_if_empty(t, pq);
    return n;
}

bool sema_release_ticket(VM *vm, SemaKey key, uint32_t ticket, int which)
{
    SemaTable *t = vm->sema;
    if (!t) return false;
    SemaQueue **pq = find(t, key);
    SemaQueue *q = *pq;
    if (!q) return false;
    SemaWaiter *prev = NULL;
    for (SemaWaiter *w = q->first; w; prev = w, w = w->next) {
        if (w->ticket != ticket) continue;
        if (prev) prev->next = w->next;
        else q->first = w->next;
        if (q->last == w) q->last = prev;
        q->n--;
        wake(vm, w, which);
        drop_if_empty(t, pq);
        return true;
    }
    return false;
}

int sema_waiters(VM *vm, SemaKey key)
{
    SemaTable *t = vm->sema;
    if (!t) return 0;
    SemaQueue *q = *find(t, key);
    return q ? q->n : 0;
}

int64_t sema_first_since(VM *vm, SemaKey key)
{
    SemaTable *t = vm->sema;
    if (!t) return -1;
    SemaQueue *q = *find(t, key);
    return q && q->first ? q->first->since : -1;
}

void sema_free(VM *vm)
{
    SemaTable *t = vm->sema;
    if (!t) return;
    for (size_t i = 0; i < t->nbuckets; i++) {
        SemaQueue *q = t->buckets[i];
        while (q) {
            SemaQueue *nq = q->next;
            SemaWaiter *w = q->first;
            while (w) {
                SemaWaiter *nw = w->next;
                free(w);
                w = nw;
            }
            free(q);
            q = nq;
        }
    }
    free(t->buckets);
    free(t);
    vm->sema = NULL;
}
