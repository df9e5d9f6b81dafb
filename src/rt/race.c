/* rt/race.c: the data race detector: FastTrack vector clocks, shadow slots, reports (rt/race.h). */
#include "rt/race.h"
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "base/buf.h"
#include "base/xalloc.h"
#include "rt/inspect.h"
#include "lang/types.h"

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

/* The runtime functions Go's race reports put on top of a map access (Go 1.19's
 * $GOROOT/src/runtime/map*.go, the line of the func). */
static const struct { const char *name, *file; int line; } rt_funcs[RACE_MAPFN_COUNT] = {
    [RACE_MAP_ACCESS1] = {"runtime.mapaccess1", "map.go", 395},
    [RACE_MAP_ACCESS1 + 1] = {"runtime.mapaccess1_fast32", "map_fast32.go", 13},
    [RACE_MAP_ACCESS1 + 2] = {"runtime.mapaccess1_fast64", "map_fast64.go", 13},
    [RACE_MAP_ACCESS1 + 3] = {"runtime.mapaccess1_faststr", "map_faststr.go", 13},
    [RACE_MAP_ACCESS2] = {"runtime.mapaccess2", "map.go", 456},
    [RACE_MAP_ACCESS2 + 1] = {"runtime.mapaccess2_fast32", "map_fast32.go", 53},
    [RACE_MAP_ACCESS2 + 2] = {"runtime.mapaccess2_fast64", "map_fast64.go", 53},
    [RACE_MAP_ACCESS2 + 3] = {"runtime.mapaccess2_faststr", "map_faststr.go", 108},
    [RACE_MAP_ASSIGN] = {"runtime.mapassign", "map.go", 578},
    [RACE_MAP_ASSIGN + 1] = {"runtime.mapassign_fast32", "map_fast32.go", 93},
    [RACE_MAP_ASSIGN + 2] = {"runtime.mapassign_fast64", "map_fast64.go", 93},
    [RACE_MAP_ASSIGN + 3] = {"runtime.mapassign_faststr", "map_faststr.go", 203},
    [RACE_MAP_DELETE] = {"runtime.mapdelete", "map.go", 695},
    [RACE_MAP_DELETE + 1] = {"runtime.mapdelete_fast32", "map_fast32.go", 273},
    [RACE_MAP_DELETE + 2] = {"runtime.mapdelete_fast64", "map_fast64.go", 273},
    [RACE_MAP_DELETE + 3] = {"runtime.mapdelete_faststr", "map_faststr.go", 301},
    [RACE_MAP_ITERINIT] = {"runtime.mapiterinit", "map.go", 815},
    [RACE_MAP_ITERNEXT] = {"runtime.mapiternext", "map.go", 866},
    [RACE_MAP_CLEAR] = {"runtime.mapclear", "map.go", 993},
};
/* The frames Go's race reports put on top of a sync/atomic access (Go 1.19's
 * $GOROOT/src/runtime/race_amd64.s, the line of the CALL racecallatomic): the
 * assembly function (the Int32 or Int64 one: the unsigned variants jump to it),
 * then the ABI wrapper named for the function called, at <autogenerated>:1.
 * Frame pc RT_ATOMIC + 2 * fn is the first, + 1 the second (fn: race_atomic's
 * op * RACE_AT_NTYPES + type). And and Or came in Go 1.23: their lines are
 * where Go 1.23's file puts them after AddInt64, counted from Go 1.19's. */
#define RT_ATOMIC RACE_MAPFN_COUNT
static const char *const at_ops[] = {"Load", "Store", "Swap", "CompareAndSwap", "Add", "And", "Or"};
static const char *const at_types[RACE_AT_NTYPES] = {"Int32", "Uint32", "Int64", "Uint64", "Uintptr"};
static const int at_lines[][2] = {   /* [op][0: 32-bit, 1: 64-bit] */
    {202, 208}, {231, 237}, {256, 262}, {310, 316}, {281, 289}, {362, 368}, {374, 380},
};
typedef struct RStack { uint32_t off, n, hash; } RStack;

typedef struct Race {
    bool      active;
    /* objects: open addressing on the pointer */
    RaceObj **tab;
    uint32_t  cap, len;
    uint32_t  next_serial;
    uint64_t  next_ver;     /* RaceG.ver: never reused, even by a recycled state */
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

/* ---- vector clocks ---- */

static void vc_grow_slow(VC *v, uint32_t n)
{
    if (n > v->cap) {   /* doubling: clocks grow an entry at a time as goroutines start */
        uint32_t c = v->cap ? v->cap : 8;
        while (c < n) c *= 2;
        v->c = xrealloc(v->c, (size_t)c * sizeof *v->c);
        memset(v->c + v->cap, 0, (size_t)(c - v->cap) * sizeof *v->c);
        v->cap = c;
    }
    v->n = n;   /* entries from the old n on are 0 already */
}

static inline void vc_grow(VC *v, uint32_t n)
{
    if (n > v->n) vc_grow_slow(v, n);
}

static inline uint32_t vc_get(const VC *v, uint32_t t) { return t < v->n ? v->c[t] : 0; }

static void vc_set_max(VC *v, uint32_t t, uint32_t c)
{
    vc_grow(v, t + 1);
    if (v->c[t] < c) v->c[t] = c;
}

/* Joins are the detector's inner loop (a pipeline of 1000 goroutines, as in
 * bench/sieve.go, joins 1000-entry clocks at every hand-off). They are
 * plain loops over whole blocks of 8 entries (clocks keep zeros past their
 * length) that the compiler vectorizes: GCC builds them twice where it can,
 * for AVX2 (a 32-byte unsigned max, vpmaxud, per block) and for plain x86-64
 * (SSE2, which has no unsigned max: compares and masks), and picks at load
 * time. -O2 does not vectorize these loops in GCC before 12, hence the
 * optimize attribute (clang's -O2 does). */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__GLIBC__)   /* ifunc: glibc */
#define JOIN_CLONES __attribute__((target_clones("avx2", "default"), optimize("tree-loop-vectorize")))
#elif defined(__GNUC__) && !defined(__clang__)
#define JOIN_CLONES __attribute__((optimize("tree-loop-vectorize")))
#else
#define JOIN_CLONES
#endif

/* join_n: d[i] = max(d[i], s[i]) for i < n, a multiple of 8. */
JOIN_CLONES static void join_n(uint32_t *restrict d, const uint32_t *restrict s, uint32_t n)
{
    n &= ~7u;   /* tells the vectorizer: no tail */
    for (uint32_t i = 0; i < n; i++) d[i] = s[i] > d[i] ? s[i] : d[i];
}

/* join2_n: x[i] = y[i] = max(x[i], y[i]) for i < n, a multiple of 8. */
JOIN_CLONES static void join2_n(uint32_t *restrict x, uint32_t *restrict y, uint32_t n)
{
    n &= ~7u;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t m = x[i] > y[i] ? x[i] : y[i];
        x[i] = m;
        y[i] = m;
    }
}

static inline void vc_join(VC *dst, const VC *src)
{
    uint32_t n = src->n;
    if (!n) return;
    vc_grow(dst, n);
    join_n(dst->c, src->c, (n + 7) & ~7u);   /* both hold whole blocks, zero past n */
}

/* vc_join2: a and b both become their join (one pass). */
static inline void vc_join2(VC *a, VC *b)
{
    uint32_t n = a->n > b->n ? a->n : b->n;
    if (!n) return;
    vc_grow(a, n);
    vc_grow(b, n);
    join2_n(a->c, b->c, (n + 7) & ~7u);
}

/* ---- objects ---- */

static uint32_t ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

static void tab_put(Race *r, RaceObj *ro)
{
    uint32_t m = r->cap - 1, i = ptr_hash(ro->o) & m;
    while (r->tab[i]) i = (i + 1) & m;
    r->tab[i] = ro;
}

