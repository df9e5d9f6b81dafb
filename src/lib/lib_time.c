/* lib/lib_time.c: the natives of package time (src/lib/go/time.go).
 *
 * Duration.String and ParseDuration are ports of Go 1.19's; formatting a
 * Time follows Go's layout rules (the std chunks of time/format.go's
 * nextStdChunk), always in UTC. Civil dates come from Unix nanoseconds with
 * Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
 *
 * The clock is virtual (rt/sched.c): Now is the Go playground's epoch
 * (2009-11-10 23:00:00 UTC) plus the scheduler's clock, and Sleep parks the
 * goroutine until a timer wakes it.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rt/hb.h"
#include "rt/race.h"
#include "base/buf.h"
#include "lib/stdlib.h"
#include "base/xalloc.h"
#include "lang/types.h"
#include "rt/chan.h"
#include "rt/sched.h"
#include "vm/object.h"

/* The playground's epoch: 2009-11-10 23:00:00 UTC, in Unix seconds. */
#define VIRTUAL_EPOCH_SEC 1257894000LL

static Value buf_value(VM *vm, Buf *b)
{
    Value v = b->len ? vm_string(vm, b->data, (int64_t)b->len) : val_zero();
    buf_fini(b);
    return v;
}

/* ---- Duration.String ---------------------------------------------------- */

/* fmt_frac writes v's fraction (prec digits, trailing zeros and then the
 * dot omitted) right to left ending at buf[w]; returns the new w, v / 10^prec. */
static int fmt_frac(char *buf, int w, uint64_t *v, int prec)
{
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(*v % 10);
        print = print || digit != 0;
        if (print) buf[--w] = (char)('0' + digit);
        *v /= 10;
    }
    if (print) buf[--w] = '.';
    return w;
}

static int fmt_uint_rev(char *buf, int w, uint64_t v)
{
    if (v == 0) buf[--w] = '0';
    while (v > 0) {
        buf[--w] = (char)('0' + v % 10);
        v /= 10;
    }
    return w;
}

/* duration_string writes Go's Duration.String of d into out (>= 33 bytes). */
static size_t duration_string(int64_t d, char *out)
{
    char buf[32];
    int w = (int)sizeof buf;
    uint64_t u = (uint64_t)d;
    bool neg = d < 0;
    if (neg) u = -u;
    if (u < 1000000000ull) {
        int prec;
        buf[--w] = 's';
        w--;
        if (u == 0) {
            memcpy(out, "0s", 2);
            return 2;
        } else if (u < 1000ull) {
            prec = 0;
            buf[w] = 'n';
        } else if (u < 1000000ull) {
            prec = 3;
            w--;
            memcpy(buf + w, "\xC2\xB5", 2);   /* µ, U+00B5 */
        } else {
            prec = 6;
            buf[w] = 'm';
        }
        w = fmt_frac(buf, w, &u, prec);
        w = fmt_uint_rev(buf, w, u);
    } else {
        buf[--w] = 's';
        w = fmt_frac(buf, w, &u, 9);
        w = fmt_uint_rev(buf, w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            w = fmt_uint_rev(buf, w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                w = fmt_uint_rev(buf, w, u);
            }
        }
    }
    if (neg) buf[--w] = '-';
    size_t n = sizeof buf - (size_t)w;
    memcpy(out, buf + w, n);
    return n;
}

static NatStatus n_duration_string(VM *vm, Value *a, Value *r)
{
    char s[40];
    size_t n = duration_string(a[0].i, s);
    r[0] = vm_string(vm, s, (int64_t)n);
    return NAT_OK;
}

/* ---- ParseDuration -------------------------------------------------------- */

/* go_time_quote appends time's own quote(): non-ASCII and control bytes as \xNN. */
static void go_time_quote(Buf *b, const char *s, size_t n)
{
    buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < ' ' || c >= 0x80) {
            buf_printf(b, "\\x%02x", c);
        } else {
            if (c == '"' || c == '\\') buf_putc(b, '\\');
            buf_putc(b, (char)c);
        }
    }
    buf_putc(b, '"');
}

/* parse_duration is Go's ParseDuration: returns true and sets *out, or
 * false with Go's error text appended to err. */
