/* rt/race_priv.h: the race detector's state (rt/race.c), shared with the
 * interpreter's exec_race (vm/exec.inc) for the inline check of a plain
 * access (race_mem_fast) and of a Mutex's Lock and Unlock (race_lock_fast,
 * race_unlock_fast), which would otherwise cost a call and its saved
 * registers at every checked load and store. Nothing else looks inside. */
#ifndef GOROLAB_RT_RACE_PRIV_H
#define GOROLAB_RT_RACE_PRIV_H

#include <stdbool.h>
#include <stdint.h>
#include "rt/race.h"
#include "vm/object.h"
#include "vm/vm.h"
#include "rt/chan.h"

#define TID_QUARANTINE 256   /* freed tids wait this long before reuse */
#define STACK_MAX 64         /* frames kept per access stack */
#define SLOTVC_MAX 65536     /* sync clocks of lower slots are found by index, not by list */
#define SCACHE_N 512         /* stack cache entries */
#define SCACHE_DEPTH 8       /* stacks up to this deep are cached */
#define OCACHE_N 64          /* object cache entries */
#define TCACHE_N 256         /* top-frame stack cache entries (pstack_of) */
#define POOL_MAX 16384       /* RaceObjs, RaceGs, read sets and sync clocks kept for reuse */
#define SLOTVC_KEEP 64       /* a pooled RaceObj keeps slot clocks up to this many (channel buffer slots) */
#define DEPOT_KEEP (1u << 20) /* a recycled state keeps its stack depot up to this many frames */

/* st: a sync clock's stamp: ver * 2 + eq, where ver names the state of the
 * goroutine clock it was last joined with (RaceG.ver): the sync clock is
 * <= that clock (eq: equal to it), leaving out the goroutine's own entry,
 * which its `own` dominates. 0: nothing known. A goroutine that locks and
 * unlocks a mutex again and again, with nothing else in between, then skips
 * both joins. Unused in goroutine clocks. */
/* c: cap entries (a multiple of 8), n in use; those at n and above are 0,
 * so joins run over whole blocks of 8 */
typedef struct VC { uint32_t n, cap; uint32_t *c; uint64_t st; } VC;

/* clk 0: none; atomic: made by a sync/atomic operation (races only with plain
 * accesses). Where it was made (its site) is kept unresolved: pc < SITE_DEPOT:
 * node is the frame prefix trie's leaf for the top frame's function above the
 * frames below it (Frame.race_top), pc the top frame's saved pc as an index
 * into its code; the stack is put together only for a report (site_stack),
 * where looking it up at every access was a fifth of an access's cost.
 * pc == SITE_DEPOT: node is a stack depot id (atomics, maps, odd stacks). */
#define SITE_DEPOT 0x7FFFFFFFu
typedef struct Access { uint32_t clk, tid, goid, node; uint32_t pc : 31, atomic : 1; } Access;

/* The reads of a slot read by several goroutines at once, one per goroutine,
 * in tid order (a write checks them in that order). Sparse while small (a
 * slot is mostly read by a few of the goroutines alive: a set indexed by tid
 * cost a zeroed entry per goroutine ever numbered), indexed by tid (dense)
 * past RS_SPARSE_MAX readers (10,000 goroutines reading one variable made
 * inserting into the sorted set quadratic). */
#define RS_SPARSE_MAX 32
typedef struct ReadSet {
    uint32_t n, cap;   /* sparse: n entries sorted by tid; dense: entries below n may be set (clk != 0) */
    bool     dense;
    Access  *a;        /* cap entries; dense: indexed by tid, zero where unset */
    struct ReadSet *next_free;
} ReadSet;

typedef struct Shadow { Access w, r; ReadSet *rs; } Shadow;       /* rs: read-shared */

typedef struct SyncVar { uint32_t slot; VC vc; struct SyncVar *next; } SyncVar;