/* oc_slot: o's entry in the object cache (objects made one after another differ in their low bits) */
static inline uint32_t oc_slot(const void *o)
{
    uintptr_t p = (uintptr_t)o;
    return (uint32_t)((p >> 4) ^ (p >> 10)) & (OCACHE_N - 1);
}

static RaceObj *obj_find(Race *r, const void *o, bool make)
{
    RaceObj **oc = &r->ocache[oc_slot(o)];
    if (*oc && (*oc)->o == o) return *oc;
    if (r->cap) {
        uint32_t m = r->cap - 1, i = ptr_hash(o) & m;
        for (RaceObj *ro; (ro = r->tab[i]) != NULL; i = (i + 1) & m)
            if (ro->o == o) return *oc = ro;
    }
    if (!make) return NULL;
    if ((r->len + 1) * 2 > r->cap) {
        RaceObj **old = r->tab;
        uint32_t oc = r->cap;
        r->cap = oc ? oc * 2 : 1024;
        r->tab = xcalloc(r->cap, sizeof *r->tab);
        for (uint32_t i = 0; i < oc; i++) if (old[i]) tab_put(r, old[i]);
        free(old);
    }
    RaceObj *ro = r->free_objs;
    if (ro) {
        r->free_objs = ro->next_free;
        r->nfree_objs--;
        ro->next_free = NULL;
    } else {
        ro = xcalloc(1, sizeof *ro);
    }
    ro->o = o;
    ro->serial = r->next_serial++;
    tab_put(r, ro);
    r->len++;
    ro->next_live = r->live;
    if (r->live) r->live->prev_live = ro;
    r->live = ro;
    if (o != &r->globals) ((Obj *)o)->flags |= OBJF_RACE;
    return *oc = ro;
}

/* rs_new: an empty read set (from the pool when it can: a slot read by two
 * goroutines at once makes one, and a write drops it). */
static ReadSet *rs_new(Race *r)
{
    ReadSet *rs = r->free_rs;
    if (!rs) {
        rs = xcalloc(1, sizeof *rs);
        rs->cap = 4;
        rs->a = xmalloc(rs->cap * sizeof *rs->a);
        return rs;
    }
    r->free_rs = rs->next_free;
    r->nfree_rs--;
    rs->next_free = NULL;
    return rs;
}

static void rs_free(Race *r, ReadSet *rs)
{
    if (r->nfree_rs >= POOL_MAX) {
        free(rs->a);
        free(rs);
        return;
    }
    if (rs->dense) memset(rs->a, 0, rs->n * sizeof *rs->a);
    rs->n = 0;
    rs->dense = false;
    rs->next_free = r->free_rs;
    r->free_rs = rs;
    r->nfree_rs++;
}