static bool parse_duration(const char *orig, size_t n, int64_t *out, Buf *err)
{
    const char *s = orig, *end = orig + n;
    uint64_t d = 0;
    bool neg = false;
    const uint64_t lim = 1ull << 63;
    if (s < end && (*s == '-' || *s == '+')) {
        neg = *s == '-';
        s++;
    }
    if (end - s == 1 && *s == '0') { *out = 0; return true; }
    if (s == end) goto invalid;
    while (s < end) {
        uint64_t v = 0, f = 0;
        double scale = 1;
        if (!(*s == '.' || (*s >= '0' && *s <= '9'))) goto invalid;
        const char *p0 = s;
        while (s < end && *s >= '0' && *s <= '9') {   /* leadingInt */
            if (v > lim / 10) goto invalid;
            v = v * 10 + (uint64_t)(*s - '0');
            if (v > lim) goto invalid;
            s++;
        }
        bool pre = s != p0, post = false;
        if (s < end && *s == '.') {
            s++;
            const char *p1 = s;
            bool overflow = false;
            while (s < end && *s >= '0' && *s <= '9') {   /* leadingFraction */
                if (!overflow) {
                    if (f > (lim - 1) / 10) {
                        overflow = true;
                    } else {
                        uint64_t y = f * 10 + (uint64_t)(*s - '0');
                        if (y > lim) overflow = true;
                        else { f = y; scale *= 10; }
                    }
                }
                s++;
            }
            post = s != p1;
        }
        if (!pre && !post) goto invalid;
        const char *u = s;
        while (s < end && !(*s == '.' || (*s >= '0' && *s <= '9'))) s++;
        if (s == u) {
            buf_puts(err, "time: missing unit in duration ");
            go_time_quote(err, orig, n);
            return false;
        }
        size_t ul = (size_t)(s - u);
        uint64_t unit = 0;
        static const struct { const char *name; uint64_t ns; } units[] = {
            {"ns", 1}, {"us", 1000}, {"\xC2\xB5s", 1000}, {"\xCE\xBCs", 1000},
            {"ms", 1000000}, {"s", 1000000000}, {"m", 60000000000ull}, {"h", 3600000000000ull},
        };
        for (size_t k = 0; k < sizeof units / sizeof *units; k++)
            if (strlen(units[k].name) == ul && memcmp(units[k].name, u, ul) == 0) unit = units[k].ns;
        if (unit == 0) {
            buf_puts(err, "time: unknown unit ");
            go_time_quote(err, u, ul);
            buf_puts(err, " in duration ");
            go_time_quote(err, orig, n);
            return false;
        }
        if (v > lim / unit) goto invalid;
        v *= unit;
        if (f > 0) {
            v += (uint64_t)((double)f * ((double)unit / scale));
            if (v > lim) goto invalid;
        }
        d += v;
        if (d > lim) goto invalid;
    }
    if (neg) { *out = (int64_t)(0 - d); return true; }
    if (d > lim - 1) goto invalid;
    *out = (int64_t)d;
    return true;
invalid:
    buf_puts(err, "time: invalid duration ");
    go_time_quote(err, orig, n);
    return false;
}

static NatStatus n_parse_duration(VM *vm, Value *a, Value *r)
{
    int64_t d = 0;
    Buf err = BUF_INIT;
    if (!parse_duration(str_data(a[0]), (size_t)str_len(a[0]), &d, &err)) d = 0;
    r[0] = val_int(d);
    r[1] = buf_value(vm, &err);
    return NAT_OK;
}

/* ---- the clock ------------------------------------------------------------- */

static NatStatus n_now(VM *vm, Value *a, Value *r)
{
    (void)a;
    r[0] = val_int(SCHED_EPOCH_NS + sched_now(vm));
    return NAT_OK;
}

/* Sleep parks the goroutine on the virtual clock (rt/sched.c): sleeping an
 * hour costs no wall time. Go returns at once for d <= 0. */
static NatStatus n_sleep(VM *vm, Value *a, Value *r)
{
    (void)r;
    G *g = vm->cur;
    if (!g || a[0].i <= 0) return NAT_OK;
    if (g->rt.wake.done) {
        g->rt.wake = (Wake){0};
        return NAT_OK;
    }
    sched_sleep(vm, g, a[0].i);
    return NAT_BLOCK;
}

/* ---- timers ---------------------------------------------------------------- */