typedef struct RaceObj {
    const void *o;
    uint32_t serial, n;
    Shadow  *sh;        /* n slots, made on first access (one: &one) */
    Shadow   one;       /* the slot of a one-slot object (most of them): no allocation */
    Shadow  *buf;       /* the slots of a bigger one, zeroed; kept when ro is reused */
    uint32_t bufcap;
    struct RaceObj *next_free;   /* in Race.free_objs */
    struct RaceObj *prev_live, *next_live;   /* in Race.live */
    SyncVar *syncs;     /* sync clocks of slots >= SLOTVC_MAX */
    VC      *slotvc;    /* sync clocks of slots < SLOTVC_MAX (channel buffer slots), by slot */
    uint32_t nslotvc;
    RaceSlots *slots;   /* where the object (a channel) keeps slotvc and nslotvc too, or NULL */
} RaceObj;

/* Lazy epochs: a release publishes the epoch of g's last access (pub), not
 * its current epoch, and ticks the epoch only when it published it, at the
 * next access (epoch_of). A goroutine that touches no tracked memory, as a
 * stage of bench/sieve.go's pipeline, then puts no entry in anyone's clock,
 * and the clocks handed along stay short. Exact all the same: an entry
 * stands for accesses made before it was published, and an access after a
 * release that published its epoch takes a later one. g's own entry is kept
 * apart from vc (its clock stays as short as what it learnt). */
typedef struct RaceG {
    uint32_t tid, own;    /* own: g's epoch */
    uint32_t pub;         /* the epoch of g's last access (0: none yet): what releases publish */
    bool     stale;       /* own was published: the next access takes own + 1 */
    VC vc;
    uint64_t ver;         /* changes (Race.next_ver) whenever vc may have changed */
    /* g's last checked slot and last locked Mutex's clock, valid while their
     * mgen, lgen are Race.gen (no object was dropped since): a goroutine
     * mostly checks one slot again (count++ reads, then writes it) or locks
     * one mutex again, and the object cache lookup was a sixth of a check */
    const void *mkey, *lkey;
    uint32_t mslot;
    uint64_t mgen, lgen;
    struct Shadow *ms;
    VC      *lvc;
    struct RaceG *next_free;   /* in Race.free_gs (vc.c kept; vc zeroed) */
} RaceG;

typedef struct RFrame { const Proto *p; int32_t pc; } RFrame;   /* p NULL: runtime function pc of rt_funcs */

/* Stacks by their frames below the top one (pstack_of): a trie of those
 * frames, bottom up, whose node 1 is no frame at all. Each Frame keeps the
 * node of the frames below it (Frame.race_pfx; 0: not known yet), which do
 * not change while it lives (its callers wait in their calls), so an access
 * finds its stack from its top frame alone: one lookup of (that node, the
 * top frame, the runtime function), where hashing the whole stack, or
 * comparing every frame with a cache's, was half of what the detector cost
 * a program of many short calls. Nodes are values (Proto, pc), as the
 * depot's stacks are, and live as long as the depot. */
#define PFX_ROOT 1
#define PFX_NODE INT32_MIN   /* PEnt.rtfn of a node's entry (its val: the child node) */
typedef struct PNode { uint32_t parent; int32_t pc; const Proto *p; } PNode;
typedef struct PEnt { const Proto *p; uint32_t parent; int32_t pc, rtfn; uint32_t val; } PEnt;   /* parent 0: free */

typedef struct RStack { uint32_t off, n, hash; } RStack;

