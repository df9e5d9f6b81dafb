/* lang/const.c: helpers for compile-time constants. */
#include "lang/const.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

double cv_as_float(ConstVal c)
{
    if (c.kind == CV_FLOAT) return c.f;
    if (c.kind == CV_INT) return (double)c.i;
    return 0;
}

bool cv_float_is_int(double f, i128 *out)
{
    if (!isfinite(f) || f != floor(f)) return false;
    if (fabs(f) >= 1.7e38) return false;
    *out = (i128)f;
    return true;
}

bool cv_fits(i128 v, int bits, bool is_unsigned)
{
    if (is_unsigned) {
        if (v < 0) return false;
        if (bits == 64) return v <= (i128)UINT64_MAX;
        return v < ((i128)1 << bits);
    }
    i128 lim = (i128)1 << (bits - 1);
    return v >= -lim && v < lim;
}

static void i128_str(char *out, i128 v)
{
    char tmp[64];
    int n = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
    do {
        tmp[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    int j = 0;
    if (neg) out[j++] = '-';
    while (n) out[j++] = tmp[--n];
    out[j] = '\0';
}

const char *cv_str(ConstVal c)
{
    static char ring[4][128];
    static int next;
    char *b = ring[next++ & 3];
    switch (c.kind) {
    case CV_BOOL: snprintf(b, 128, "%s", c.b ? "true" : "false"); break;
    case CV_INT: i128_str(b, c.i); break;
    case CV_FLOAT: {
        i128 iv;
        if (cv_float_is_int(c.f, &iv) && fabs(c.f) < 1e21) i128_str(b, iv);
        else snprintf(b, 128, "%g", c.f);
        break;
    }
    case CV_STRING: snprintf(b, 128, "\"%.*s\"", (int)(c.len > 100 ? 100 : c.len), c.s); break;
    default: snprintf(b, 128, "?"); break;
    }
    return b;
}
