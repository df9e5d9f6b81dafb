/* rt/hb.c: the happens-before log (rt/hb.h): a ring of edges, trimmed with
 * the event log it annotates, and the numbering of sync clocks as keys.
 * Determinism: keys are numbered in order of first use, never addresses. */
#include "rt/hb.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "rt/sched_priv.h"

typedef struct HbKey { const void *obj; uint32_t slot; int64_t id; } HbKey;   /* obj NULL: empty */

struct HbLog {
    HbEdge  *e;              /* ring of cap edges, the oldest at head */
    int64_t  cap, head, len;
    HbKey   *keys;           /* open addressing: (object, slot) -> key */
    int64_t  nkeys, capkeys, next_key;
};

void hb_set_logging(VM *vm, bool on)
{
    vm->hb_log = on;
    vm_sync_refresh(vm);
}

static HbLog *log_of(VM *vm)
{
    Sched *s = sched_get(vm);
    if (!s->hb) s->hb = xcalloc(1, sizeof *s->hb);
    return s->hb;
}

static size_t key_hash(const void *obj, uint32_t slot)
{
    uint64_t h = (uint64_t)(uintptr_t)obj * 0x9E3779B97F4A7C15ull ^ (uint64_t)slot * 0xC2B2AE3D27D4EB4Full;
    return (size_t)(h ^ (h >> 31));
}

static int64_t key_of(HbLog *l, const void *obj, uint32_t slot)
{
    if ((l->nkeys + 1) * 2 > l->capkeys) {
        int64_t ncap = l->capkeys ? l->capkeys * 2 : 64;
        HbKey *t = xcalloc((size_t)ncap, sizeof *t);
        for (int64_t i = 0; i < l->capkeys; i++) {
            if (!l->keys[i].obj) continue;
            size_t k = key_hash(l->keys[i].obj, l->keys[i].slot) & (size_t)(ncap - 1);
            while (t[k].obj) k = (k + 1) & (size_t)(ncap - 1);
            t[k] = l->keys[i];
        }
        free(l->keys);
        l->keys = t;
        l->capkeys = ncap;
    }
    size_t mask = (size_t)l->capkeys - 1, k = key_hash(obj, slot) & mask;
    for (; l->keys[k].obj; k = (k + 1) & mask)
        if (l->keys[k].obj == obj && l->keys[k].slot == slot) return l->keys[k].id;
    l->keys[k] = (HbKey){obj, slot, ++l->next_key};
    l->nkeys++;
    return l->next_key;
}

void hb_log(VM *vm, HbOp op, G *g, const void *o, uint32_t slot, G *other, bool with_next)
{
    Sched *s = sched_get(vm);
    if (s->settling || s->ev_off || !g || (op == HB_PAIR ? !other : !o)) return;
    HbLog *l = log_of(vm);
    HbEdge e = {with_next ? vm->ev_total : vm->ev_total - 1, g->id, 0, op, with_next};
    e.x = op == HB_PAIR ? other->id : key_of(l, o, slot);
    if (l->len == l->cap && l->cap < INSP_MAX_EVENTS) {   /* as many as events are kept */
        int64_t ncap = l->cap ? l->cap * 2 : 1024;
        if (ncap > INSP_MAX_EVENTS) ncap = INSP_MAX_EVENTS;
        HbEdge *ne = xmalloc((size_t)ncap * sizeof *ne);
        for (int64_t i = 0; i < l->len; i++) ne[i] = l->e[(l->head + i) % l->cap];
        free(l->e);
        l->e = ne;
        l->cap = ncap;
        l->head = 0;
    }
    if (l->len == l->cap) {   /* full: drop the oldest */
        l->e[l->head] = e;
        l->head = (l->head + 1) % l->cap;
        return;
    }
    l->e[(l->head + l->len) % l->cap] = e;
    l->len++;
}

HbEdge *hb_edges(VM *vm, int64_t from, int64_t *n)
{
    Sched *s = sched_get(vm);
    HbLog *l = s->hb;
    int64_t cnt = 0;
    HbEdge *v = xmalloc((size_t)(l && l->len ? l->len : 1) * sizeof *v);
    for (int64_t i = 0; l && i < l->len; i++) {
        HbEdge e = l->e[(l->head + i) % l->cap];
        if (e.after >= from) v[cnt++] = e;
    }
    *n = cnt;
    return v;
}

void hb_free_log(VM *vm)
{
    Sched *s = vm->rt;
    if (!s || !s->hb) return;
    free(s->hb->e);
    free(s->hb->keys);
    free(s->hb);
    s->hb = NULL;
}