typedef struct Race {
    bool      active;
    /* objects: open addressing on the pointer */
    RaceObj **tab;
    uint32_t  cap, len;
    uint32_t  next_serial;
    uint64_t  next_ver;     /* RaceG.ver: never reused, even by a recycled state */
    uint64_t  gen;          /* changes whenever an object's shadow or clocks are dropped (RaceG.mgen) */
    RaceObj  *ocache[OCACHE_N];   /* recently found objects, by pointer bits */
    RaceObj  *live;     /* every object in tab: a reset visits these, not the whole table */
    Obj       globals;  /* stands for the globals */
    /* tids */
    uint32_t *tid_clk;  /* last clock of each tid's previous owner */
    uint32_t  ntids, captids;
    uint32_t *freeq;    /* FIFO of freed tids */
    uint32_t  fq_head, fq_len, fq_cap;
    /* goroutine creation stacks, by goid */
    uint32_t *created;
    int64_t   ncreated;
    /* stack depot */
    RFrame   *frames;
    uint32_t  nframes, capframes;
    RStack   *stacks;
    uint32_t  nstacks, capstacks;
    uint32_t *stab;     /* hash -> stack id + 1 */
    uint32_t  stabcap;
    /* stacks looked up lately, by their top frame: an access that was made
     * before from the same place finds its stack without hashing it */
    struct { int n; uint32_t id; RFrame fs[SCACHE_DEPTH]; } scache[SCACHE_N];
    /* the frame prefix trie: its nodes, and (node, frame, rtfn) -> the
     * child node (rtfn PFX_NODE) or the depot id of the stack */
    PNode    *pnodes;
    uint32_t  npnodes, cappnodes;
    PEnt     *ptab;
    uint32_t  ptabcap, ptablen;
    /* stacks by (the node below the top frame, the top frame's saved pc):
     * what pstack_of's trie lookup finds, without working out the pc's index
     * or hashing the entry (two of these a cycle were a fifth of what --race
     * cost bench/mutex.go). A saved pc names its Proto and index within a
     * run: the cache is cleared with each run (race_reset) */
    struct { const Instr *pc; uint32_t pfx, id; } tcache[TCACHE_N];
    /* pools: objects and goroutines freed, kept with their memory for reuse
     * (explore and graders make a VM per schedule; race_free keeps the
     * whole state for the next race_enable) */
    RaceObj  *free_objs;
    RaceG    *free_gs;
    ReadSet  *free_rs;  /* read sets, a zeroed */
    SyncVar  *free_sv;  /* sync clocks, vc zeroed (its memory kept) */
    uint32_t  nfree_objs, nfree_gs, nfree_rs, nfree_sv;
    /* reports */
    RaceReport *reports;
    int       nreports, capreports;
    uint64_t *dedup;    /* pairs of locations already reported */
    int       ndedup, capdedup;
} Race;

static inline Race *R_(VM *vm) { return (Race *)vm->race; }

static inline uint32_t vc_get(const VC *v, uint32_t t) { return t < v->n ? v->c[t] : 0; }

/* oc_slot: o's entry in the object cache (objects made one after another differ in their low bits) */
static inline uint32_t oc_slot(const void *o)
{
    uintptr_t p = (uintptr_t)o;
    return (uint32_t)((p >> 4) ^ (p >> 10)) & (OCACHE_N - 1);
}

/* fast_shadow: the shadow cell of (o, slot) (o NULL: a global) when the
 * goroutine checked it last or the object cache has it, with no read set;
 * else NULL (the full check finds it). */
static inline __attribute__((always_inline)) Shadow *fast_shadow(Race *r, RaceG *rg, Obj *o, uint32_t slot)
{
    const void *key = o ? (const void *)o : (const void *)&r->globals;
    Shadow *s;
    if (rg->mkey == key && rg->mslot == slot && rg->mgen == r->gen) {
        s = rg->ms;
    } else {
        RaceObj *ro = r->ocache[oc_slot(key)];
        if (!ro || ro->o != key || slot >= ro->n) return NULL;   /* n > 0: sh is made */
        s = &ro->sh[slot];
        rg->mkey = key;
        rg->mslot = slot;
        rg->mgen = r->gen;
        rg->ms = s;
    }
    return s->rs ? NULL : s;
}

/* fast_record: access m is the goroutine's, now, at site (node, pc); its
 * epoch clk is its own and published. */
