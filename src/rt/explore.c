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
    free(c->want);
    free(c->prio);
    free(c->frames);
    free(c->pool);
    free(c);
}

void schedctl_attach(VM *vm, ScheduleCtl *c)
{
    sched_get(vm)->ctl = c;
    vm->map_choice = c != NULL;   /* a map write is a choice point: the explorer may stop it mid-write */
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

char *schedctl_string(const ScheduleCtl *c)
{
    Buf b = BUF_INIT;
    buf_puts(&b, "v1-");
    put36(&b, c->vm_seed);
    buf_putc(&b, '-');
    for (int64_t i = 0; i < c->nrec;) {
        int64_t j = i;
        while (j < c->nrec && c->rec[j] == c->rec[i]) j++;
        if (i) buf_putc(&b, '.');
        put36(&b, (uint64_t)c->rec[i] & 0xffffffffu);
        if (c->rec[i] >> 32) {
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
    if (strncmp(s, "v1-", 3) != 0) {
        *cause = "a schedule string starts with v1- (from gorolab explore)";
        return false;
    }
    s += 3;
    if (!get36(&s, &seed) || *s++ != '-') {
        *cause = "malformed schedule string: no seed after v1-";
        return false;
    }
    c->nwant = 0;
    while (*s) {
        uint64_t slice = 0;
        if (!get36(&s, &id) || id > 0xffffffffu) {
            *cause = "malformed schedule string: goroutine ids are base-36 numbers (0: time passes)";
            return false;
        }
        if (*s == '~' && (s++, !get36(&s, &slice) || slice < 2 || slice > SCHED_SLICE)) {
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
            push_id(&c->want, &c->nwant, &c->capwant, (int64_t)(slice << 32 | id));
        if (*s == '.') s++;
        else if (*s) {
            *cause = "malformed schedule string: unexpected character";
            return false;
        }
    }
    c->mode = SCHED_REPLAY;
    c->vm_seed = seed;
    c->rng = seed;
    return true;
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
    c->pos = 0;
    c->dpos = 0;
    c->slice = 0;
    /* how eager time is in this run: never, rarely, often, mostly */
    static const uint32_t rates[4] = {0, 4, 32, 160};
    c->time_rate = c->timing && c->mode != SCHED_REPLAY ? rates[next_rand(c) % 4] : 0;
    /* contention delays a goroutine; it does not starve it for hours: a run
     * lets time pass over runnable goroutines 1..16 times, then the clock is fair */
    c->time_left = c->time_rate ? 1 + (int64_t)(next_rand(c) % 16) : 0;
    if (c->prio) memset(c->prio, 0, (size_t)c->nprio * sizeof *c->prio);
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
        c->nprio = n;
    }
    int64_t *p = &c->prio[id];
    if (*p == 0) *p = c->pct_depth + (int64_t)(next_rand(c) >> 2);
    return p;
}

static int find(const int64_t *ids, int n, int64_t id)
{
    for (int i = 0; i < n; i++)
        if (ids[i] == id) return i;
    return -1;
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

int schedctl_decide(ScheduleCtl *c, const int64_t *ids, int n, bool time_ok)
{
    int64_t prev = c->preempted;
    c->preempted = 0;
    c->ndecisions++;
    c->slice = 0;
    time_ok = time_ok && c->timing && (c->mode == SCHED_REPLAY || c->mode == SCHED_DFS || c->time_left > 0);
    if (n == 1 && !time_ok) {
        c->last = ids[0];
        return 0;
    }
    /* the candidates in id order (choices do not depend on queue order),
     * then 0 when time may pass */
    int64_t small[33];
    int64_t *cand = n < 32 ? small : xmalloc((size_t)(n + 1) * sizeof *cand);
    memcpy(cand, ids, (size_t)n * sizeof *cand);
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && cand[j - 1] > cand[j]; j--) {
            int64_t t = cand[j];
            cand[j] = cand[j - 1];
            cand[j - 1] = t;
        }
    int nc = n;
    if (time_ok) cand[nc++] = 0;
    int prev_i = prev ? find(cand, n, prev) : -1;
    int64_t id = -1, slice = 0;
    switch (c->mode) {
    case SCHED_REPLAY:
        if (c->pos < c->nwant) {
            int64_t w = c->want[c->pos++];
            id = w & 0xffffffff;
            slice = w >> 32;
            if (find(cand, nc, id) < 0) {
                c->diverged = true;
                id = -1;
                slice = 0;
            }
        }
        break;
    case SCHED_PCT: {
        if (time_ok && next_rand(c) % 256 < c->time_rate) {
            id = 0;
            break;
        }
        for (int i = 0; i + 1 < c->pct_depth && i < 16; i++)
            if (c->change[i] == c->ndecisions && c->last) *prio_of(c, c->last) = i + 1;
        int64_t best = -1;
        for (int i = 0; i < n; i++) {
            int64_t p = *prio_of(c, cand[i]);
            if (p > best) {
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
    case SCHED_RANDOM: break;
    }
    if (id < 0) {
        if (time_ok && next_rand(c) % 256 < c->time_rate) {
            id = 0;
        } else {
            id = cand[next_rand(c) % (uint64_t)n];
            slice = c->mode == SCHED_REPLAY ? 0 : short_slice(c);
        }
    }
    if ((prev_i >= 0 && id != prev) || id == 0) c->npreempt++;
    if (id == 0 && c->time_left > 0) c->time_left--;
    if (id) c->last = id;
    c->slice = id ? slice : 0;
    push_id(&c->rec, &c->nrec, &c->caprec, c->slice << 32 | id);
    int r = id ? find(ids, n, id) : -1;
    if (cand != small) free(cand);
    return r;
}