/* time.Timer and time.Ticker (time.go) are Go structs {C, r, c, f}: r is the
 * handle of their runtime timer (rt/sched.h) while it is armed, 0 otherwise;
 * c the channel C sends on (nil for AfterFunc), f AfterFunc's function. The
 * runtime timer's arg is the pointer to that struct (a GC root while armed,
 * keeping the channel and the function alive). Handles index a per-VM table
 * with a generation, so a copied struct can never reach a freed timer; a
 * one-shot timer is freed when it fires or is stopped, so the table holds
 * only armed timers and time_timers_free frees what is left at the end.
 *
 * Sending on C never blocks: the channel has a buffer of one, and a tick that
 * finds it full is dropped (Go before 1.23). Go 1.23 made timer channels
 * synchronous so that no stale value is received after Stop or Reset; gorolab
 * keeps the buffer and, under Go >= 1.23 (the default), Stop and Reset empty
 * it instead, which gives the same guarantee, and len and cap of the channel
 * say 0 (OBJF_TIMERCHAN), as Go 1.23's do. */

enum { TM_C = 0, TM_R = 1, TM_CHAN = 2, TM_F = 3 };

typedef struct TimerSlot {
    Timer   *t;     /* NULL: free */
    uint32_t gen;
} TimerSlot;

typedef struct TimerTable {
    TimerSlot *slots;
    int32_t    n, cap;
    int32_t   *free;   /* free slot indices */
    int32_t    nfree, capfree;
} TimerTable;

static TimerTable *timers(VM *vm)
{
    if (!vm->timers) vm->timers = xcalloc(1, sizeof(TimerTable));
    return vm->timers;
}

static int64_t handle_of(int32_t i, uint32_t gen) { return ((int64_t)gen << 32) | (int64_t)(i + 1); }

/* lookup returns the armed timer of handle h, or NULL. */
static Timer *lookup(VM *vm, int64_t h)
{
    TimerTable *tt = vm->timers;
    int32_t i = (int32_t)(h & 0xffffffff) - 1;
    if (!tt || h <= 0 || i < 0 || i >= tt->n) return NULL;
    TimerSlot *s = &tt->slots[i];
    return s->t && s->gen == (uint32_t)(h >> 32) ? s->t : NULL;
}

static void release(VM *vm, Timer *t)
{
    TimerTable *tt = vm->timers;
    int32_t i = (int32_t)(intptr_t)t->ctx;
    tt->slots[i].t = NULL;
    tt->slots[i].gen++;
    if (tt->nfree == tt->capfree) {
        tt->capfree = tt->capfree ? tt->capfree * 2 : 16;
        tt->free = xrealloc(tt->free, (size_t)tt->capfree * sizeof *tt->free);
    }
    tt->free[tt->nfree++] = i;
    timer_free(vm, t);
}

void time_timers_free(VM *vm)
{
    TimerTable *tt = vm->timers;
    if (!tt) return;
    for (int32_t i = 0; i < tt->n; i++)
        if (tt->slots[i].t) timer_free(vm, tt->slots[i].t);
    free(tt->slots);
    free(tt->free);
    free(tt);
    vm->timers = NULL;
}

static bool drain_on_stop(VM *vm) { return vm->opt.go_minor == 0 || vm->opt.go_minor >= 23; }

/* drain empties timer channel c's buffer (Go >= 1.23's Stop and Reset);
 * true when it dropped a value (timerchandrain). */
static bool drain(ObjChan *c)
{
    bool any = c && c->count > 0;
    while (c && c->count > 0) {
        c->buf[c->recvx] = val_zero();
        c->recvx = (c->recvx + 1) % c->cap;
        c->count--;
    }
    return any;
}

/* set_created_by_timer makes g's creator time.goFunc, at time.AfterFunc's
 * declaration (gorolab has no goFunc: the timer spawns f directly). */
static void set_created_by_timer(VM *vm, G *g)
{
    g->rt.created_by = 0;
    g->rt.created_fn = "time.goFunc";
    g->rt.created_pc = 0;
    const Proto *p = vm->prog->after_func;   /* found once per program: a search was 600 strcmps a firing */
    if (p) {
        g->rt.created_file = (int32_t)p->pos.file;
        g->rt.created_line = (int32_t)p->pos.line;
    }
}

