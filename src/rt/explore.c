/* rt/explore.c: schedule control (ScheduleCtl): the scheduler's choices for
 * random, replayed, PCT and exhaustive (CHESS-style, preemption-bounded)
 * exploration, and schedule strings. See rt/explore.h.
 *
 * PCT after Burckhardt et al., "A Randomized Scheduler with Probabilistic
 * Guarantees of Finding Bugs" (ASPLOS 2010): every goroutine gets a random
 * initial priority >= d when first seen; d-1 change points are drawn among
 * the first k decisions; at change point i the goroutine that ran last drops
 * to priority i (below every initial one); the highest-priority candidate
 * always runs. Steps are decisions here, not instructions.
 */
#include "rt/explore.h"

#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "rt/gstate.h"
#include "rt/sched_priv.h"

static uint64_t next_rand(ScheduleCtl *c)
{
    uint64_t z = (c->rng += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

ScheduleCtl *schedctl_new(SchedMode mode, uint64_t vm_seed)
{
    ScheduleCtl *c = xcalloc(1, sizeof *c);
    c->mode = mode;
    c->vm_seed = vm_seed;
    c->pct_depth = 3;
    c->pct_steps = 64;
    c->max_preempt = 2;
    c->timing = true;
    c->rng = vm_seed;
    return c;
}

void schedctl_free(ScheduleCtl *c)
{
    if (!c) return;
    free(c->rec);
    free(c->recdef);
    free(c->recpre);
    free(c->ask_ids);
    free(c->want);
    free(c->prio);
    free(c->yielded_at);
    free(c->parent);
    free(c->starved);
    free(c->frames);
    free(c->pool);
    free(c->ids_buf);
    free(c->cand_buf);
    free(c->set_buf);
    free(c);
}

static int64_t *grow_buf(int64_t **buf, int64_t *cap, int64_t n)
{
    if (n > *cap) {
        *cap = n < 64 ? 64 : 2 * n;
        *buf = xrealloc(*buf, (size_t)*cap * sizeof **buf);
    }
    return *buf;
}

int64_t *schedctl_ids(ScheduleCtl *c, int64_t n)
{
    return grow_buf(&c->ids_buf, &c->cap_ids, n);
}

void schedctl_attach(VM *vm, ScheduleCtl *c)
{
    sched_get(vm)->ctl = c;
    sched_track_runnable(vm, c != NULL);
    vm->explore_points = c != NULL;   /* the explorer may stop a map write midway, and switch after len(ch) */
}

/* ---- schedule strings ---- */

static void put36(Buf *b, uint64_t v)
{
    char d[16];
    int n = 0;
    do {
        d[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[v % 36];
        v /= 36;
    } while (v);
    while (n) buf_putc(b, d[--n]);
}

static bool get36(const char **p, uint64_t *out)
{
    const char *s = *p;
    uint64_t v = 0;
    int n = 0;
    for (;; s++, n++) {
        int d;
        if (*s >= '0' && *s <= '9') d = *s - '0';
        else if (*s >= 'a' && *s <= 'z') d = *s - 'a' + 10;
        else break;
        if (v > (UINT64_MAX - (uint64_t)d) / 36) return false;
        v = v * 36 + (uint64_t)d;
    }
    if (!n) return false;
    *p = s;
    *out = v;
    return true;
}

/* calm_len: the recorded decisions up to the last one the calm default
 * would not have made (the rest replays by default). */
static int64_t calm_len(const ScheduleCtl *c)
{
    int64_t n = c->nrec;
    while (n > 0 && c->recdef && c->rec[n - 1] == c->recdef[n - 1]) n--;
    return n;
}

char *schedctl_string(const ScheduleCtl *c)
{
    Buf b = BUF_INIT;
    buf_puts(&b, c->calm ? "v2-" : "v1-");
    put36(&b, c->vm_seed);
    buf_putc(&b, '-');
    int64_t nrec = c->calm ? calm_len(c) : c->nrec;
    for (int64_t i = 0; i < nrec;) {
        int64_t j = i;
        while (j < nrec && c->rec[j] == c->rec[i]) j++;
        if (i) buf_putc(&b, '.');
        if (SCHED_IS_SELECT(c->rec[i])) buf_putc(&b, 'S');
        put36(&b, (uint64_t)c->rec[i] & 0xffffffffu);
        if (!SCHED_IS_SELECT(c->rec[i]) && c->rec[i] >> 32) {
            buf_putc(&b, '~');
            put36(&b, (uint64_t)c->rec[i] >> 32);
        }
        if (j - i > 1) {
            buf_putc(&b, '*');
            put36(&b, (uint64_t)(j - i));
        }
        i = j;
    }
    char *s = xstrdup(buf_str(&b));
    buf_fini(&b);
    return s;
}

/* A replayed schedule's length: far more decisions than a run within the
 * default limits makes, and the repeat counts cannot make it a memory bomb. */
#define SCHED_MAX_DECISIONS ((uint64_t)1 << 24)

static void push_id(int64_t **v, int64_t *n, int64_t *cap, int64_t id)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 256;
        *v = xrealloc(*v, (size_t)*cap * sizeof **v);
    }
    (*v)[(*n)++] = id;
}

bool schedctl_parse(ScheduleCtl *c, const char *s, const char **cause)
{
    uint64_t seed, id, count;
    if (strncmp(s, "v1-", 3) != 0 && strncmp(s, "v2-", 3) != 0) {
        *cause = "a schedule string starts with v1- or v2- (from gorolab explore)";
        return false;
    }
    bool calm = s[1] == '2';
    s += 3;
    if (!get36(&s, &seed) || *s++ != '-') {
        *cause = "malformed schedule string: no seed after v1-";
        return false;
    }
    c->nwant = 0;
    while (*s) {
        uint64_t slice = 0;
        bool sel = *s == 'S';
        if (sel) s++;
        if (!get36(&s, &id) || id > 0xffffffffu) {
            *cause = "malformed schedule string: goroutine ids are base-36 numbers (0: time passes)";
            return false;
        }
        if (!sel && *s == '~' && (s++, !get36(&s, &slice) || slice < 2 || slice > SCHED_SLICE)) {
            *cause = "malformed schedule string: a bad time slice after ~";
            return false;
        }
        count = 1;
        if (*s == '*' && (s++, !get36(&s, &count) || count == 0 || count > (1u << 30))) {
            *cause = "malformed schedule string: a bad repeat count after *";
            return false;
        }
        if (count > SCHED_MAX_DECISIONS - (uint64_t)c->nwant) {
            *cause = "malformed schedule string: more than 16777216 decisions";
            return false;
        }
        for (uint64_t k = 0; k < count; k++)
            push_id(&c->want, &c->nwant, &c->capwant, sel ? SCHED_SELECT_BIT | (int64_t)id : (int64_t)(slice << 32 | id));
        if (*s == '.') s++;
        else if (*s) {
            *cause = "malformed schedule string: unexpected character";
            return false;
        }
    }
    c->mode = SCHED_REPLAY;
    c->calm = calm;
    c->vm_seed = seed;
    c->rng = seed;
    return true;
}

void schedctl_pick(ScheduleCtl *c, int64_t id)
{
    push_id(&c->want, &c->nwant, &c->capwant, id);
}

void schedctl_replay(ScheduleCtl *c, uint64_t seed, const int64_t *want, int64_t n)
{
    c->nwant = 0;
    for (int64_t i = 0; i < n; i++) push_id(&c->want, &c->nwant, &c->capwant, want[i]);
    c->mode = SCHED_REPLAY;
    c->calm = true;
    c->vm_seed = seed;
    c->rng = seed;
}

/* ---- runs ---- */

void schedctl_begin_run(ScheduleCtl *c, uint64_t run_seed)
{
    c->rng = run_seed;
    c->preempted = 0;
    c->ndecisions = 0;
    c->npreempt = 0;
    c->last = 0;
    c->nrec = 0;
    c->diverged = false;
    c->asking = false;
    c->nask = 0;
    c->sel_seq = c->sel_mark = 0;
    c->pos = 0;
    c->dpos = 0;
    c->slice = 0;
    /* how eager time is in this run: never, rarely, often, mostly */
    static const uint32_t rates[4] = {0, 4, 32, 160};
    c->time_rate = c->timing && c->mode != SCHED_REPLAY ? rates[next_rand(c) % 4] : 0;
    /* contention delays a goroutine; it does not starve it for hours: a run
     * lets time pass over runnable goroutines 1..16 times, then the clock is fair */
    c->time_left = c->time_rate ? 1 + (int64_t)(next_rand(c) % 16) : 0;
    if (c->prio) {
        memset(c->prio, 0, (size_t)c->nprio * sizeof *c->prio);
        memset(c->yielded_at, 0, (size_t)c->nprio * sizeof *c->yielded_at);
    }
    c->yield_prio = 0;
    c->starve_g = c->starve_for = 0;
    if (c->parent) {
        memset(c->parent, 0, (size_t)c->nparent * sizeof *c->parent);
        memset(c->starved, 0, (size_t)c->nparent);
    }
    if (c->mode == SCHED_PCT) {
        int64_t k = c->pct_steps > 0 ? c->pct_steps : 1;
        for (int i = 0; i + 1 < c->pct_depth && i < 16; i++)
            c->change[i] = 1 + (int64_t)(next_rand(c) % (uint64_t)k);
    }
}

bool schedctl_dfs_next(ScheduleCtl *c)
{
    while (c->nframes > 0) {
        DfsFrame *f = &c->frames[c->nframes - 1];
        if (f->idx + 1 < f->n) {
            f->idx++;
            return true;
        }
        c->npool = f->off;
        c->nframes--;
    }
    return false;
}

static int64_t *prio_of(ScheduleCtl *c, int64_t id)
{
    if (id >= c->nprio) {
        int64_t n = c->nprio ? c->nprio : 16;
        while (n <= id) n *= 2;
        c->prio = xrealloc(c->prio, (size_t)n * sizeof *c->prio);
        memset(c->prio + c->nprio, 0, (size_t)(n - c->nprio) * sizeof *c->prio);
        c->yielded_at = xrealloc(c->yielded_at, (size_t)n * sizeof *c->yielded_at);
        memset(c->yielded_at + c->nprio, 0, (size_t)(n - c->nprio) * sizeof *c->yielded_at);
        c->nprio = n;
    }
    int64_t *p = &c->prio[id];
    if (*p == 0) *p = c->pct_depth + (int64_t)(next_rand(c) >> 2);
    return p;
}

/* A yield again soon after the goroutine's last one (a spin loop) drops it
 * below every other goroutine under PCT, as CHESS does, so that what it
 * waits for can run; a single yield keeps its priority: a Gosched is no
 * synchronisation, and main's `Sleep; Gosched; Sleep` must not hand the CPU
 * to the goroutine it forgot to wait for on every schedule. */
enum { YIELD_SPIN_DECISIONS = 64 };

static void end_episode(ScheduleCtl *c);

void schedctl_yielded(ScheduleCtl *c, int64_t id)
{
    /* a sleeper that yields twice between two sleeps is spinning: waiting,
     * maybe for the starved goroutine, which a real scheduler would run */
    if (c->starve_g && id == c->starve_for && ++c->starve_yields >= 2) end_episode(c);
    if (c->mode != SCHED_PCT) return;
    int64_t *p = prio_of(c, id);
    int64_t last = c->yielded_at[id];
    c->yielded_at[id] = c->ndecisions + 1;
    if (last && c->ndecisions + 1 - last <= YIELD_SPIN_DECISIONS) *p = --c->yield_prio;
}

/* sort_ids puts distinct goroutine ids in ascending order. */
static void sort_ids(int64_t *v, int n)
{
    if (n > 24) {   /* a shell sort's gaps, then the insertion sort below */
        for (int gap = n / 3; gap > 1; gap = gap / 3)
            for (int i = gap; i < n; i++)
                for (int j = i; j >= gap && v[j - gap] > v[j]; j -= gap) {
                    int64_t t = v[j];
                    v[j] = v[j - gap];
                    v[j - gap] = t;
                }
    }
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && v[j - 1] > v[j]; j--) {
            int64_t t = v[j];
            v[j] = v[j - 1];
            v[j - 1] = t;
        }
}

