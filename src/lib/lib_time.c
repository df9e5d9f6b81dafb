/* lib/lib_time.c: the natives of package time (src/lib/go/time.go).
 *
 * Duration.String and ParseDuration are ports of Go 1.19's; formatting a
 * Time follows Go's layout rules (the std chunks of time/format.go's
 * nextStdChunk), always in UTC. Civil dates come from Unix nanoseconds with
 * Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
 *
 * The clock is virtual: Now is the Go playground's epoch (2009-11-10
 * 23:00:00 UTC) plus one nanosecond per instruction executed. The scheduler
 * (next issue) replaces it with its own clock, and Sleep with a park.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "lib/stdlib.h"

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
    r[0] = val_int(VIRTUAL_EPOCH_SEC * 1000000000LL + (int64_t)vm->steps);
    return NAT_OK;
}

/* Sleep returns at once for now: goroutines and the virtual clock's timers
 * arrive with the scheduler (next issue), which parks the caller instead. */
static NatStatus n_sleep(VM *vm, Value *a, Value *r)
{
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
    {NULL, NULL},
};