static inline __attribute__((always_inline)) void fast_record(Access *m, RaceG *rg, const G *g, uint32_t clk,
                                                              uint32_t node, uint32_t pc)
{
    m->clk = clk;
    m->tid = rg->tid;
    m->goid = (uint32_t)g->id;
    m->node = node;
    m->pc = pc;
    m->atomic = 0;
    rg->stale = false;
    rg->own = rg->pub = clk;
}

/* race_mem_fast: a plain access's check in its common case (a cached object
 * and site, no read set, no race), false when it needs the rest (then
 * race_read_top/race_write_top, before anything changed). The FastTrack checks
 * are race.c's access() (an earlier plain access with clk 0 is none and
 * happens before anything), the epoch its epoch_of's. Callers test
 * vm->race_on first, which race_go sets with the state active; g is the
 * running goroutine and top its top frame, its pc saved. */
static inline __attribute__((always_inline)) bool race_mem_fast(VM *vm, G *g, const Frame *top, Obj *o, uint32_t slot,
                                                                bool write)
{
    const Proto *p = top->proto;
    if (p->norace) return true;   /* unchecked (race.c) */
    Race *r = (Race *)vm->race;
    RaceG *rg = g->rt.race;
    if (!rg) return false;
    Shadow *s = fast_shadow(r, rg, o, slot);
    if (!s) return false;
    uint32_t t = rg->tid, clk = rg->own + rg->stale;
    Access *m = write ? &s->w : &s->r;
    /* same epoch: not stale then (m->clk <= own), and pub is own already */
    if (m->tid == t && m->clk == clk && !m->atomic) return true;
    if (s->w.tid != t && s->w.clk > vc_get(&rg->vc, s->w.tid)) return false;
    if (s->r.tid != t && s->r.clk > vc_get(&rg->vc, s->r.tid)) return false;
    uint32_t node = top->race_top;
    if (!node || !top->pc) return false;
    if (write) s->r.clk = 0;   /* no read (the rest of it is never looked at) */
    fast_record(m, rg, g, clk, node, (uint32_t)(top->pc - p->code));
    return true;
}

/* race_rmw_fast: a read then a write of one slot by one instruction (INCUPL:
 * x++ on a captured variable) in their common case: neither races, nor is
 * there a read set; the state is what the two checks would leave. False:
 * check them one by one (race_read_top, race_write_top), nothing changed. */
static inline __attribute__((always_inline)) bool race_rmw_fast(VM *vm, G *g, const Frame *top, Obj *o, uint32_t slot)
{
    const Proto *p = top->proto;
    if (p->norace) return true;
    Race *r = (Race *)vm->race;
    RaceG *rg = g->rt.race;
    if (!rg) return false;
    Shadow *s = fast_shadow(r, rg, o, slot);
    if (!s) return false;
    uint32_t t = rg->tid, clk = rg->own + rg->stale;
    if (s->w.tid != t && s->w.clk > vc_get(&rg->vc, s->w.tid)) return false;   /* the read, the write race */
    if (s->r.tid != t && s->r.clk > vc_get(&rg->vc, s->r.tid)) return false;   /* the write races */
    uint32_t node = top->race_top;
    if (!node || !top->pc) return false;
    Access *m;
    if (s->w.tid == t && s->w.clk == clk && !s->w.atomic) {   /* the write is in this epoch's already */
        if (s->r.tid == t && s->r.clk == clk && !s->r.atomic) return true;
        m = &s->r;   /* only the read is recorded */
    } else {
        s->r.clk = 0;   /* the write drops the read */
        m = &s->w;
    }
    fast_record(m, rg, g, clk, node, (uint32_t)(top->pc - p->code));
    return true;
}

void race_vc_join2(VC *a, VC *b);                 /* both become their join */
void race_vc_set_max(VC *v, uint32_t t, uint32_t c);