/* rs_pos: where tid t's read is in rs, or would go. */
static inline uint32_t rs_pos(const ReadSet *rs, uint32_t t)
{
    uint32_t lo = 0, hi = rs->n;
    while (lo < hi) {
        uint32_t mid = (lo + hi) / 2;
        if (rs->a[mid].tid < t) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

static inline Access *rs_find(ReadSet *rs, uint32_t t)
{
    if (rs->dense) return t < rs->n && rs->a[t].clk ? &rs->a[t] : NULL;
    if (rs->n <= 8) {   /* a few readers: a scan */
        for (uint32_t i = 0; i < rs->n; i++)
            if (rs->a[i].tid == t) return &rs->a[i];
        return NULL;
    }
    uint32_t i = rs_pos(rs, t);
    return i < rs->n && rs->a[i].tid == t ? &rs->a[i] : NULL;
}

/* rs_dense_put: a in dense rs, growing it to hold tid a.tid. */
static void rs_dense_put(ReadSet *rs, Access a)
{
    if (a.tid >= rs->cap) {
        uint32_t c = rs->cap * 2 > a.tid + 1 ? rs->cap * 2 : a.tid + 1;
        rs->a = xrealloc(rs->a, c * sizeof *rs->a);
        memset(rs->a + rs->cap, 0, (c - rs->cap) * sizeof *rs->a);
        rs->cap = c;
    }
    rs->a[a.tid] = a;
    if (a.tid >= rs->n) rs->n = a.tid + 1;
}

/* rs_put: a is now tid a.tid's read in rs. */
static void rs_put(ReadSet *rs, Access a)
{
    if (rs->dense) {
        rs_dense_put(rs, a);
        return;
    }
    uint32_t i = rs_pos(rs, a.tid);
    if (i < rs->n && rs->a[i].tid == a.tid) {
        rs->a[i] = a;
        return;
    }
    if (rs->n >= RS_SPARSE_MAX) {   /* to dense: each read where its tid says */
        uint32_t n = rs->n, c = a.tid + 1;
        for (uint32_t k = 0; k < n; k++) if (rs->a[k].tid + 1 > c) c = rs->a[k].tid + 1;
        Access *old = rs->a;
        rs->a = xcalloc(c, sizeof *rs->a);
        rs->cap = c;
        rs->n = 0;
        rs->dense = true;
        for (uint32_t k = 0; k < n; k++) rs_dense_put(rs, old[k]);
        free(old);
        rs_dense_put(rs, a);
        return;
    }
    if (rs->n == rs->cap) {
        rs->cap *= 2;
        rs->a = xrealloc(rs->a, rs->cap * sizeof *rs->a);
    }
    memmove(&rs->a[i + 1], &rs->a[i], (rs->n - i) * sizeof *rs->a);
    rs->a[i] = a;
    rs->n++;
}

/* vc_clear empties v, keeping its memory (entries past n are 0 already). */
static void vc_clear(VC *v)
{
    if (v->n) memset(v->c, 0, v->n * sizeof *v->c);
    v->n = 0;
    v->st = 0;
}

static void slotvc_free(RaceObj *ro)
{
    for (uint32_t i = 0; i < ro->nslotvc; i++) free(ro->slotvc[i].c);
    free(ro->slotvc);
    ro->slotvc = NULL;
    ro->nslotvc = 0;
}

/* obj_drop forgets ro, and keeps it for reuse while the pool has room, with
 * the memory of its shadow slots and (a few) slot clocks; its sync clocks go
 * to their own pool (a run with thousands of mutexes and channels made and
 * freed that many clocks each time). */
static void obj_drop(Race *r, RaceObj *ro)
{
    for (uint32_t i = 0; ro->sh && i < ro->n; i++) {
        if (ro->sh[i].rs) rs_free(r, ro->sh[i].rs);
    }
    for (SyncVar *s = ro->syncs, *nx; s; s = nx) {
        nx = s->next;
        if (r->nfree_sv >= POOL_MAX) {
            free(s->vc.c);
            free(s);
            continue;
        }
        vc_clear(&s->vc);
        s->next = r->free_sv;
        r->free_sv = s;
        r->nfree_sv++;
    }
    ro->syncs = NULL;
    RaceObj **oc = &r->ocache[oc_slot(ro->o)];
    if (*oc == ro) *oc = NULL;
    if (ro->prev_live) ro->prev_live->next_live = ro->next_live;
    else r->live = ro->next_live;
    if (ro->next_live) ro->next_live->prev_live = ro->prev_live;
    if (r->nfree_objs >= POOL_MAX) {
        slotvc_free(ro);
        free(ro->buf);
        free(ro);
        return;
    }
    if (ro->nslotvc > SLOTVC_KEEP) slotvc_free(ro);
    for (uint32_t i = 0; i < ro->nslotvc; i++) vc_clear(&ro->slotvc[i]);
    Shadow *buf = ro->buf;
    uint32_t bufcap = ro->bufcap, nslotvc = ro->nslotvc;
    VC *slotvc = ro->slotvc;
    if (ro->sh == buf && buf) memset(buf, 0, ro->n * sizeof *buf);
    memset(ro, 0, sizeof *ro);
    ro->buf = buf;
    ro->bufcap = bufcap;
    ro->slotvc = slotvc;
    ro->nslotvc = nslotvc;
    ro->next_free = r->free_objs;
    r->free_objs = ro;
    r->nfree_objs++;
}

void race_obj_free(VM *vm, Obj *o)
{
    Race *r = R_(vm);
    if (!r || !r->cap) return;
    uint32_t m = r->cap - 1, i = ptr_hash(o) & m;
    while (r->tab[i] && r->tab[i]->o != o) i = (i + 1) & m;
    if (!r->tab[i]) return;
    obj_drop(r, r->tab[i]);
    r->tab[i] = NULL;
    r->len--;
    /* re-insert the rest of the cluster (linear probing deletion) */
    for (uint32_t j = (i + 1) & m; r->tab[j]; j = (j + 1) & m) {
        RaceObj *x = r->tab[j];
        r->tab[j] = NULL;
        tab_put(r, x);
    }
}

static uint32_t obj_slots(Race *r, VM *vm, const void *o)
{
    if (o == &r->globals) return (uint32_t)vm->prog->nglobals;
    const Obj *ob = o;
    if (ob->kind == OBJ_CELLS) return (uint32_t)((const ObjCells *)ob)->n;
    return 1;
}

static Shadow *shadow(Race *r, VM *vm, const void *o, uint32_t slot, RaceObj **out)
{
    RaceObj *ro = obj_find(r, o, true);
    if (!ro->sh) {
        ro->n = obj_slots(r, vm, o);
        if (ro->n == 0) ro->n = 1;
        if (ro->n == 1) {
            ro->sh = &ro->one;
        } else {
            if (ro->n > ro->bufcap) {   /* kept zeroed: only a bigger one is made */
                free(ro->buf);
                ro->buf = xcalloc(ro->n, sizeof *ro->buf);
                ro->bufcap = ro->n;
            }
            ro->sh = ro->buf;
        }
    }
    *out = ro;
    return slot < ro->n ? &ro->sh[slot] : NULL;
}

static __attribute__((noinline)) VC *sync_vc_slow(Race *r, const void *o, uint32_t slot)
{
    RaceObj *ro = r->ocache[oc_slot(o)];
    if (!ro || ro->o != o) ro = obj_find(r, o, true);
    if (slot == RACE_SLOT_SYNC && ro->syncs && ro->syncs->slot == slot) return &ro->syncs->vc;
    if (slot < SLOTVC_MAX) {
        if (slot >= ro->nslotvc) {
            uint32_t n = ro->nslotvc ? ro->nslotvc : 4;
            while (n <= slot) n *= 2;
            ro->slotvc = xrealloc(ro->slotvc, n * sizeof *ro->slotvc);
            memset(ro->slotvc + ro->nslotvc, 0, (n - ro->nslotvc) * sizeof *ro->slotvc);
            ro->nslotvc = n;
        }
        return &ro->slotvc[slot];
    }
    for (SyncVar *s = ro->syncs; s; s = s->next) if (s->slot == slot) return &s->vc;
    SyncVar *s = r->free_sv;
    if (s) {
        r->free_sv = s->next;
        r->nfree_sv--;
    } else {
        s = xcalloc(1, sizeof *s);
    }
    s->slot = slot;
    s->next = ro->syncs;
    ro->syncs = s;
    return &s->vc;
}

/* sync_vc: the sync clock keyed (o, slot), made if new; a cached object's
 * mutex clock or channel slot clock inline (every lock, unlock, send and
 * receive finds one). */
static inline VC *sync_vc(Race *r, const void *o, uint32_t slot)
{
    RaceObj *ro = r->ocache[oc_slot(o)];
    if (ro && ro->o == o) {
        if (slot < ro->nslotvc) return &ro->slotvc[slot];
        if (slot == RACE_SLOT_SYNC && ro->syncs && ro->syncs->slot == slot) return &ro->syncs->vc;
    }
    return sync_vc_slow(r, o, slot);
}

/* ---- goroutines ---- */

static RaceG *rg_new(Race *r)
{
    RaceG *rg = r->free_gs;
    if (rg) {
        r->free_gs = rg->next_free;
        r->nfree_gs--;
        rg->next_free = NULL;
    } else {
        rg = xcalloc(1, sizeof *rg);
    }
    uint32_t t;
    if (r->fq_len > TID_QUARANTINE) {
        t = r->freeq[r->fq_head];
        r->fq_head = (r->fq_head + 1) % r->fq_cap;
        r->fq_len--;
    } else {
        if (r->ntids == r->captids) {
            r->captids = r->captids ? r->captids * 2 : 64;
            r->tid_clk = xrealloc(r->tid_clk, r->captids * sizeof *r->tid_clk);
        }
        t = r->ntids++;
        r->tid_clk[t] = 0;
    }
    rg->tid = t;
    rg->own = r->tid_clk[t] + 1;
    rg->pub = 0;
    rg->stale = false;
    rg->ver = ++r->next_ver;
    return rg;
}

/* epoch_of: the epoch of g's access now (see RaceG). */
static inline uint32_t epoch_of(RaceG *rg)
{
    if (__builtin_expect(rg->stale, 0)) {
        rg->stale = false;
        rg->own++;
    }
    return rg->pub = rg->own;
}

/* publish: g's release into clock s: s gets g's own entry, if g accessed anything. */
static inline void publish(VC *s, RaceG *rg)
{
    if (!rg->pub) return;
    vc_set_max(s, rg->tid, rg->pub);
    if (rg->pub == rg->own) rg->stale = true;
}

static RaceG *rg_of(Race *r, G *g)
{
    if (!g->rt.race) g->rt.race = rg_new(r);
    return g->rt.race;
}

static uint32_t stack_of(Race *r, VM *vm, G *g, int rtfn);
static uint32_t pstack_of(Race *r, VM *vm, G *g, int rtfn);
static uint32_t stack_find(Race *r, const RFrame *fs, int n);

void race_go(VM *vm, G *parent, G *child)
{
    Race *r = R_(vm);
    if (!r || !child) return;
    r->active = true;
    vm->race_on = true;
    vm_sync_refresh(vm);
    if (child->id >= r->ncreated) {
        int64_t n = r->ncreated ? r->ncreated : 64;
        while (n <= child->id) n *= 2;
        r->created = xrealloc(r->created, (size_t)n * sizeof *r->created);
        memset(r->created + r->ncreated, 0, (size_t)(n - r->ncreated) * sizeof *r->created);
        r->ncreated = n;
    }
    RaceG *c = rg_of(r, child);
    r->created[child->id] = UINT32_MAX;   /* made by the runtime (a timer): no stack */
    if (!parent) return;
    RaceG *p = rg_of(r, parent);
    r->created[child->id] = pstack_of(r, vm, parent, -1);
    vc_join(&c->vc, &p->vc);
    publish(&c->vc, p);
    c->ver = ++r->next_ver;
}

void race_g_end(VM *vm, G *g)
{
    Race *r = R_(vm);
    RaceG *rg = g->rt.race;
    if (!rg) return;
    g->rt.race = NULL;
    if (r) {
        r->tid_clk[rg->tid] = rg->own;
        if (r->fq_len == r->fq_cap) {
            uint32_t nc = r->fq_cap ? r->fq_cap * 2 : 512;
            uint32_t *q = xmalloc(nc * sizeof *q);
            for (uint32_t i = 0; i < r->fq_len; i++) q[i] = r->freeq[(r->fq_head + i) % r->fq_cap];
            free(r->freeq);
            r->freeq = q;
            r->fq_head = 0;
            r->fq_cap = nc;
        }
        r->freeq[(r->fq_head + r->fq_len) % r->fq_cap] = rg->tid;
        r->fq_len++;
        if (r->nfree_gs < POOL_MAX) {   /* kept with its clock's memory, zeroed (a zero entry is no entry) */
            if (rg->vc.n) memset(rg->vc.c, 0, rg->vc.n * sizeof *rg->vc.c);
            rg->vc.n = 0;
            rg->tid = rg->own = rg->pub = 0;
            rg->stale = false;
            rg->next_free = r->free_gs;
            r->free_gs = rg;
            r->nfree_gs++;
            return;
        }
    }
    free(rg->vc.c);
    free(rg);
}

/* ---- sync edges ---- */

/* sync_cached: the clock of a cached object's RACE_SLOT_SYNC, or NULL: sync_vc
 * without its call (a mutex's Lock and Unlock by the goroutine that held it
 * last do nothing else, and saving registers for the call was a fifth of that) */
static inline VC *sync_cached(Race *r, const void *o, uint32_t slot)
{
    RaceObj *ro = r->ocache[oc_slot(o)];
    if (slot != RACE_SLOT_SYNC || !ro || ro->o != o || !ro->syncs || ro->syncs->slot != slot) return NULL;
    return &ro->syncs->vc;
}

static __attribute__((noinline)) void acquire_slow(Race *r, G *g, const void *o, uint32_t slot);

void race_acquire(VM *vm, G *g, const void *o, uint32_t slot)
{
    Race *r = R_(vm);
    if (!r || !r->active || !g) return;
    RaceG *rg = g->rt.race;
    VC *s = sync_cached(r, o, slot);
    if (rg && s && (s->st >> 1) == rg->ver) return;   /* s <= g's clock already */
    acquire_slow(r, g, o, slot);
}

static void acquire_slow(Race *r, G *g, const void *o, uint32_t slot)
{
    RaceG *rg = rg_of(r, g);
    VC *s = sync_vc(r, o, slot);
    if ((s->st >> 1) == rg->ver) return;   /* s <= g's clock already */
    vc_join(&rg->vc, s);
    rg->ver = ++r->next_ver;
    s->st = rg->ver << 1;
}

static __attribute__((noinline)) void release_slow(Race *r, G *g, const void *o, uint32_t slot);

void race_release(VM *vm, G *g, const void *o, uint32_t slot)
{
    Race *r = R_(vm);
    if (!r || !r->active || !g) return;
    RaceG *rg = g->rt.race;
    VC *s = sync_cached(r, o, slot);
    if (rg && s && s->st == (rg->ver << 1 | 1) && rg->tid < s->n) {
        /* s equals g's clock but for g's own entry: only publish, which has room */
        if (rg->pub) {
            if (s->c[rg->tid] < rg->pub) s->c[rg->tid] = rg->pub;
            if (rg->pub == rg->own) rg->stale = true;
        }
        return;
    }
    release_slow(r, g, o, slot);
}

static void release_slow(Race *r, G *g, const void *o, uint32_t slot)
{
    RaceG *rg = rg_of(r, g);
    VC *s = sync_vc(r, o, slot);
    if ((s->st >> 1) == rg->ver) {   /* s <= g's clock: the join makes them equal */
        if (!(s->st & 1)) vc_join(s, &rg->vc);
        s->st |= 1;
    } else {
        vc_join(s, &rg->vc);
        s->st = 0;
    }
    publish(s, rg);
}

void race_acqrel(VM *vm, G *g, const void *o, uint32_t slot)
{
    Race *r = R_(vm);
    if (!r || !r->active || !g) return;
    RaceG *rg = rg_of(r, g);
    VC *s = sync_vc(r, o, slot);
    if (s->st != (rg->ver << 1 | 1)) {
        vc_join2(&rg->vc, s);   /* g acquires s, then s is g's clock: both become the join */
        rg->ver = ++r->next_ver;
        s->st = rg->ver << 1 | 1;
    }
    publish(s, rg);
}

void race_sync_pair(VM *vm, G *a, G *b)
{
    Race *r = R_(vm);
    if (!r || !r->active || !a || !b) return;
    RaceG *x = rg_of(r, a), *y = rg_of(r, b);
    vc_join2(&x->vc, &y->vc);
    publish(&x->vc, y);
    publish(&y->vc, x);
    x->ver = ++r->next_ver;
    y->ver = ++r->next_ver;
}

/* ---- stacks ---- */

static inline void frame_at(VM *vm, G *g, int32_t k, RFrame *out)
{
    Frame *f = &g->frames[k];
    bool at_pc = false;
    if (k + 1 < g->nframes) {
        uint8_t fl = g->frames[k + 1].flags;
        at_pc = (fl & FRAME_CALLBACK) || ((fl & FRAME_DEFERRED) && !(fl & FRAME_PANIC_DEFER));
    }
    (void)vm;
    int32_t i = f->pc ? (int32_t)(f->pc - f->proto->code) - (at_pc ? 0 : 1) : 0;
    if (i < 0) i = 0;
    out->p = f->proto;
    out->pc = i;
}

/* frames_eq: a[0..n) and b[0..n) are the same frames (n is small: no memcmp call). */
static inline bool frames_eq(const RFrame *a, const RFrame *b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i].p != b[i].p || a[i].pc != b[i].pc) return false;
    return true;
}