/* kth_id returns the k-th lowest (from 0) of n distinct ids, what v[k]
 * would be once sorted, reordering v (a quickselect). */
static int64_t kth_id(int64_t *v, int n, int k)
{
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int64_t pivot = v[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i <= j) {
                int64_t t = v[i];
                v[i++] = v[j];
                v[j--] = t;
            }
        }
        if (k <= j) hi = j;
        else if (k >= i) lo = i;
        else break;
    }
    return v[k];
}

static int find(const int64_t *ids, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (ids[i] == id) return i;
    return -1;
}

/* ---- a decision's candidates as a bit set (SchedSet) ----
 * Goroutine ids are small and dense (numbered from 1 as they are created),
 * so a decision's candidates fit a few words of bits: the k-th lowest id is
 * then a popcount per word, and the lowest id above the last one run a bit
 * scan, where a quickselect and a scan of every candidate made a decision
 * O(n) with a large constant (a pool of 100 workers, runnable at once, made
 * them a third of a schedule's time). The scheduler keeps its runnable set
 * as bits; candidates of our own (a starvation episode's others) make one
 * here, unless their span is wide: then the scans below. Both give the
 * same ids. */

/* idset_make makes *set the n >= 1 ids, in c's buffer; false, with no
 * set, when their span needs more words than the ids are worth. */
