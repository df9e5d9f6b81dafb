/* tui/narrate.c: one short clause per event. */
#include <stdio.h>
#include <string.h>

#include "base/i18n.h"
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

/* chan_name is the channel's label in tmp (64 bytes); whole sentences
 * take it as an argument, so that a translation can put it anywhere */
static const char *chan_name(const Snapshot *s, int64_t id, char *tmp)
{
    return chan_label(s, (uint32_t)id, tmp, 64);
}

/* clause appends one event; false when it is not worth saying */
static bool clause(const Event *e, const Snapshot *s, bool quiet, Buf *b)
{
    long long g = (long long)e->g;
    char tmp[64];
    switch (e->kind) {
    case EV_GO_CREATE:
        if (e->g == 0) buf_puts(b, _("main starts"));
        else buf_printf(b, _("g%lld starts g%lld"), g, (long long)e->a);
        return true;
    case EV_GO_START:
        if (quiet) return false;
        buf_printf(b, _("g%lld runs"), g);
        return true;
    case EV_GO_BLOCK:
        if (e->a)
            buf_printf(b, _("g%lld blocks in %s on %s"), g, wait_reason_text[e->reason < WAIT_COUNT ? e->reason : 0],
                       chan_name(s, e->a, tmp));
        else
            buf_printf(b, _("g%lld blocks in %s"), g, wait_reason_text[e->reason < WAIT_COUNT ? e->reason : 0]);
        return true;
    case EV_GO_UNBLOCK: buf_printf(b, _("g%lld wakes up"), g); return true;
    case EV_GO_END:
        if (e->a) buf_printf(b, "%s", _("main returns: the program ends"));
        else buf_printf(b, _("g%lld returns"), g);
        return true;
    case EV_CHAN_MAKE: buf_printf(b, _("g%lld makes a channel (cap %lld)"), g, (long long)e->b); return true;
    case EV_CHAN_SEND:
        buf_printf(b, _("g%lld sends on %s"), g, chan_name(s, e->a, tmp));
        return true;
    case EV_CHAN_RECV:
        buf_printf(b, _("g%lld receives from %s"), g, chan_name(s, e->a, tmp));
        if (!e->b) buf_puts(b, _(" (closed: the zero value)"));
        return true;
    case EV_CHAN_CLOSE:
        buf_printf(b, _("g%lld closes %s"), g, chan_name(s, e->a, tmp));
        return true;
    case EV_SELECT:
        if (e->a < 0) buf_printf(b, _("g%lld's select takes default"), g);
        else buf_printf(b, _("g%lld's select takes case %lld"), g, (long long)e->a);
        return true;
    case EV_LOCK: buf_printf(b, _("g%lld locks mutex #%lld"), g, (long long)e->a); return true;
    case EV_UNLOCK: buf_printf(b, _("g%lld unlocks mutex #%lld"), g, (long long)e->a); return true;
    case EV_WG_ADD: buf_printf(b, _("g%lld adds %lld to WaitGroup #%lld"), g, (long long)e->b, (long long)e->a); return true;
    case EV_WG_WAIT: buf_printf(b, _("g%lld's Wait on WaitGroup #%lld returns"), g, (long long)e->a); return true;
    case EV_TIMER: buf_puts(b, _("a timer fires")); return true;
    case EV_PANIC: buf_printf(b, _("g%lld panics"), g); return true;
    case EV_LEAK: buf_printf(b, _("g%lld is left blocked"), g); return true;
    case EV_OUTPUT: buf_printf(b, _("g%lld prints"), g); return true;
    case EV_RACE: buf_printf(b, _("g%lld races with g%lld"), g, (long long)e->b); return true;
    default: return false;
    }
}

void narrate(const Event *ev, int64_t n, const Snapshot *snap, Buf *out)
{
    bool quiet = false;   /* leave out switches when something else happened */
    for (int64_t i = 0; i < n && !quiet; i++) quiet = ev[i].kind != EV_GO_START;
    bool first = true;
    for (int64_t i = 0; i < n; i++) {
        size_t at = out->len;
        if (!first) buf_puts(out, _("; "));
        if (clause(&ev[i], snap, quiet, out)) first = false;
        else if (out->data) {
            out->len = at;
            out->data[at] = 0;
        }
    }
}