/* stack_cached: the depot's id of fs[0..n), through the cache of recent stacks. */
static uint32_t stack_cached(Race *r, const RFrame *fs, int n)
{
    if (n > SCACHE_DEPTH || n == 0) return stack_find(r, fs, n);
    uint32_t k = (uint32_t)(((uintptr_t)fs[0].p >> 4) ^ (uint32_t)fs[0].pc * 0x9e3779b1u) % SCACHE_N;
    if (r->scache[k].n == n && frames_eq(fs, r->scache[k].fs, n)) return r->scache[k].id;
    uint32_t id = stack_find(r, fs, n);
    r->scache[k].n = n;
    r->scache[k].id = id;
    for (int i = 0; i < n; i++) r->scache[k].fs[i] = fs[i];
    return id;
}

/* stack_of: g's stack in the depot, with runtime function rtfn (>= 0) on top. */
static uint32_t stack_of(Race *r, VM *vm, G *g, int rtfn)
{
    RFrame fs[STACK_MAX];
    int n = 0;
    int32_t lo = g->nframes > 0 && g->frames[0].proto == vm->prog->entry ? 1 : 0;
    if (rtfn >= 0) fs[n++] = (RFrame){NULL, rtfn};
    for (int32_t k = g->nframes - 1; k >= lo && n < STACK_MAX; k--) frame_at(vm, g, k, &fs[n++]);
    return stack_cached(r, fs, n);
}

static inline uint32_t pent_hash(uint32_t parent, const Proto *p, int32_t pc, int32_t rtfn)
{
    uint64_t h = ((uint64_t)parent << 32 | (uint32_t)pc) ^ ((uint64_t)(uintptr_t)p << 16) ^ (uint64_t)(uint32_t)rtfn << 40;
    return (uint32_t)((h * 0x9e3779b97f4a7c15ULL) >> 32);
}

static void ptab_grow(Race *r)
{
    {
        PEnt *old = r->ptab;
        uint32_t oc = r->ptabcap;
        r->ptabcap = oc ? oc * 2 : 1024;
        r->ptab = xcalloc(r->ptabcap, sizeof *r->ptab);
        for (uint32_t i = 0; i < oc; i++) {
            if (!old[i].parent) continue;
            uint32_t m = r->ptabcap - 1, j = pent_hash(old[i].parent, old[i].p, old[i].pc, old[i].rtfn) & m;
            while (r->ptab[j].parent) j = (j + 1) & m;
            r->ptab[j] = old[i];
        }
        free(old);
    }
}

/* pent_find: the trie's entry for (parent, p, pc, rtfn); *found false: a new
 * one, whose val the caller sets (before the next pent_find). */
static inline PEnt *pent_find(Race *r, uint32_t parent, const Proto *p, int32_t pc, int32_t rtfn, bool *found)
{
    if ((r->ptablen + 1) * 2 > r->ptabcap) ptab_grow(r);
    uint32_t m = r->ptabcap - 1, i = pent_hash(parent, p, pc, rtfn) & m;
    for (PEnt *e; (e = &r->ptab[i])->parent; i = (i + 1) & m)
        if (e->parent == parent && e->p == p && e->pc == pc && e->rtfn == rtfn) {
            *found = true;
            return e;
        }
    *found = false;
    r->ptablen++;
    r->ptab[i] = (PEnt){p, parent, pc, rtfn, 0};
    return &r->ptab[i];
}