static bool idset_make(ScheduleCtl *c, const int64_t *ids, int n, SchedSet *set)
{
    int64_t lo = ids[0], hi = ids[0];
    for (int i = 1; i < n; i++) {
        if (ids[i] < lo) lo = ids[i];
        if (ids[i] > hi) hi = ids[i];
    }
    lo &= ~(int64_t)63;
    int64_t nw = ((hi - lo) >> 6) + 1;
    if (nw > n + 1) return false;
    if (nw > c->cap_set) {
        c->cap_set = nw < 16 ? 16 : 2 * nw;
        c->set_buf = xrealloc(c->set_buf, (size_t)c->cap_set * sizeof *c->set_buf);
    }
    memset(c->set_buf, 0, (size_t)nw * sizeof *c->set_buf);
    for (int i = 0; i < n; i++) {
        uint64_t b = (uint64_t)(ids[i] - lo);
        c->set_buf[b >> 6] |= 1ULL << (b & 63);
    }
    *set = (SchedSet){.w = c->set_buf, .lo = lo, .n = nw};
    return true;
}

/* popcount64 counts the bits set in x (inline: without a popcnt
 * instruction, the compiler's builtin is a call). */
static int popcount64(uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return (int)((x * 0x0101010101010101ULL) >> 56);
}

