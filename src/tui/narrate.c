/* tui/narrate.c: one short clause per event, in English or Chinese. */
#include <stdio.h>
#include <string.h>

#include "rt/gstate.h"
#include "tui/narrate.h"

const char *chan_label(const Snapshot *snap, uint32_t id, char *buf, size_t size)
{
    static const char std[] = "$GOROOT/src/";
    const ChanSnap *c = NULL;
    for (int lo = 0, hi = snap ? snap->nchans : 0; lo < hi && !c;) {   /* snapshots sort channels by id */
        int mid = (lo + hi) / 2;
        if (snap->chans[mid].id == id) c = &snap->chans[mid];
        else if (snap->chans[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    if (!c || !c->name) {
        snprintf(buf, size, "#%u", id);
        return buf;
    }
    if (!c->made_file || strncmp(c->made_file, std, sizeof std - 1) != 0) return c->name;
    const char *pkg = c->made_file + sizeof std - 1, *slash = strrchr(pkg, '/');
    snprintf(buf, size, "%.*s.%s", slash ? (int)(slash - pkg) : 0, pkg, c->name);
    return buf;
}

static void chan_name(const Snapshot *s, const Event *e, Buf *out)
{
    char tmp[64];
    const char *label = chan_label(s, (uint32_t)e->a, tmp, sizeof tmp);
    if (label == tmp && e->name && tmp[0] == '#') label = e->name;   /* no snapshot: the event's own name */
    buf_puts(out, label);
}

/* The words, by language: en, zh. Each is a printf format; %G is a
 * goroutine id, %C a channel's name, %N a number (in that order). */
typedef struct Words {
    const char *main_starts, *starts, *runs, *blocks, *blocks_on, *wakes, *main_returns, *returns,
        *makes, *sends, *receives, *closed_zero, *closes, *sel_default, *sel_case, *lock, *unlock,
        *wg_add, *wg_wait, *timer, *panics, *leak, *prints, *race, *atomic, *sep;
    const char *woken_by[WAKE_COUNT];   /* after "g3 wakes up": how, by whom (%G) */
} Words;

static const Words en = {
    "main starts", "g%G starts g%G", "g%G runs", "g%G blocks in %W", "g%G blocks in %W on %C",
    "g%G wakes up", "main returns: the program ends", "g%G returns", "g%G makes a channel (cap %N)",
    "g%G sends on %C", "g%G receives from %C", " (closed: the zero value)", "g%G closes %C",
    "g%G's select takes default", "g%G's select takes case %N", "g%G locks mutex #%N",
    "g%G unlocks mutex #%N", "g%G adds %N to WaitGroup #%N", "g%G's Wait on WaitGroup #%N returns",
    "a timer fires", "g%G panics", "g%G is left blocked", "g%G prints", "g%G races with g%G",
    "g%G does an atomic operation on #%N", "; ",
    {"", " (g%G sent)", " (g%G received)", " (g%G closed the channel)", " (g%G unlocked)", " (g%G called Done)",
     " (g%G signalled)", " (its timer fired)", " (g%G's send or receive)"},
};

static const Words zh = {
    "main 开始运行", "g%G 启动了 g%G", "g%G 开始运行", "g%G 阻塞（%W）", "g%G 阻塞在 %C 上（%W）",
    "g%G 被唤醒", "main 返回：程序结束", "g%G 返回", "g%G 创建了一个通道（容量 %N）",
    "g%G 向 %C 发送", "g%G 从 %C 接收", "（已关闭：得到零值）", "g%G 关闭了 %C",
    "g%G 的 select 选了 default", "g%G 的 select 选了 case %N", "g%G 锁住了互斥锁 #%N",
    "g%G 解锁了互斥锁 #%N", "g%G 加了 %N 到 WaitGroup #%N", "g%G 在 WaitGroup #%N 上的 Wait 返回",
    "一个定时器触发", "g%G 发生 panic", "g%G 一直阻塞（泄漏）", "g%G 输出了内容", "g%G 与 g%G 发生数据竞争",
    "g%G 对 #%N 做了原子操作", "；",
    {"", "（g%G 发送了）", "（g%G 接收了）", "（g%G 关闭了 channel）", "（g%G 解锁了）", "（g%G 调用了 Done）",
     "（g%G 发了信号）", "（它的定时器到了）", "（g%G 的发送或接收）"},
};

bool narrate_zh(const char *lang)
{
    return lang && strncmp(lang, "zh", 2) == 0;
}

/* say appends fmt with %G (goroutines), %N (numbers), %C (the event's
 * channel), %W (the wait reason) filled from the arguments in order. */
static void say3(Buf *b, const Snapshot *s, const Event *e, const char *fmt, int64_t x, int64_t y, int64_t z)
{
    int64_t args[3] = {x, y, z};
    int k = 0;
    for (const char *p = fmt; *p; p++) {
        if (*p != '%' || !p[1]) { buf_putc(b, *p); continue; }
        switch (*++p) {
        case 'G': case 'N': buf_printf(b, "%lld", (long long)(k < 3 ? args[k++] : 0)); break;
        case 'C': chan_name(s, e, b); break;
        case 'W': buf_puts(b, wait_reason_text[e->reason < WAIT_COUNT ? e->reason : 0]); break;
        default: buf_putc(b, *p); break;
        }
    }
}

static void say(Buf *b, const Snapshot *s, const Event *e, const char *fmt, int64_t x, int64_t y)
{
    say3(b, s, e, fmt, x, y, 0);
}

/* clause appends one event; false when it is not worth saying */
static bool clause(const Event *e, const Snapshot *s, bool quiet, const Words *w, Buf *b)
{
    int64_t g = e->g;
    switch (e->kind) {
    case EV_GO_CREATE:
        if (e->g == 0) say(b, s, e, w->main_starts, 0, 0);
        else say(b, s, e, w->starts, g, e->a);
        return true;
    case EV_GO_START:
        if (quiet) return false;
        say(b, s, e, w->runs, g, 0);
        return true;
    case EV_GO_BLOCK: say(b, s, e, e->a ? w->blocks_on : w->blocks, g, 0); return true;
    case EV_GO_UNBLOCK:
        say(b, s, e, w->wakes, g, 0);
        if (e->b > 0 && e->b < WAKE_COUNT && (e->a || e->b == WAKE_TIMER)) say(b, s, e, w->woken_by[e->b], e->a, 0);
        return true;
    case EV_GO_END: say(b, s, e, e->a ? w->main_returns : w->returns, g, 0); return true;
    case EV_CHAN_MAKE: say(b, s, e, w->makes, g, e->b); return true;
    case EV_CHAN_SEND: say(b, s, e, w->sends, g, 0); return true;
    case EV_CHAN_RECV:
        say(b, s, e, w->receives, g, 0);
        if (!e->b) buf_puts(b, w->closed_zero);
        return true;
    case EV_CHAN_CLOSE: say(b, s, e, w->closes, g, 0); return true;
    case EV_SELECT: say(b, s, e, e->a < 0 ? w->sel_default : w->sel_case, g, e->a); return true;
    case EV_LOCK: say(b, s, e, w->lock, g, e->a); return true;
    case EV_UNLOCK: say(b, s, e, w->unlock, g, e->a); return true;
    case EV_WG_ADD: say3(b, s, e, w->wg_add, g, e->b, e->a); return true;
    case EV_WG_WAIT: say(b, s, e, w->wg_wait, g, e->a); return true;
    case EV_TIMER: say(b, s, e, w->timer, 0, 0); return true;
    case EV_PANIC: say(b, s, e, w->panics, g, 0); return true;
    case EV_LEAK: say(b, s, e, w->leak, g, 0); return true;
    case EV_OUTPUT:
        if (e->g == 0) return false;   /* the runtime's own report (a leak) */
        say(b, s, e, w->prints, g, 0);
        return true;
    case EV_RACE: say(b, s, e, w->race, g, e->b); return true;
    case EV_ATOMIC: say(b, s, e, w->atomic, g, e->a); return true;
    default: return false;
    }
}

void narrate_lang(const Event *ev, int64_t n, const Snapshot *snap, const char *lang, Buf *out)
{
    const Words *w = narrate_zh(lang) ? &zh : &en;
    bool quiet = false;   /* leave out switches when something else happened */
    for (int64_t i = 0; i < n && !quiet; i++) quiet = ev[i].kind != EV_GO_START;
    bool first = true;
    for (int64_t i = 0; i < n; i++) {
        size_t at = out->len;
        if (!first) buf_puts(out, w->sep);
        if (clause(&ev[i], snap, quiet, w, out)) first = false;
        else if (out->data) {
            out->len = at;
            out->data[at] = 0;
        }
    }
}

void narrate(const Event *ev, int64_t n, const Snapshot *snap, Buf *out)
{
    narrate_lang(ev, n, snap, NULL, out);
}