static uint32_t pnode_child(Race *r, uint32_t parent, const RFrame *f)
{
    bool found;
    PEnt *e = pent_find(r, parent, f->p, f->pc, PFX_NODE, &found);
    if (found) return e->val;
    if (r->npnodes == r->cappnodes) {
        r->cappnodes = r->cappnodes ? r->cappnodes * 2 : 1024;
        r->pnodes = xrealloc(r->pnodes, r->cappnodes * sizeof *r->pnodes);
    }
    r->pnodes[r->npnodes] = (PNode){parent, f->pc, f->p};
    return e->val = r->npnodes++;
}

/* frame_pfx: the trie node of g's frames lo..k-1 (those below frame k). */
static uint32_t frame_pfx_slow(Race *r, VM *vm, G *g, int32_t k, int32_t lo);
static inline uint32_t frame_pfx(Race *r, VM *vm, G *g, int32_t k, int32_t lo)
{
    uint32_t n = g->frames[k].race_pfx;
    return n ? n : frame_pfx_slow(r, vm, g, k, lo);
}

static uint32_t frame_pfx_slow(Race *r, VM *vm, G *g, int32_t k, int32_t lo)
{
    Frame *f = &g->frames[k];
    if (k == lo) return f->race_pfx = PFX_ROOT;
    uint32_t parent = frame_pfx(r, vm, g, k - 1, lo);
    RFrame rf;
    frame_at(vm, g, k - 1, &rf);   /* as stack_of sees it: by frame k's flags, fixed while k lives */
    return f->race_pfx = pnode_child(r, parent, &rf);
}

/* pstack_of: stack_of(r, vm, g, rtfn), found through the frame prefix trie. */
static uint32_t pstack_trie(Race *r, VM *vm, G *g, int rtfn);
static inline uint32_t tc_slot(const Instr *pc, uint32_t pfx)
{
    uintptr_t x = (uintptr_t)pc;
    return (uint32_t)((x >> 3) ^ (x >> 11) ^ pfx * 0x9e3779b1u) & (TCACHE_N - 1);
}

/* pstack_top: the stack of an access check (no runtime function) by g, whose
 * top frame is f. A top frame whose race_pfx is known passed pstack_trie's checks when it was
 * set (frames below it do not change while it lives); its pc is never the
 * at_pc kind (no frame above it). Access checks (rtfn < 0) only. */
static inline uint32_t pstack_top(Race *r, VM *vm, G *g, const Frame *f)
{
    uint32_t pfx = f->race_pfx;
    if (pfx && f->pc) {
        uint32_t k = tc_slot(f->pc, pfx);
        if (r->tcache[k].pc == f->pc && r->tcache[k].pfx == pfx) return r->tcache[k].id;
        uint32_t id = pstack_trie(r, vm, g, -1);
        r->tcache[k].pc = f->pc;
        r->tcache[k].pfx = pfx;
        r->tcache[k].id = id;
        return id;
    }
    return pstack_trie(r, vm, g, -1);
}

static inline uint32_t pstack_of(Race *r, VM *vm, G *g, int rtfn)
{
    if (rtfn < 0 && g->nframes > 0) return pstack_top(r, vm, g, &g->frames[g->nframes - 1]);
    return pstack_trie(r, vm, g, rtfn);
}

/* trie_start: the trie, started (again) if empty: node 0 is none (a Frame's
 * "not known"), 1 the root. */
static inline void trie_start(Race *r)
{
    if (r->npnodes) return;
    if (r->cappnodes < PFX_ROOT + 1) {
        r->cappnodes = 1024;
        r->pnodes = xrealloc(r->pnodes, r->cappnodes * sizeof *r->pnodes);
    }
    memset(r->pnodes, 0, (PFX_ROOT + 1) * sizeof *r->pnodes);
    r->npnodes = PFX_ROOT + 1;
    r->ptablen = 0;
    if (r->ptabcap) memset(r->ptab, 0, r->ptabcap * sizeof *r->ptab);
}

static uint32_t pstack_trie(Race *r, VM *vm, G *g, int rtfn)
{
    int32_t n = g->nframes;
    int32_t lo = n > 0 && g->frames[0].proto == vm->prog->entry ? 1 : 0;
    if (n - lo < 1 || n - lo + 1 > STACK_MAX) return stack_of(r, vm, g, rtfn);   /* none, or cut at STACK_MAX */
    trie_start(r);
    uint32_t pfx = frame_pfx(r, vm, g, n - 1, lo);
    RFrame top;
    frame_at(vm, g, n - 1, &top);
    bool found;
    PEnt *e = pent_find(r, pfx, top.p, top.pc, rtfn, &found);
    if (found) return e->val;
    RFrame fs[STACK_MAX];
    int k = 0;
    if (rtfn >= 0) fs[k++] = (RFrame){NULL, rtfn};
    fs[k++] = top;
    for (uint32_t nd = pfx; nd != PFX_ROOT; nd = r->pnodes[nd].parent) fs[k++] = (RFrame){r->pnodes[nd].p, r->pnodes[nd].pc};
    return e->val = stack_cached(r, fs, k);   /* the depot does not touch the trie's table */
}

/* Sites (Access): a plain access keeps the trie's leaf for its top frame's
 * function above the frames below (PNode.pc PC_SELF: a function, not a
 * call site), which the frame keeps (Frame.race_top: it does not change
 * while the frame lives), and the frame's pc. */
#define PC_SELF INT32_MIN

/* site_slow: site_of when g's top frame has no race_top yet, or g's stack is
 * none or deeper than STACK_MAX (a depot id then, as stack_of has it). */
static __attribute__((noinline)) void site_slow(Race *r, VM *vm, G *g, uint32_t *node, uint32_t *pc)
{
    int32_t n = g->nframes;
    int32_t lo = n > 0 && g->frames[0].proto == vm->prog->entry ? 1 : 0;
    if (n - lo < 1 || n - lo + 1 > STACK_MAX) {
        *node = stack_of(r, vm, g, -1);
        *pc = SITE_DEPOT;
        return;
    }
    trie_start(r);
    Frame *f = &g->frames[n - 1];
    uint32_t pfx = frame_pfx(r, vm, g, n - 1, lo);
    f->race_top = pnode_child(r, pfx, &(RFrame){f->proto, PC_SELF});
    *node = f->race_top;
    *pc = f->pc ? (uint32_t)(f->pc - f->proto->code) : 0;
}

/* site_of: the site of a plain access by g now. */
static inline void site_of(Race *r, VM *vm, G *g, uint32_t *node, uint32_t *pc)
{
    const Frame *f = g->nframes > 0 ? &g->frames[g->nframes - 1] : NULL;
    if (f && f->race_top && f->pc) {
        *node = f->race_top;
        *pc = (uint32_t)(f->pc - f->proto->code);
        return;
    }
    site_slow(r, vm, g, node, pc);
}

/* site_stack: the depot id of a's stack (as stack_of found it when a was made). */
static uint32_t site_stack(Race *r, const Access *a)
{
    if (a->pc == SITE_DEPOT) return a->node;
    RFrame fs[STACK_MAX];
    const PNode *top = &r->pnodes[a->node];
    int k = 0;
    fs[k++] = (RFrame){top->p, a->pc ? (int32_t)a->pc - 1 : 0};   /* frame_at's pc of a top frame */
    for (uint32_t nd = top->parent; nd != PFX_ROOT; nd = r->pnodes[nd].parent)
        fs[k++] = (RFrame){r->pnodes[nd].p, r->pnodes[nd].pc};
    return stack_cached(r, fs, k);
}

/* stack_atomic: g's stack at sync/atomic function fn, as Go's report shows it:
 * the assembly function and its wrapper (RT_ATOMIC) in place of the caller.
 * Go's typed atomics ((*Int64).Add...) are inlined into their caller, so their
 * frames (sync/atomic's Go code here) go first; then the frame of the function
 * that called the atomic, which Go's shadow stack does not show either (the
 * wrapper's pc stands in for it: seen with go1.19). That frame stays in the
 * stack with a negative pc (-1 - pc): hidden, but the report's location. */