static bool idset_has(const SchedSet *set, int64_t id)
{
    uint64_t b = (uint64_t)(id - set->lo);
    return b < (uint64_t)set->n * 64 && (set->w[b >> 6] >> (b & 63) & 1);
}

/* idset_kth returns the k-th lowest (from 0) id of the set: kth_id's. */
static int64_t idset_kth(const SchedSet *set, int k)
{
    int64_t i = 0;
    for (int p; k >= (p = popcount64(set->w[i])); i++) k -= p;
    uint64_t b = set->w[i];
    for (; k > 0; k--) b &= b - 1;   /* drop the k lowest bits */
    return set->lo + 64 * i + __builtin_ctzll(b);
}

/* idset_above returns the lowest id of the set above last, else the
 * lowest (the round robin's next). */
static int64_t idset_above(const SchedSet *set, int64_t last)
{
    int64_t from = last + 1 - set->lo;
    if (from < 0) from = 0;
    for (int64_t i = from >> 6; i < set->n; i++) {
        uint64_t b = set->w[i];
        if (i == from >> 6) b &= ~0ULL << (from & 63);
        if (b) return set->lo + 64 * i + __builtin_ctzll(b);
    }
    return set->lo + __builtin_ctzll(set->w[0]);
}

/* scan_above is idset_above over the n ids themselves. */
static int64_t scan_above(const int64_t *ids, int n, int64_t last)
{
    int64_t def = -1, lowest = ids[0];
    for (int i = 0; i < n; i++) {
        if (ids[i] < lowest) lowest = ids[i];
        if (ids[i] > last && (def < 0 || ids[i] < def)) def = ids[i];
    }
    return def < 0 ? lowest : def;
}

/* ---- starvation episodes (rt/explore.h) ---- */

enum {
    STARVE_MAX_SLEEPS = 3,   /* an episode lasts across 1..3 more sleeps of the sleeper */
    STARVE_MAX_FORCED = 16,  /* and makes time pass over the starved one at most this often */
    STARVE_MAX_DECISIONS = 256,  /* and keeps it off the CPU for at most this many decisions */
};

void schedctl_spawned(ScheduleCtl *c, int64_t child, int64_t parent)
{
    if (child <= 0) return;
    if (child >= c->nparent) {
        int64_t n = c->nparent ? c->nparent : 16;
        while (n <= child) n *= 2;
        c->parent = xrealloc(c->parent, (size_t)n * sizeof *c->parent);
        memset(c->parent + c->nparent, 0, (size_t)(n - c->nparent) * sizeof *c->parent);
        c->starved = xrealloc(c->starved, (size_t)n);
        memset(c->starved + c->nparent, 0, (size_t)(n - c->nparent));
        c->nparent = n;
    }
    c->parent[child] = parent;
}

/* ancestor: a created s, or created its creator, ... (ids only grow: a
 * creator's id is below its child's, so the walk ends) */
static bool ancestor(const ScheduleCtl *c, int64_t a, int64_t s)
{
    while (s > 0 && s < c->nparent && c->parent[s] > 0 && c->parent[s] < s) {
        s = c->parent[s];
        if (s == a) return true;
    }
    return false;
}

void schedctl_time_passes(ScheduleCtl *c, int64_t sleeper, const int64_t *ids, int n)
{
    if (c->starve_g || !sleeper || !c->time_rate || (c->mode != SCHED_RANDOM && c->mode != SCHED_PCT))
        return;
    int64_t pick[64];
    int np = 0;
    for (int i = 0; i < n && np < 64; i++)
        if (ids[i] != sleeper && !ancestor(c, ids[i], sleeper) &&
            !(ids[i] < c->nparent && c->starved[ids[i]])) pick[np++] = ids[i];
    if (np == 0) return;
    /* in id order: the choice does not depend on run-queue order */
    c->starve_g = kth_id(pick, np, (int)(next_rand(c) % (uint64_t)np));
    c->starve_used = false;
    c->starve_for = sleeper;
    c->starve_sleeps = 1 + (int32_t)(next_rand(c) % STARVE_MAX_SLEEPS);
    c->starve_forced = STARVE_MAX_FORCED;
    c->starve_turns = STARVE_MAX_DECISIONS;
    c->starve_yields = 0;
}