/* race_slot_acqrel_fast: race_slot_acqrel(vm, g, c, &c->race, slot) with its
 * common case (g's state made, the slot's clock known to c) inline. */
static inline void race_slot_acqrel_fast(VM *vm, G *g, ObjChan *c, uint32_t slot)
{
    RaceG *rg = g->rt.race;
    if (!rg || slot >= c->race.n) {
        race_slot_acqrel(vm, g, c, &c->race, slot);
        return;
    }
    VC *s = &((VC *)c->race.vc)[slot];
    if (s->st != (rg->ver << 1 | 1)) {
        race_vc_join2(&rg->vc, s);   /* g acquires s, then s is g's clock: both become the join */
        rg->ver = ++((Race *)vm->race)->next_ver;
        s->st = rg->ver << 1 | 1;
    }
    if (rg->pub) {   /* publish (race.c) */
        if (rg->tid < s->n) {
            if (s->c[rg->tid] < rg->pub) s->c[rg->tid] = rg->pub;
        } else {
            race_vc_set_max(s, rg->tid, rg->pub);
        }
        if (rg->pub == rg->own) rg->stale = true;
    }
}

/* chan_send_fast_race and chan_recv_fast_race: chan.h's chan_send_fast and
 * chan_recv_fast for the VM's exec_race, while nothing records events or logs
 * order (VM.sync_race), with the buffer slot's race edge (hb.h's
 * hb_slot_acqrel would only call the detector), inline too. */
static inline bool chan_send_fast_race(VM *vm, G *g, ObjChan *c, Value v)
{
    if (!chan_can_put(c, v) || !vm->sync_race) return false;
    race_slot_acqrel_fast(vm, g, c, (uint32_t)c->sendx);   /* slot k's receive before send k+cap */
    chan_put(vm, c, v);
    return true;
}

static inline bool chan_recv_fast_race(VM *vm, G *g, ObjChan *c, Value *out)
{
    if (!chan_can_take(c) || !vm->sync_race) return false;
    race_slot_acqrel_fast(vm, g, c, (uint32_t)c->recvx);
    chan_take(vm, c, out);
    return true;
}

/* race_lock_fast, race_unlock_fast: race_acquire and race_release of a
 * sync.Mutex's clock (RACE_SLOT_SYNC) in their common case (a cached object;
 * g locked and unlocked it last, with nothing between: see VC.st), inline in
 * the interpreter's Lock and Unlock; false: call race_acquire or
 * race_release, before anything changed. Callers test vm->race_on first. */
static inline VC *race_mutex_vc(VM *vm, RaceG *rg, const void *o)
{
    Race *r = (Race *)vm->race;
    if (rg->lkey == o && rg->lgen == r->gen) return rg->lvc;
    RaceObj *ro = r->ocache[oc_slot(o)];
    if (!ro || ro->o != o || !ro->syncs || ro->syncs->slot != RACE_SLOT_SYNC) return NULL;
    rg->lkey = o;
    rg->lgen = r->gen;
    return rg->lvc = &ro->syncs->vc;
}
static inline bool race_lock_fast(VM *vm, G *g, const void *o)
{
    RaceG *rg = g->rt.race;
    if (!rg) return false;
    VC *s = race_mutex_vc(vm, rg, o);
    return s && (s->st >> 1) == rg->ver;   /* s <= g's clock already */
}
static inline bool race_unlock_fast(VM *vm, G *g, const void *o)
{
    RaceG *rg = g->rt.race;
    if (!rg) return false;
    VC *s = race_mutex_vc(vm, rg, o);
    if (!s || s->st != (rg->ver << 1 | 1) || rg->tid >= s->n) return false;
    /* s equals g's clock but for g's own entry: only publish, which has room */
    if (rg->pub) {
        if (s->c[rg->tid] < rg->pub) s->c[rg->tid] = rg->pub;
        if (rg->pub == rg->own) rg->stale = true;
    }
    return true;
}

#endif