static uint32_t stack_atomic(Race *r, VM *vm, G *g, int fn)
{
    RFrame fs[STACK_MAX];
    int n = 0;
    int32_t lo = g->nframes > 0 && g->frames[0].proto == vm->prog->entry ? 1 : 0;
    fs[n++] = (RFrame){NULL, RT_ATOMIC + 2 * fn};
    fs[n++] = (RFrame){NULL, RT_ATOMIC + 2 * fn + 1};
    int32_t k = g->nframes - 1;
    while (k >= lo && g->frames[k].proto->name && strncmp(g->frames[k].proto->name, "sync/atomic.", 12) == 0) k--;
    for (; k >= lo && n < STACK_MAX; k--) frame_at(vm, g, k, &fs[n++]);
    if (n > 2) fs[2].pc = -1 - fs[2].pc;   /* the caller: kept for the grader's location, not printed */
    return stack_cached(r, fs, n);
}

/* stack_find: the depot's id of stack fs[0..n), added if new. */
static uint32_t stack_find(Race *r, const RFrame *fs, int n)
{
    uint32_t h = 2166136261u;
    for (int i = 0; i < n; i++) {
        h = (h ^ ptr_hash(fs[i].p)) * 16777619u;
        h = (h ^ (uint32_t)fs[i].pc) * 16777619u;
    }
    if (r->nstacks * 2 + 2 > r->stabcap) {
        uint32_t nc = r->stabcap ? r->stabcap * 2 : 1024;
        free(r->stab);
        r->stab = xcalloc(nc, sizeof *r->stab);
        r->stabcap = nc;
        for (uint32_t id = 0; id < r->nstacks; id++) {
            uint32_t j = r->stacks[id].hash & (nc - 1);
            while (r->stab[j]) j = (j + 1) & (nc - 1);
            r->stab[j] = id + 1;
        }
    }
    uint32_t m = r->stabcap - 1, j = h & m;
    for (; r->stab[j]; j = (j + 1) & m) {
        RStack *s = &r->stacks[r->stab[j] - 1];
        if (s->hash == h && s->n == (uint32_t)n && frames_eq(&r->frames[s->off], fs, n))
            return r->stab[j] - 1;
    }
    if (r->nstacks == r->capstacks) {
        r->capstacks = r->capstacks ? r->capstacks * 2 : 256;
        r->stacks = xrealloc(r->stacks, r->capstacks * sizeof *r->stacks);
    }
    while (r->nframes + (uint32_t)n > r->capframes) {
        r->capframes = r->capframes ? r->capframes * 2 : 1024;
        r->frames = xrealloc(r->frames, r->capframes * sizeof *r->frames);
    }
    memcpy(&r->frames[r->nframes], fs, (size_t)n * sizeof *fs);
    r->stacks[r->nstacks] = (RStack){r->nframes, (uint32_t)n, h};
    r->nframes += (uint32_t)n;
    r->stab[j] = ++r->nstacks;
    return r->nstacks - 1;
}

static int frame_line(const RFrame *f)
{
    const Proto *p = f->p;
    if (!p) return rt_funcs[f->pc].line;
    int32_t pc = f->pc < 0 ? -1 - f->pc : f->pc;   /* hidden (stack_atomic) */
    if (!p->lines || pc >= p->ncode) return (int)p->pos.line;
    return p->lines[pc];
}

static const char *frame_file(VM *vm, const RFrame *f)
{
    static char path[64];
    if (!f->p) {
        snprintf(path, sizeof path, "$GOROOT/src/runtime/%s", rt_funcs[f->pc].file);
        return path;
    }
    uint32_t fi = f->p->pos.file;
    return fi < (uint32_t)vm->prog->nfiles ? vm->prog->files[fi] : "?";
}

static void print_stack(VM *vm, Race *r, uint32_t id, Buf *b)
{
    RStack *s = &r->stacks[id];
    for (uint32_t i = 0; i < s->n; i++) {
        const RFrame *f = &r->frames[s->off + i];
        if (!f->p && f->pc >= RT_ATOMIC) {
            int fn = (f->pc - RT_ATOMIC) / 2, op = fn / RACE_AT_NTYPES, ty = fn % RACE_AT_NTYPES;
            bool w64 = ty != RACE_AT_INT32 && ty != RACE_AT_UINT32;
            if ((f->pc - RT_ATOMIC) % 2 == 0)
                buf_printf(b, "  sync/atomic.%s%s()\n      $GOROOT/src/runtime/race_amd64.s:%d +0xb\n", at_ops[op],
                           w64 ? "Int64" : "Int32", at_lines[op][w64]);
            else
                buf_printf(b, "  sync/atomic.%s%s()\n      <autogenerated>:1 +0x1b\n", at_ops[op], at_types[ty]);
            continue;
        }
        if (!f->p) {
            buf_printf(b, "  %s()\n      %s:%d +0x0\n", rt_funcs[f->pc].name, frame_file(vm, f), frame_line(f));
            continue;
        }
        if (f->pc < 0) continue;   /* hidden */
        buf_printf(b, "  %s()\n      %s:%d +0x%x\n", f->p->name ? f->p->name : "?", frame_file(vm, f),
                   frame_line(f), (unsigned)f->pc * 4);
    }
}

/* ---- reports ---- */

static bool goid_live(VM *vm, uint32_t goid)
{
    for (int32_t i = 0; i < vm->nallgs; i++)
        if (vm->allgs[i]->id == (int64_t)goid && vm->allgs[i]->status != G_DEAD) return true;
    return false;
}

static void created_block(VM *vm, Race *r, uint32_t goid, Buf *b)
{
    if (goid <= 1) return;
    buf_printf(b, "\nGoroutine %u (%s) created at:\n", goid, goid_live(vm, goid) ? "running" : "finished");
    if ((int64_t)goid < r->ncreated && r->created[goid] != UINT32_MAX) print_stack(vm, r, r->created[goid], b);
}

static uint64_t fake_addr(Race *r, RaceObj *ro, uint32_t slot)
{
    (void)r;
    return 0xc000010000ULL + (uint64_t)ro->serial * 16 + (uint64_t)slot * 8;
}

/* top_frame: the innermost frame of the program's own code (below a runtime function). */
static const RFrame *top_frame(Race *r, uint32_t stack)
{
    RStack *s = &r->stacks[stack];
    for (uint32_t i = 0; i < s->n; i++)
        if (r->frames[s->off + i].p) return &r->frames[s->off + i];
    return NULL;
}