/* end_episode: the starved goroutine runs again; starved across a sleep,
 * it is not starved again in this run */
static void end_episode(ScheduleCtl *c)
{
    if (c->starve_used && c->starve_g < c->nparent) c->starved[c->starve_g] = 1;
    c->starve_g = c->starve_for = 0;
}

void schedctl_parked(ScheduleCtl *c, int64_t id, bool sleep)
{
    if (!c->starve_g || id != c->starve_for) return;
    if (sleep) {
        c->starve_used = true;
        c->starve_yields = 0;
    }
    if (sleep && c->starve_sleeps-- > 0) return;
    end_episode(c);
}

/* dfs_choose returns the id the exhaustive search takes at this decision:
 * the prefix's choice while replaying it, else a new frame's first
 * alternative (the preempted goroutine first: no preemption spent). */
static int64_t dfs_choose(ScheduleCtl *c, const int64_t *cand, int n, int prev_i)
{
    if (c->dpos < c->nframes) {
        DfsFrame *f = &c->frames[c->dpos++];
        int64_t id = c->pool[f->off + f->idx];
        if (find(cand, n, id) >= 0) return id;
        c->diverged = true;
        return cand[0];
    }
    if (c->nframes == c->capframes) {
        c->capframes = c->capframes ? c->capframes * 2 : 64;
        c->frames = xrealloc(c->frames, (size_t)c->capframes * sizeof *c->frames);
    }
    DfsFrame *f = &c->frames[c->nframes++];
    c->dpos = c->nframes;
    f->off = c->npool;
    f->idx = 0;
    if (prev_i >= 0) {
        push_id(&c->pool, &c->npool, &c->cappool, cand[prev_i]);
        if (c->npreempt < c->max_preempt)
            for (int i = 0; i < n; i++)
                if (i != prev_i) push_id(&c->pool, &c->npool, &c->cappool, cand[i]);
    } else {
        for (int i = 0; i < n; i++) push_id(&c->pool, &c->npool, &c->cappool, cand[i]);
    }
    f->n = (int32_t)(c->npool - f->off);
    return c->pool[f->off];
}

/* short_slice draws the chosen goroutine's time slice in random and PCT runs
 * of the adversary: one in four is 2..64 instructions, so a loop can be
 * preempted between a load and a store (a slice of one instruction could
 * make no progress: a call that yields is run again). */
static int64_t short_slice(ScheduleCtl *c)
{
    if (!c->time_rate || next_rand(c) % 4) return 0;
    return 2 + (int64_t)(next_rand(c) % 63);
}

static void record(ScheduleCtl *c, int64_t e, int64_t def, bool preempt)
{
    int64_t cap = c->caprec;
    push_id(&c->rec, &c->nrec, &c->caprec, e);
    if (c->caprec != cap || !c->recdef) {
        c->recdef = xrealloc(c->recdef, (size_t)c->caprec * sizeof *c->recdef);
        c->recpre = xrealloc(c->recpre, (size_t)c->caprec * sizeof *c->recpre);
    }
    c->recdef[c->nrec - 1] = def;
    c->recpre[c->nrec - 1] = preempt;
}

int schedctl_select(ScheduleCtl *c, int64_t g, const int *ready, int n, int seed_pick)
{
    int take = seed_pick;
    if (c->mode == SCHED_REPLAY && c->pos < c->nwant && SCHED_IS_SELECT(c->want[c->pos])) {
        int want = (int)(c->want[c->pos++] & 0xffffffff);
        bool ok = false;
        for (int i = 0; i < n; i++) ok = ok || ready[i] == want;
        if (ok) take = want;
        else c->diverged = true;
    }
    if (c->sel_seq++ == c->sel_mark) {
        c->sel_g = g;
        c->sel_n = n < 16 ? n : 16;
        memcpy(c->sel_ready, ready, (size_t)c->sel_n * sizeof *ready);
        c->sel_taken = take;
    }
    if (take != seed_pick) record(c, SCHED_SELECT_BIT | take, SCHED_SELECT_BIT | seed_pick, false);
    return take;
}