/* fire: the runtime timer's callback, run by the scheduler. */
static void fire(VM *vm, Timer *t)
{
    Value p = t->arg;
    ObjCells *st = (ObjCells *)p.o;
    int64_t when = t->period > 0 ? t->when - t->period : t->when;
    vm_push_tmp(vm, p);
    if (t->period <= 0) {
        st->v[TM_R] = val_int(0);
        release(vm, t);
    }
    ObjChan *c = (ObjChan *)st->v[TM_CHAN].o;
    if (c) {
        /* never block: drop the tick when nobody waits and the buffer is full */
        if (!c->closed && (c->recvq.first || c->count < c->cap)) {
            Type *ct = c->type && c->type->under ? c->type->under : c->type;
            Type *et = ct ? ct->elem : NULL;
            if (et && type_agg(et)) {
                Value tv = val_zero_of(vm, et);
                ((ObjCells *)tv.o)->v[0] = val_int(SCHED_EPOCH_NS + when);
                if (((ObjCells *)tv.o)->n > 1) ((ObjCells *)tv.o)->v[1] = val_int(when + 1);   /* Now()'s monotonic reading */
                vm_push_tmp(vm, tv);
                chan_send(vm, NULL, c, tv);
                vm_pop_tmp(vm, 1);
            }
        }
    } else if (st->v[TM_F].o) {
        /* AfterFunc: f runs in its own goroutine, created by the runtime:
         * Go's dump says "created by time.goFunc" (no "in goroutine N") */
        G *cur = vm->cur;
        vm->cur = NULL;
        G *g = sched_spawn(vm, st->v[TM_F], NULL, 0);
        vm->cur = cur;
        if (g) set_created_by_timer(vm, g);
        if (g && vm->race) race_go(vm, NULL, g);
        if (g) hb_acquire(vm, g, st, RACE_SLOT_SYNC, false);
    }
    vm_pop_tmp(vm, 1);
}

/* arm starts the timer of struct pointer p: due in d ns, then every period. */
static void arm(VM *vm, Value p, int64_t d, int64_t period)
{
    ObjCells *st = (ObjCells *)p.o;
    hb_release(vm, vm->cur, st, RACE_SLOT_SYNC, false);   /* arming happens before f */
    Timer *t = lookup(vm, st->v[TM_R].i);
    if (!t) {
        TimerTable *tt = timers(vm);
        int32_t i;
        if (tt->nfree > 0) {
            i = tt->free[--tt->nfree];
        } else {
            if (tt->n == tt->cap) {
                tt->cap = tt->cap ? tt->cap * 2 : 16;
                tt->slots = xrealloc(tt->slots, (size_t)tt->cap * sizeof *tt->slots);
            }
            i = tt->n++;
            tt->slots[i].gen = 1;
        }
        t = timer_new(vm, fire, p);
        t->ctx = (void *)(intptr_t)i;
        tt->slots[i].t = t;
        st->v[TM_R] = val_int(handle_of(i, tt->slots[i].gen));
    }
    t->arg = p;
    ObjChan *c = (ObjChan *)st->v[TM_CHAN].o;
    if (c && drain_on_stop(vm)) c->hdr.flags |= OBJF_TIMERCHAN;   /* len and cap say 0, as Go 1.23's */
    int64_t now = sched_now(vm);
    int64_t when = d <= 0 ? now : (d > INT64_MAX - now ? INT64_MAX : now + d);
    timer_arm(vm, t, when, period);
}

/* stop disarms and frees the timer of struct st; true if it was armed (or,
 * Go >= 1.23, its value was still waiting in C). */
static bool stop(VM *vm, ObjCells *st)
{
    Timer *t = lookup(vm, st->v[TM_R].i);
    st->v[TM_R] = val_int(0);
    /* Go >= 1.23: a value sent but not received is dropped, and that counts
     * as stopping the timer (runtime/time.go: timerchandrain sets pending) */
    bool drained = drain_on_stop(vm) && drain((ObjChan *)st->v[TM_CHAN].o);
    if (!t) return drained;
    bool armed = timer_stop(vm, t);
    release(vm, t);
    return armed || drained;
}

static ObjCells *timer_cells(VM *vm, Value p)
{
    if (p.o) return (ObjCells *)p.o;
    vm_panic_runtime(vm, "invalid memory address or nil pointer dereference");
    if (vm->cur && vm->cur->panic) vm->cur->panic->sigsegv = true;
    return NULL;
}

/* startTimer(t, d, period) */
static NatStatus n_start_timer(VM *vm, Value *a, Value *r)
{
    (void)r;
    if (!timer_cells(vm, a[0])) return NAT_PANIC;
    arm(vm, a[0], a[1].i, a[2].i);
    return NAT_OK;
}