/* report: cur (this access) against prev; false when this pair was reported before. */
static bool report(VM *vm, Race *r, RaceObj *ro, uint32_t slot, const Access *cur, bool cur_w,
                   const Access *prev, bool prev_w, bool is_map)
{
    uint32_t cur_stack = site_stack(r, cur), prev_stack = site_stack(r, prev);
    const RFrame *a = top_frame(r, cur_stack), *b = top_frame(r, prev_stack);
    uint64_t ka = a ? ((uint64_t)(uintptr_t)a->p * 31 + (uint64_t)a->pc) : 0;
    uint64_t kb = b ? ((uint64_t)(uintptr_t)b->p * 31 + (uint64_t)b->pc) : 0;
    uint64_t key = ka < kb ? ka * 1000003 ^ kb : kb * 1000003 ^ ka;
    uint64_t akey = fake_addr(r, ro, slot) | 1ULL << 63;   /* Go also reports an address once */
    for (int i = 0; i < r->ndedup; i++) if (r->dedup[i] == key || r->dedup[i] == akey) return false;
    if (r->ndedup + 2 > r->capdedup) {
        r->capdedup = r->capdedup ? r->capdedup * 2 : 16;
        r->dedup = xrealloc(r->dedup, (size_t)r->capdedup * sizeof *r->dedup);
    }
    r->dedup[r->ndedup++] = key;
    r->dedup[r->ndedup++] = akey;
    if (r->nreports == r->capreports) {
        r->capreports = r->capreports ? r->capreports * 2 : 8;
        r->reports = xrealloc(r->reports, (size_t)r->capreports * sizeof *r->reports);
    }
    RaceReport *rep = &r->reports[r->nreports++];
    memset(rep, 0, sizeof *rep);
    rep->addr = fake_addr(r, ro, slot);
    rep->write = cur_w;
    rep->prev_write = prev_w;
    rep->goid = cur->goid;
    rep->prev_goid = prev->goid;
    rep->map = is_map;
    if (a) { rep->file = frame_file(vm, a); rep->line = frame_line(a); rep->func = a->p->name; }
    if (b) { rep->file = rep->file; rep->prev_file = frame_file(vm, b); rep->prev_line = frame_line(b); rep->prev_func = b->p->name; }
    insp_record(vm, EV_RACE, vm->cur, (int64_t)rep->addr, prev->goid);
    Buf out = BUF_INIT;
    buf_puts(&out, "==================\nWARNING: DATA RACE\n");
    buf_printf(&out, "%s at 0x%012llx by ", cur_w ? "Write" : "Read", (unsigned long long)rep->addr);
    if (cur->goid == 1) buf_puts(&out, "main goroutine:\n");
    else buf_printf(&out, "goroutine %u:\n", cur->goid);
    print_stack(vm, r, cur_stack, &out);
    buf_printf(&out, "\nPrevious %s at 0x%012llx by ", prev_w ? "write" : "read", (unsigned long long)rep->addr);
    if (prev->goid == 1) buf_puts(&out, "main goroutine:\n");
    else buf_printf(&out, "goroutine %u:\n", prev->goid);
    print_stack(vm, r, prev_stack, &out);
    created_block(vm, r, cur->goid, &out);
    if (prev->goid != cur->goid) created_block(vm, r, prev->goid, &out);
    buf_puts(&out, "==================\n");
    vm_write(vm, 2, out.data, out.len);
    buf_fini(&out);
    return true;
}

/* ---- accesses (FastTrack) ---- */

static inline bool hb(const Access *a, const VC *c) { return a->clk <= vc_get(c, a->tid); }

/* races: the earlier access a is by another goroutine, does not happen before
 * (clock vc), and is not atomic while this one is too. */
static inline bool races(const Access *a, uint32_t t, const VC *vc, bool atomic)
{
    return a->clk && a->tid != t && !(atomic && a->atomic) && !hb(a, vc);
}

/* access checks g's access to s (atomic: by sync/atomic function rtfn, else with
 * runtime function rtfn on top when >= 0) and records it; returns the
 * conflicting earlier access and whether it was a write, or NULL. */
static inline __attribute__((always_inline)) const Access *access(VM *vm, Race *r, G *g, Shadow *s, bool write, bool atomic, int rtfn, Access *me,
                            bool *prev_w)
{
    RaceG *rg = rg_of(r, g);
    uint32_t t = rg->tid, clk = epoch_of(rg);
    Access *mine = NULL;   /* a read: g's earlier read in the read set, if any */
    if (write) {
        if (s->w.tid == t && s->w.clk == clk && s->w.atomic == atomic) return NULL;
    } else {
        const Access *m = s->rs ? (mine = rs_find(s->rs, t)) : (s->r.tid == t ? &s->r : NULL);
        if (m && m->clk == clk && m->atomic == atomic) return NULL;
    }
    /* cur is built in registers and stored whole (building *me field by field
     * and copying it at once stalls on store forwarding); *me only for a report */
    uint32_t node, pc = SITE_DEPOT;
    if (atomic) node = stack_atomic(r, vm, g, rtfn);
    else if (rtfn >= 0) node = pstack_of(r, vm, g, rtfn);
    else site_of(r, vm, g, &node, &pc);
    const Access cur = {clk, t, (uint32_t)g->id, node, pc, atomic};
    const Access *bad = NULL;
    static Access badcopy;
    if (races(&s->w, t, &rg->vc, atomic)) { badcopy = s->w; bad = &badcopy; *prev_w = true; }
    if (write) {
        /* an atomic write keeps the reads it does not order (atomic ones, which
         * it does not race with): a later plain write may race with them */
        bool keep = false;
        if (s->rs) {
            for (uint32_t i = 0; i < s->rs->n; i++) {
                Access *a = &s->rs->a[i];
                if (!a->clk || a->tid == t || hb(a, &rg->vc)) continue;
                if (atomic && a->atomic) { keep = true; continue; }
                if (!bad) { badcopy = *a; bad = &badcopy; *prev_w = false; }
                if (!atomic) break;
            }
        } else if (s->r.clk && s->r.tid != t && !hb(&s->r, &rg->vc)) {
            if (atomic && s->r.atomic) keep = true;
            else if (!bad) { badcopy = s->r; bad = &badcopy; *prev_w = false; }
        }
        if (!keep) {
            if (s->rs) { rs_free(r, s->rs); s->rs = NULL; }
            s->r = (Access){0};
        }
        s->w = cur;
    } else if (s->rs) {
        if (mine) *mine = cur;   /* same tid: the same place in the set */
        else rs_put(s->rs, cur);
    } else if (!s->r.clk || s->r.tid == t || hb(&s->r, &rg->vc)) {
        s->r = cur;
    } else {
        ReadSet *rs = rs_new(r);
        rs_put(rs, s->r);
        rs_put(rs, cur);
        s->rs = rs;
        s->r = (Access){0};
    }
    if (bad) *me = cur;
    return bad;
}

/* unchecked: the accesses of the context and time packages (Proto.norace).
 * They touch only their own state, under their own locks (which stay sync
 * edges), and copies made by their callers: no race can be reported there,
 * as none is in Go (whose timers live in the uninstrumented runtime), and
 * checking them was two thirds of the detector's work in a world of
 * requests with deadlines (lesson 15). */
static inline bool unchecked(const G *g)
{
    return g && g->nframes > 0 && g->frames[g->nframes - 1].proto->norace;
}

static inline __attribute__((always_inline)) void mem_access(VM *vm, G *g, Obj *o, uint32_t slot, bool write)
{
    Race *r = R_(vm);
    if (!r || !r->active || !g) return;
    if (unchecked(g)) return;
    const void *key = o ? (const void *)o : (const void *)&r->globals;
    RaceObj *ro = r->ocache[oc_slot(key)];
    Shadow *s;
    if (ro && ro->o == key && ro->sh)   /* the object cache, inline */
        s = slot < ro->n ? &ro->sh[slot] : NULL;
    else
        s = shadow(r, vm, key, slot, &ro);
    if (!s) return;
    Access me;
    bool pw = false;
    const Access *bad = access(vm, r, g, s, write, false, -1, &me, &pw);
    if (bad) report(vm, r, ro, slot, &me, write, bad, pw, false);
}

static __attribute__((noinline)) void read_full(VM *vm, G *g, Obj *o, uint32_t slot) { mem_access(vm, g, o, slot, false); }
static __attribute__((noinline)) void write_full(VM *vm, G *g, Obj *o, uint32_t slot) { mem_access(vm, g, o, slot, true); }

/* mem_fast: mem_access's common case without a call (a cached object and
 * site, no read set, no race), so that it saves few registers; anything else
 * goes to mem_access before changing any state, which then does it all
 * again. The FastTrack checks are access()'s (an earlier plain access with
 * clk 0 is none and happens before anything), the epoch epoch_of's.
 * Callers test vm->race_on first, which race_go sets with r->active; g is
 * the running goroutine and top its top frame, its pc saved. */