int64_t schedctl_decide(ScheduleCtl *c, const int64_t *ids, int n, const SchedSet *set, bool time_ok)
{
    int64_t prev = c->preempted;
    c->preempted = 0;
    c->ndecisions++;
    c->slice = 0;
    /* a starvation episode: the starved goroutine is no candidate while
     * another is; alone, it waits while time passes (at most starve_forced
     * times), else the episode ends */
    int64_t others[64];
    bool forced = false;
    if (c->starve_g && (c->mode == SCHED_RANDOM || c->mode == SCHED_PCT)) {
        int si = find(ids, n, c->starve_g);
        if (si >= 0 && c->starve_turns-- <= 0) {
            end_episode(c);
        } else if (si >= 0 && n > 1 && n <= 64) {
            int k = 0;
            for (int i = 0; i < n; i++)
                if (i != si) others[k++] = ids[i];
            ids = others;
            n = k;
            set = NULL;
        } else if (si >= 0 && n == 1 && time_ok && c->timing && c->starve_forced > 0) {
            c->starve_forced--;
            forced = true;
        } else if (si >= 0) {
            end_episode(c);
        }
    }
    time_ok = time_ok && c->timing && (forced || c->mode == SCHED_REPLAY || c->mode == SCHED_DFS || c->time_left > 0);
    if (n == 1 && !time_ok) {
        c->last = ids[0];
        return ids[0];
    }
    /* the candidates, then 0 when time may pass. Every choice is made as
     * if they were in id order (choices do not depend on queue order); only
     * the exhaustive search and a challenge list them, so only they sort
     * them: a few hundred goroutines woken at once made the sort most of a
     * schedule's time. Random choices by the set read the ids in place;
     * the other modes (and the quickselect) work on a copy. */
    SchedSet own;
    if (!set && idset_make(c, ids, n, &own)) set = &own;
    const int64_t *cand = ids;
    int64_t *copy = NULL;
    int nc = n;
    if (c->mode != SCHED_RANDOM || c->ask || !set) {
        copy = grow_buf(&c->cand_buf, &c->cap_cand, (int64_t)n + 1);
        memcpy(copy, ids, (size_t)n * sizeof *copy);
        if (c->mode == SCHED_DFS || c->ask) sort_ids(copy, n);
        if (time_ok) copy[nc++] = 0;
        cand = copy;
    }
    bool prev_in = prev && (set ? idset_has(set, prev) : find(cand, n, prev) >= 0);
    int prev_i = prev_in && c->mode == SCHED_DFS ? find(cand, n, prev) : -1;
    /* the calm default: the preempted goroutine goes on, else round robin
     * (the lowest id above the last one run, else the lowest) */
    int64_t def = prev_in ? prev : set ? idset_above(set, c->last) : scan_above(cand, n, c->last);
    while (c->mode == SCHED_REPLAY && c->pos < c->nwant && SCHED_IS_SELECT(c->want[c->pos])) {
        c->pos++;   /* a select's case where no select came */
        c->diverged = true;
    }
    if (c->ask && c->mode == SCHED_REPLAY && c->pos >= c->nwant && n >= 2) {
        /* a challenge: the learner picks; this decision is made again then */
        c->asking = true;
        c->ask_prev = prev;
        c->preempted = prev;
        c->ndecisions--;
        if (c->capask < n) {
            c->capask = n;
            c->ask_ids = xrealloc(c->ask_ids, (size_t)n * sizeof *c->ask_ids);
        }
        memcpy(c->ask_ids, cand, (size_t)n * sizeof *cand);
        c->nask = n;
        return SCHED_ASK;
    }
    c->asking = false;
    int64_t id = -1, slice = 0;
    switch (c->mode) {
    case SCHED_REPLAY:
        if (c->ask && n < 2) {   /* asking: only the learner's picks are in want */
            id = def;
            break;
        }
        if (c->calm && c->pos >= c->nwant) id = def;
        if (c->pos < c->nwant) {
            int64_t w = c->want[c->pos++];
            id = w & 0xffffffff;
            slice = w >> 32;
            if (find(cand, nc, id) < 0) {
                c->diverged = true;
                id = c->calm ? def : -1;
                slice = 0;
            }
        }
        break;
    case SCHED_PCT: {
        if (forced || (time_ok && next_rand(c) % 256 < c->time_rate)) {
            id = 0;
            break;
        }
        for (int i = 0; i + 1 < c->pct_depth && i < 16; i++)
            if (c->change[i] == c->ndecisions && c->last) *prio_of(c, c->last) = i + 1;
        /* new goroutines draw their priorities in id order */
        int64_t fresh[16];
        int nf = 0;
        for (int i = 0; i < n; i++)
            if (cand[i] >= c->nprio || c->prio[cand[i]] == 0) {
                if (nf == 16) {   /* many at once: draw for them in order */
                    sort_ids(copy, n);
                    for (int j = 0; j < n; j++) prio_of(c, cand[j]);
                    nf = 0;
                    break;
                }
                fresh[nf++] = cand[i];
            }
        sort_ids(fresh, nf);
        for (int i = 0; i < nf; i++) prio_of(c, fresh[i]);
        /* the highest priority runs; of equal ones, the lowest id */
        int64_t best = -1;
        for (int i = 0; i < n; i++) {
            int64_t p = c->prio[cand[i]];
            if (p > best || (p == best && cand[i] < id)) {
                best = p;
                id = cand[i];
            }
        }
        slice = short_slice(c);
        break;
    }
    case SCHED_DFS:   /* time passing costs a preemption, like any switch it forces */
        id = dfs_choose(c, cand, c->npreempt < c->max_preempt ? nc : n, prev_i);
        break;
    case SCHED_RANDOM:
        if (forced) id = 0;
        break;
    }
    if (id < 0) {
        if (time_ok && next_rand(c) % 256 < c->time_rate) {
            id = 0;
        } else {
            int k = (int)(next_rand(c) % (uint64_t)n);
            id = set ? idset_kth(set, k) : kth_id(copy, n, k);
            slice = c->mode == SCHED_REPLAY ? 0 : short_slice(c);
        }
    }
    bool preempt = (prev_in && id != prev) || id == 0;
    if (preempt) c->npreempt++;
    if (id == 0 && !forced && c->time_left > 0) c->time_left--;
    if (id) c->last = id;
    c->slice = id ? slice : 0;
    if (c->observe && (id != def || c->slice)) c->observe(c->observe_ctx, c, id, def, preempt);
    record(c, c->slice << 32 | id, def, preempt);
    return id;
}

