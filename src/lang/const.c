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

/* --- exact rationals --- */

static const i128 I128_MIN = (i128)((unsigned __int128)1 << 127);

static i128 iabs(i128 v) { return v < 0 ? -v : v; }

static i128 gcd(i128 a, i128 b)
{
    a = iabs(a);
    b = iabs(b);
    while (b) {
        i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* to_double rounds num/den to the nearest double: exactly when both fit the
 * 53-bit mantissa (one IEEE division), through long double otherwise. */
static int bitlen(unsigned __int128 v)
{
    int n = 0;
    while (v) { v >>= 1; n++; }
    return n;
}

/* to_double rounds num/den (den > 0) to the nearest double, ties to even,
 * in one step (a long double quotient rounded again to double gets
 * 1e23+1 wrong) */
static double to_double(i128 num, i128 den)
{
    const i128 m53 = (i128)1 << 53;
    if (iabs(num) <= m53 && den <= m53) return (double)num / (double)den;
    typedef unsigned __int128 u128;
    bool neg = num < 0;
    u128 n = neg ? (u128)0 - (u128)num : (u128)num, d = (u128)den;
    if (n == 0) return 0.0;
    u128 q = n / d, r = n % d;
    int exp = 0;
    bool sticky;
    int qb = bitlen(q);
    if (qb >= 54) {   /* keep 54 bits: 53 of mantissa and a rounding bit */
        int sh = qb - 54;
        sticky = r != 0 || (sh > 0 && (q & (((u128)1 << sh) - 1)) != 0);
        q >>= sh;
        exp = sh;
    } else {          /* append quotient bits until there are 54 */
        while (bitlen(q) < 54) {
            r <<= 1;
            q <<= 1;
            if (r >= d) { r -= d; q |= 1; }
            exp--;
        }
        sticky = r != 0;
    }
    u128 m = q >> 1;
    if ((q & 1) && (sticky || (m & 1))) m++;
    double f = ldexp((double)(uint64_t)m, exp + 1);
    return neg ? -f : f;
}

ConstVal cv_rat(i128 num, i128 den)
{
    ConstVal c = {0};
    c.kind = CV_FLOAT;
    if (den < 0) {
        if (num == I128_MIN || den == I128_MIN) return cv_float(-(double)num / (double)den);
        num = -num;
        den = -den;
    }
    if (num == I128_MIN) return cv_float((double)num / (double)den);
    i128 g = gcd(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    c.num = num;
    c.den = den;
    c.exact = true;
    c.f = to_double(num, den);
    return c;
}

bool cv_rat_of(ConstVal c, i128 *num, i128 *den)
{
    if (c.kind == CV_INT) {
        *num = c.i;
        *den = 1;
        return true;
    }
    if (c.kind == CV_FLOAT && c.exact) {
        *num = c.num;
        *den = c.den;
        return true;
    }
    return false;
}

bool cv_rat_arith(ConstVal a, int op, ConstVal b, ConstVal *out)
{
    i128 an, ad, bn, bd, n, d, t;
    if (!cv_rat_of(a, &an, &ad) || !cv_rat_of(b, &bn, &bd)) return false;
    switch (op) {
    case '+': case '-': {
        i128 g = gcd(ad, bd), u, v;
        if (op == '-') {
            if (bn == I128_MIN) return false;
            bn = -bn;
        }
        if (__builtin_mul_overflow(an, bd / g, &u) || __builtin_mul_overflow(bn, ad / g, &v) ||
            __builtin_add_overflow(u, v, &n) || __builtin_mul_overflow(ad, bd / g, &d))
            return false;
        break;
    }
    case '*': {
        i128 g1 = gcd(an, bd), g2 = gcd(bn, ad);
        if (g1 == 0) g1 = 1;
        if (g2 == 0) g2 = 1;
        if (__builtin_mul_overflow(an / g1, bn / g2, &n) || __builtin_mul_overflow(ad / g2, bd / g1, &d))
            return false;
        break;
    }
    case '/':
        if (bn == 0) return false;
        t = bn;   /* a / b = a * (bd / bn) */
        bn = bd;
        bd = t;
        if (bd < 0) {
            if (bd == I128_MIN || bn == I128_MIN) return false;
            bd = -bd;
            bn = -bn;
        }
        {
            i128 g1 = gcd(an, bd), g2 = gcd(bn, ad);
            if (g1 == 0) g1 = 1;
            if (g2 == 0) g2 = 1;
            if (__builtin_mul_overflow(an / g1, bn / g2, &n) || __builtin_mul_overflow(ad / g2, bd / g1, &d))
                return false;
        }
        break;
    default: return false;
    }
    if (n == I128_MIN) return false;
    *out = cv_rat(n, d);
    return true;
}

bool cv_rat_cmp(ConstVal a, ConstVal b, int *cmp)
{
    i128 an, ad, bn, bd, l, r;
    if (!cv_rat_of(a, &an, &ad) || !cv_rat_of(b, &bn, &bd)) return false;
    if (__builtin_mul_overflow(an, bd, &l) || __builtin_mul_overflow(bn, ad, &r)) return false;
    *cmp = l < r ? -1 : l > r;
    return true;
}

bool cv_is_int(ConstVal c, i128 *out)
{
    if (c.kind == CV_INT) {
        *out = c.i;
        return true;
    }
    if (c.kind != CV_FLOAT) return false;
    if (c.exact) {
        if (c.den != 1) return false;
        *out = c.num;
        return true;
    }
    return cv_float_is_int(c.f, out);
}

ConstVal cv_neg(ConstVal c)
{
    if (c.kind == CV_INT) c.i = -c.i;
    else if (c.kind == CV_FLOAT) {
        c.f = c.f == 0 ? 0.0 : -c.f;   /* constants are exact: there is no -0 */
        c.num = -c.num;
    }
    return c;
}

/* pow_mul multiplies *v by base^k; false on overflow. */
static bool pow_mul(i128 *v, int base, long k)
{
    for (long i = 0; i < k; i++)
        if (__builtin_mul_overflow(*v, (i128)base, v)) return false;
    return true;
}

bool cv_parse_float(const char *raw, size_t len, ConstVal *out)
{
    if (len > 0 && raw[len - 1] == 'i') return false;
    bool hex = len >= 2 && raw[0] == '0' && (raw[1] | 0x20) == 'x';
    size_t i = hex ? 2 : 0;
    int base = hex ? 16 : 10;
    i128 m = 0;
    long frac = 0;   /* digits after the point */
    bool point = false, any = false;
    for (; i < len; i++) {
        char ch = raw[i];
        if (ch == '_') continue;
        if (ch == '.') { point = true; continue; }
        int d;
        if (ch >= '0' && ch <= '9') d = ch - '0';
        else if (hex && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f') d = (ch | 0x20) - 'a' + 10;
        else break;
        if (m == 0 && d == 0) {   /* leading zeros cost nothing */
            if (point) frac++;
            any = true;
            continue;
        }
        if (__builtin_mul_overflow(m, (i128)base, &m) || __builtin_add_overflow(m, (i128)d, &m)) return false;
        if (point) frac++;
        any = true;
    }
    if (!any) return false;
    long exp = 0;
    if (i < len) {
        char e = (char)(raw[i] | 0x20);
        if (e != (hex ? 'p' : 'e')) return false;
        i++;
        bool neg = false;
        if (i < len && (raw[i] == '+' || raw[i] == '-')) neg = raw[i++] == '-';
        bool digits = false;
        for (; i < len; i++) {
            if (raw[i] == '_') continue;
            if (raw[i] < '0' || raw[i] > '9') return false;
            exp = exp * 10 + (raw[i] - '0');
            if (exp > 100000) return false;
            digits = true;
        }
        if (!digits) return false;
        if (neg) exp = -exp;
    }
    i128 num = m, den = 1;
    if (m == 0) {
        *out = cv_rat(0, 1);
        return true;
    }
    /* value = m * base^-frac * (10 or 2)^exp */
    if (hex) {
        long k = exp - 4 * frac;
        if (k >= 0 ? !pow_mul(&num, 2, k) : !pow_mul(&den, 2, -k)) return false;
    } else {
        long k = exp - frac;
        if (k >= 0 ? !pow_mul(&num, 10, k) : !pow_mul(&den, 10, -k)) return false;
    }
    *out = cv_rat(num, den);
    return true;
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