/* stopTimer(t) bool */
static NatStatus n_stop_timer(VM *vm, Value *a, Value *r)
{
    ObjCells *st = timer_cells(vm, a[0]);
    if (!st) return NAT_PANIC;
    r[0] = val_bool(stop(vm, st));
    return NAT_OK;
}

/* resetTimer(t, d, period) bool */
static NatStatus n_reset_timer(VM *vm, Value *a, Value *r)
{
    ObjCells *st = timer_cells(vm, a[0]);
    if (!st) return NAT_PANIC;
    Value p = a[0];
    int64_t d = a[1].i, period = a[2].i;
    bool was = stop(vm, st);
    arm(vm, p, d, period);
    r[0] = val_bool(was);
    return NAT_OK;
}

/* ---- civil time ------------------------------------------------------------- */

typedef struct Civil {
    int64_t year;
    int     month, day, hour, min, sec, nsec, wday, yday;
} Civil;

static int64_t floor_div(int64_t a, int64_t b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static Civil civil_of(int64_t ns)
{
    Civil c;
    int64_t sec = floor_div(ns, 1000000000);
    c.nsec = (int)(ns - sec * 1000000000);
    int64_t days = floor_div(sec, 86400);
    int64_t sod = sec - days * 86400;
    c.hour = (int)(sod / 3600);
    c.min = (int)(sod / 60 % 60);
    c.sec = (int)(sod % 60);
    c.wday = (int)(((days % 7) + 11) % 7);   /* 1970-01-01 was a Thursday (4) */
    int64_t z = days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    c.day = (int)(doy - (153 * mp + 2) / 5 + 1);
    c.month = (int)(mp < 10 ? mp + 3 : mp - 9);
    c.year = yoe + era * 400 + (c.month <= 2);
    c.yday = (int)(days - days_from_civil(c.year, 1, 1) + 1);
    return c;
}

static NatStatus n_civil(VM *vm, Value *a, Value *r)
{
    Civil c = civil_of(a[0].i);
    r[0] = val_int(c.year);
    r[1] = val_int(c.month);
    r[2] = val_int(c.day);
    r[3] = val_int(c.hour);
    r[4] = val_int(c.min);
    r[5] = val_int(c.sec);
    r[6] = val_int(c.nsec);
    r[7] = val_int(c.wday);
    r[8] = val_int(c.yday);
    return NAT_OK;
}

/* ---- Format ------------------------------------------------------------------ */

static const char *const month_names[] = {
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
};
static const char *const day_names[] = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
};

/* put_int appends v zero-padded to width digits (a '-' first if negative). */
static void put_int(Buf *b, int64_t v, int width)
{
    if (v < 0) { buf_putc(b, '-'); v = -v; }
    buf_printf(b, "%0*lld", width, (long long)v);
}

static bool starts(const char *p, const char *end, const char *lit)
{
    size_t n = strlen(lit);
    return (size_t)(end - p) >= n && memcmp(p, lit, n) == 0;
}