/* ---- shrinking ---- */

typedef struct Shrink {
    ScheduleCtl *c;
    SchedTest    test;
    void        *ctx;
    int          runs, max_runs;
    int64_t     *cur, *def, *pre;   /* the best schedule so far, and its run's defaults and preemptions */
    int64_t      n, npre, nondef;
} Shrink;

static int64_t slices(const int64_t *v, int64_t n)
{
    int64_t m = 0;
    for (int64_t i = 0; i < n; i++) m += !SCHED_IS_SELECT(v[i]) && (v[i] >> 32) != 0;
    return m;
}

/* try replays want[0..n) and keeps it when it fails the same way and is
 * smaller than the best so far. */
static bool shrink_try(Shrink *k, const int64_t *want, int64_t n, bool first)
{
    if (k->runs >= k->max_runs) return false;
    k->runs++;
    ScheduleCtl *c = k->c;
    schedctl_replay(c, c->vm_seed, want, n);
    schedctl_begin_run(c, c->vm_seed);
    if (!k->test(k->ctx, c)) return false;
    int64_t len = calm_len(c);
    /* fewer preemptions, then fewer short time slices, then fewer choices
     * that differ from the calm default (the story's steps), then fewer
     * decisions */
    int64_t sl = slices(c->rec, len), ksl = slices(k->cur, k->n);
    int64_t nd = 0;
    for (int64_t i = 0; i < len; i++) nd += c->rec[i] != c->recdef[i];
    if (!first && !(c->npreempt < k->npre || (c->npreempt == k->npre && sl < ksl) ||
                    (c->npreempt == k->npre && sl == ksl && nd < k->nondef) ||
                    (c->npreempt == k->npre && sl == ksl && nd == k->nondef && len < k->n)))
        return false;
    k->nondef = nd;
    k->cur = xrealloc(k->cur, (size_t)(len + 1) * sizeof *k->cur);
    k->def = xrealloc(k->def, (size_t)(len + 1) * sizeof *k->def);
    k->pre = xrealloc(k->pre, (size_t)(len + 1) * sizeof *k->pre);
    if (len) {
        memcpy(k->cur, c->rec, (size_t)len * sizeof *k->cur);
        memcpy(k->def, c->recdef, (size_t)len * sizeof *k->def);
        memcpy(k->pre, c->recpre, (size_t)len * sizeof *k->pre);
    }
    k->n = len;
    k->npre = c->npreempt;
    return true;
}

/* shrink_preemptions turns chunks of the preemptions and short time
 * slices into the calm default (halving the chunk down to one). */
static bool shrink_preemptions(Shrink *k)
{
    bool any = false;
    int64_t *w = NULL, *at = NULL;
    int64_t np = 0;
    for (int64_t i = 0; i < k->n; i++) np += !SCHED_IS_SELECT(k->cur[i]) && (k->pre[i] || (k->cur[i] >> 32));
    for (int64_t chunk = np / 2 > 0 ? np / 2 : 1; chunk >= 1 && k->runs < k->max_runs; chunk /= 2) {
        for (int64_t j = 0; k->runs < k->max_runs;) {
            at = xrealloc(at, (size_t)(k->n + 1) * sizeof *at);
            np = 0;
            for (int64_t i = 0; i < k->n; i++)
                if (!SCHED_IS_SELECT(k->cur[i]) && (k->pre[i] || (k->cur[i] >> 32))) at[np++] = i;
            if (j >= np) break;
            w = xrealloc(w, (size_t)(k->n + 1) * sizeof *w);
            memcpy(w, k->cur, (size_t)k->n * sizeof *w);
            for (int64_t t = j; t < j + chunk && t < np; t++) w[at[t]] = k->def[at[t]];
            if (shrink_try(k, w, k->n, false)) any = true;
            else j += chunk;
        }
    }
    free(w);
    free(at);
    return any;
}