static inline __attribute__((always_inline)) void mem_fast(VM *vm, G *g, const Frame *top, Obj *o, uint32_t slot,
                                                           bool write)
{
    const Proto *p = top->proto;
    if (p->norace) return;   /* unchecked(g) */
    Race *r = R_(vm);
    const void *key = o ? (const void *)o : (const void *)&r->globals;
    RaceObj *ro = r->ocache[oc_slot(key)];
    if (!ro || ro->o != key || slot >= ro->n) goto full;   /* n > 0: sh is made */
    RaceG *rg = g->rt.race;
    Shadow *s = &ro->sh[slot];
    if (!rg || s->rs) goto full;
    uint32_t t = rg->tid, clk = rg->own + rg->stale;
    Access *m = write ? &s->w : &s->r;
    /* same epoch: not stale then (m->clk <= own), and pub is own already */
    if (m->tid == t && m->clk == clk && !m->atomic) return;
    if (s->w.tid != t && s->w.clk > vc_get(&rg->vc, s->w.tid)) goto full;
    if (s->r.tid != t && s->r.clk > vc_get(&rg->vc, s->r.tid)) goto full;
    uint32_t node = top->race_top;
    if (!node || !top->pc) goto full;
    if (write) s->r.clk = 0;   /* no read (the rest of it is never looked at) */
    m->clk = clk;
    m->tid = t;
    m->goid = (uint32_t)g->id;
    m->node = node;
    m->pc = (uint32_t)(top->pc - p->code);
    m->atomic = 0;
    rg->stale = false;
    rg->own = rg->pub = clk;
    return;
full:
    if (write) write_full(vm, g, o, slot);
    else read_full(vm, g, o, slot);
}

void race_read(VM *vm, G *g, Obj *o, uint32_t slot) { mem_fast(vm, g, &g->frames[g->nframes - 1], o, slot, false); }
void race_write(VM *vm, G *g, Obj *o, uint32_t slot) { mem_fast(vm, g, &g->frames[g->nframes - 1], o, slot, true); }
void race_read_top(VM *vm, G *g, const Frame *top, Obj *o, uint32_t slot) { mem_fast(vm, g, top, o, slot, false); }
void race_write_top(VM *vm, G *g, const Frame *top, Obj *o, uint32_t slot) { mem_fast(vm, g, top, o, slot, true); }

void race_atomic(VM *vm, G *g, Obj *o, uint32_t slot, int op, int type)
{
    Race *r = R_(vm);
    if (!r || !r->active || !g || !o) return;
    RaceObj *ro;
    Shadow *s = shadow(r, vm, o, slot, &ro);
    if (s) {
        Access me;
        bool pw = false, write = op != RACE_AT_LOAD;
        const Access *bad = access(vm, r, g, s, write, true, op * RACE_AT_NTYPES + type, &me, &pw);
        if (bad) report(vm, r, ro, slot, &me, write, bad, pw, false);
    }
    race_acqrel(vm, g, o, slot);
}
void race_map(VM *vm, G *g, Obj *m, int fn)
{
    Race *r = R_(vm);
    if (!r || !r->active || !m || unchecked(g)) return;
    bool write = fn >= RACE_MAP_ASSIGN && fn != RACE_MAP_ITERINIT && fn != RACE_MAP_ITERNEXT;
    RaceObj *ro;
    Shadow *s = shadow(r, vm, m, 0, &ro);
    Access me;
    bool pw = false;
    const Access *bad = access(vm, r, g, s, write, false, fn, &me, &pw);
    if (bad) report(vm, r, ro, 0, &me, write, bad, pw, true);
}

int race_map_fn(int op, const Type *key)
{
    if (op != RACE_MAP_ACCESS1 && op != RACE_MAP_ACCESS2 && op != RACE_MAP_ASSIGN && op != RACE_MAP_DELETE)
        return op;
    const Type *k = key && key->under ? key->under : key;
    switch (k ? k->kind : K_INTERFACE) {
    case K_INT32: case K_UINT32: return op + 1;
    case K_INT: case K_INT64: case K_UINT: case K_UINT64: case K_UINTPTR: case K_POINTER: case K_CHAN:
        return op + 2;
    case K_STRING: return op + 3;
    default: return op;
    }
}

/* ---- lifecycle ---- */

bool race_detecting(const VM *vm)
{
    return vm->race != NULL;
}

/* The state of the last VM freed, kept for the next race_enable: explore and
 * graders run a VM per schedule, and making the state (tables, pools, the
 * stack depot) anew each time was a fifth of a short schedule's cost. */
static _Atomic(Race *) spare;

static void race_destroy(Race *r)
{
    while (r->live) obj_drop(r, r->live);
    for (RaceObj *ro = r->free_objs, *nx; ro; ro = nx) { nx = ro->next_free; slotvc_free(ro); free(ro->buf); free(ro); }
    for (SyncVar *s = r->free_sv, *nx; s; s = nx) { nx = s->next; free(s->vc.c); free(s); }
    for (RaceG *g = r->free_gs, *nx; g; g = nx) { nx = g->next_free; free(g->vc.c); free(g); }
    for (ReadSet *rs = r->free_rs, *nx; rs; rs = nx) { nx = rs->next_free; free(rs->a); free(rs); }
    free(r->tab);
    free(r->tid_clk);
    free(r->freeq);
    free(r->created);
    free(r->frames);
    free(r->stacks);
    free(r->stab);
    free(r->pnodes);
    free(r->ptab);
    free(r->reports);
    free(r->dedup);
    free(r);
}

/* race_reset makes r what a new state is, keeping its memory. The stack
 * depot stays: a stack is its frames' (Proto, pc) values, whatever run
 * found it, so an id found again names the same frames. */
static void race_reset(Race *r)
{
    /* a short run's few objects leave the table one by one (the whole of a
     * table grown by an earlier run was a few per cent of a short schedule);
     * an object is at or after its home slot, past the gaps left so far */
    bool few = r->len * 8 < r->cap;
    for (RaceObj *ro = r->live; few && ro; ro = ro->next_live) {
        uint32_t m = r->cap - 1, i = ptr_hash(ro->o) & m;
        while (r->tab[i] != ro) i = (i + 1) & m;
        r->tab[i] = NULL;
    }
    while (r->live) obj_drop(r, r->live);
    if (r->cap && !few) memset(r->tab, 0, r->cap * sizeof *r->tab);
    r->len = 0;
    r->active = false;
    r->next_serial = 0;
    memset(r->ocache, 0, sizeof r->ocache);
    memset(r->tcache, 0, sizeof r->tcache);
    r->ntids = 0;
    r->fq_head = r->fq_len = 0;
    if (r->ncreated) memset(r->created, 0, (size_t)r->ncreated * sizeof *r->created);
    r->nreports = 0;
    r->ndedup = 0;
    if (r->nframes > DEPOT_KEEP || r->npnodes > DEPOT_KEEP) {   /* the trie's values are the depot's ids */
        r->nframes = r->nstacks = 0;
        memset(r->stab, 0, r->stabcap * sizeof *r->stab);
        memset(r->scache, 0, sizeof r->scache);
        r->npnodes = 0;   /* the table is cleared when the trie starts again */
    }
}

void race_enable(VM *vm)
{
    if (vm->race) return;
    Race *r = atomic_exchange(&spare, NULL);
    if (!r) r = xcalloc(1, sizeof *r);
    r->globals.kind = OBJ_CELLS;
    vm->race = r;
}

void race_free(VM *vm)
{
    Race *r = R_(vm);
    if (!r) return;
    vm->race = NULL;
    race_reset(r);
    Race *old = atomic_exchange(&spare, r);
    if (old) race_destroy(old);
}

int race_finish(VM *vm, int status)
{
    Race *r = R_(vm);
    int n = 0;
    if (r) n = r->nreports;
    if (n == 0) return status;
    Buf b = BUF_INIT;
    buf_printf(&b, "Found %d data race(s)\n", n);
    vm_flush(vm);
    vm_write(vm, 2, b.data, b.len);
    buf_fini(&b);
    return status == 0 ? 66 : status;
}

const RaceReport *race_reports(VM *vm, int *n)
{
    Race *r = R_(vm);
    *n = r ? r->nreports : 0;
    return r ? r->reports : NULL;
}