/* format_time appends t formatted with Go's layout rules, in UTC. */
static void format_time(Buf *b, int64_t ns, const char *layout, size_t n)
{
    Civil c = civil_of(ns);
    const char *p = layout, *end = layout + n;
    while (p < end) {
        if (starts(p, end, "January")) {
            buf_puts(b, month_names[c.month - 1]);
            p += 7;
            continue;
        }
        if (starts(p, end, "Jan")) { buf_add(b, month_names[c.month - 1], 3); p += 3; continue; }
        if (starts(p, end, "Monday")) { buf_puts(b, day_names[c.wday]); p += 6; continue; }
        if (starts(p, end, "Mon")) { buf_add(b, day_names[c.wday], 3); p += 3; continue; }
        if (starts(p, end, "MST")) { buf_puts(b, "UTC"); p += 3; continue; }
        if (starts(p, end, "002")) { put_int(b, c.yday, 3); p += 3; continue; }
        if (p[0] == '0' && p + 1 < end && p[1] >= '1' && p[1] <= '6') {
            switch (p[1]) {
            case '1': put_int(b, c.month, 2); break;
            case '2': put_int(b, c.day, 2); break;
            case '3': put_int(b, c.hour % 12 == 0 ? 12 : c.hour % 12, 2); break;
            case '4': put_int(b, c.min, 2); break;
            case '5': put_int(b, c.sec, 2); break;
            case '6': put_int(b, ((c.year % 100) + 100) % 100, 2); break;
            }
            p += 2;
            continue;
        }
        if (starts(p, end, "15")) { put_int(b, c.hour, 2); p += 2; continue; }
        if (p[0] == '1') { put_int(b, c.month, 0); p++; continue; }
        if (starts(p, end, "2006")) { put_int(b, c.year, 4); p += 4; continue; }
        if (p[0] == '2') { put_int(b, c.day, 0); p++; continue; }
        if (starts(p, end, "__2")) { buf_printf(b, "%3d", c.yday); p += 3; continue; }
        if (starts(p, end, "_2") && !starts(p, end, "_2006")) {
            buf_printf(b, "%2d", c.day);
            p += 2;
            continue;
        }
        if (p[0] == '3') { put_int(b, c.hour % 12 == 0 ? 12 : c.hour % 12, 0); p++; continue; }
        if (p[0] == '4') { put_int(b, c.min, 0); p++; continue; }
        if (p[0] == '5') { put_int(b, c.sec, 0); p++; continue; }
        if (starts(p, end, "PM")) { buf_puts(b, c.hour >= 12 ? "PM" : "AM"); p += 2; continue; }
        if (starts(p, end, "pm")) { buf_puts(b, c.hour >= 12 ? "pm" : "am"); p += 2; continue; }
        if (starts(p, end, "-07:00:00")) { buf_puts(b, "+00:00:00"); p += 9; continue; }
        if (starts(p, end, "-070000")) { buf_puts(b, "+000000"); p += 7; continue; }
        if (starts(p, end, "-07:00")) { buf_puts(b, "+00:00"); p += 6; continue; }
        if (starts(p, end, "-0700")) { buf_puts(b, "+0000"); p += 5; continue; }
        if (starts(p, end, "-07")) { buf_puts(b, "+00"); p += 3; continue; }
        if (starts(p, end, "Z07:00:00")) { buf_putc(b, 'Z'); p += 9; continue; }
        if (starts(p, end, "Z070000")) { buf_putc(b, 'Z'); p += 7; continue; }
        if (starts(p, end, "Z07:00")) { buf_putc(b, 'Z'); p += 6; continue; }
        if (starts(p, end, "Z0700")) { buf_putc(b, 'Z'); p += 5; continue; }
        if (starts(p, end, "Z07")) { buf_putc(b, 'Z'); p += 3; continue; }
        if ((p[0] == '.' || p[0] == ',') && p + 1 < end && (p[1] == '0' || p[1] == '9')) {
            char ch = p[1];
            const char *q = p + 1;
            while (q < end && *q == ch) q++;
            if (!(q < end && *q >= '0' && *q <= '9')) {
                int digits = (int)(q - p - 1);
                if (digits > 9) digits = 9;
                char frac[10];
                snprintf(frac, sizeof frac, "%09d", c.nsec);
                if (ch == '0') {
                    buf_putc(b, p[0]);
                    buf_add(b, frac, (size_t)digits);
                } else {
                    int k = digits;
                    while (k > 0 && frac[k - 1] == '0') k--;
                    if (k > 0) {
                        buf_putc(b, p[0]);
                        buf_add(b, frac, (size_t)k);
                    }
                }
                p = q;
                continue;
            }
        }
        buf_putc(b, *p++);
    }
}

static NatStatus n_format_time(VM *vm, Value *a, Value *r)
{
    Buf b = BUF_INIT;
    format_time(&b, a[0].i, str_data(a[1]), (size_t)str_len(a[1]));
    r[0] = buf_value(vm, &b);
    return NAT_OK;
}

const NativeDef lib_time_natives[] = {
    {"time.Duration.String", n_duration_string},
    {"time.parseDuration", n_parse_duration},
    {"time.now", n_now},
    {"time.Sleep", n_sleep},
    {"time.civil", n_civil},
    {"time.formatTime", n_format_time},
    {"time.startTimer", n_start_timer},
    {"time.stopTimer", n_stop_timer},
    {"time.resetTimer", n_reset_timer},
    {"time.startTicker", n_start_timer},
    {"time.stopTicker", n_stop_timer},
    {"time.resetTicker", n_reset_timer},
    {NULL, NULL},
};