/* shrink_prefix keeps only the first 1, 2, 4, ... decisions (the rest calm)
 * while that is shorter than the best: a failure often needs only its
 * first few switches. */
static void shrink_prefix(Shrink *k)
{
    int64_t *raw = NULL, *w = NULL;
    for (int64_t len = 1; len < k->n && k->runs < k->max_runs; len *= 2) {
        raw = xrealloc(raw, (size_t)len * sizeof *raw);
        w = xrealloc(w, (size_t)len * sizeof *w);
        memcpy(raw, k->cur, (size_t)len * sizeof *raw);
        memcpy(w, raw, (size_t)len * sizeof *w);
        bool any = false;   /* the prefix without its short time slices, and with them */
        for (int64_t i = 0; i < len; i++)
            if (!SCHED_IS_SELECT(w[i]) && (w[i] >> 32)) {
                w[i] &= 0xffffffff;
                any = true;
            }
        bool got = any && shrink_try(k, w, len, false);
        got = shrink_try(k, raw, len, false) || got;   /* kept only when better still */
        if (got) break;
    }
    free(raw);
    free(w);
}

/* shrink_chunks drops chunks of decisions (ddmin's complements), halving
 * the chunk size down to one decision. */
static bool shrink_chunks(Shrink *k)
{
    bool any = false;
    int64_t *w = NULL;
    for (int64_t chunk = k->n / 2 > 0 ? k->n / 2 : 1; chunk >= 1 && k->runs < k->max_runs; chunk /= 2) {
        for (int64_t i = 0; i < k->n && k->runs < k->max_runs;) {
            int64_t end = i + chunk < k->n ? i + chunk : k->n;
            w = xrealloc(w, (size_t)(k->n + 1) * sizeof *w);
            memcpy(w, k->cur, (size_t)i * sizeof *w);
            memcpy(w + i, k->cur + end, (size_t)(k->n - end) * sizeof *w);
            if (shrink_try(k, w, k->n - (end - i), false)) any = true;
            else i += chunk;
        }
    }
    free(w);
    return any;
}

char *schedctl_shrink(const char *sched, SchedTest test, void *ctx, int max_runs, ShrinkStats *st)
{
    ScheduleCtl *orig = schedctl_new(SCHED_REPLAY, 0);
    const char *cause;
    memset(st, 0, sizeof *st);
    if (!schedctl_parse(orig, sched, &cause)) {
        schedctl_free(orig);
        return NULL;
    }
    Shrink k = {.c = schedctl_new(SCHED_REPLAY, orig->vm_seed), .test = test, .ctx = ctx,
                .max_runs = max_runs > 1 ? max_runs : 1};
    k.c->timing = true;
    st->from = orig->nwant;
    char *out = NULL;
    /* the original, replayed calm: a recorded schedule names every choice */
    if (shrink_try(&k, orig->want, orig->nwant, true)) {
        st->pre_from = k.npre;
        shrink_try(&k, NULL, 0, false);   /* no decision at all: the calm schedule */
        shrink_prefix(&k);
        for (int round = 0; round < 4; round++) {
            bool a = shrink_preemptions(&k);
            bool b = shrink_chunks(&k);
            if (!a && !b) break;
        }
        /* the result, replayed once more so the string is the run's own */
        schedctl_replay(k.c, k.c->vm_seed, k.cur, k.n);
        schedctl_begin_run(k.c, k.c->vm_seed);
        k.c->nrec = 0;
        free(k.c->rec);
        k.c->rec = NULL;
        k.c->caprec = 0;
        k.c->rec = xmalloc((size_t)(k.n + 1) * sizeof *k.c->rec);
        k.c->caprec = k.n + 1;
        free(k.c->recdef);
        free(k.c->recpre);
        k.c->recdef = xmalloc((size_t)(k.n + 1) * sizeof *k.c->recdef);
        k.c->recpre = xmalloc((size_t)(k.n + 1) * sizeof *k.c->recpre);
        if (k.n) {
            memcpy(k.c->rec, k.cur, (size_t)k.n * sizeof *k.cur);
            memcpy(k.c->recdef, k.def, (size_t)k.n * sizeof *k.def);
        }
        k.c->nrec = k.n;
        out = schedctl_string(k.c);
        st->to = k.n;
        st->pre_to = k.npre;
    }
    st->runs = k.runs;
    free(k.cur);
    free(k.def);
    free(k.pre);
    schedctl_free(k.c);
    schedctl_free(orig);
    return out;
}
