/* lang/const.c: compile-time constants: the 128-bit fast path, and the
 * unbounded values of lang/bignum.h beyond it (after go/constant: ints, then
 * rationals while their terms are below 2^CB_MAX_EXP, then 512-bit floats). */
#include "lang/const.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"
#include "lang/bignum.h"

/* CB_MAX_EXP: go/constant's maxExp, the bit size beyond which a rational
 * becomes a float (and a float literal's exponent takes a float). */
enum { CB_MAX_EXP = 4 << 10 };

typedef enum { CB_INT, CB_RAT, CB_FLOAT } CBKind;

struct ConstBig {
    CBKind    kind;
    BigInt    i;    /* CB_INT */
    BigRat    r;    /* CB_RAT */
    BigFloat  f;    /* CB_FLOAT */
    ConstBig *next; /* every ConstBig made (see big_new) */
};

static ConstBig *bigs;   /* keeps every ConstBig reachable: constants are
                          * copied freely and few are big, so none is freed */

static ConstBig *big_new(CBKind kind)
{
    ConstBig *b = xcalloc(1, sizeof *b);
    b->kind = kind;
    bi_init(&b->i);
    br_init(&b->r);
    bf_init(&b->f);
    b->next = bigs;
    bigs = b;
    return b;
}

static const i128 I128_MAX = (i128)(((unsigned __int128)1 << 127) - 1);

/* int_of sets x to integer constant c's value */
static void int_of(ConstVal c, BigInt *x)
{
    if (c.big) bi_copy(x, &c.big->i);
    else bi_set_i128(x, c.i);
}

/* from_int makes the integer constant x (copied) */
static ConstVal from_int(const BigInt *x)
{
    i128 v;
    if (bi_get_i128(x, &v)) return cv_int(v);
    ConstBig *b = big_new(CB_INT);
    bi_copy(&b->i, x);
    ConstVal c = cv_int(x->neg ? -I128_MAX : I128_MAX);
    c.big = b;
    return c;
}

static double round64(const ConstBig *b)
{
    bool inf;
    switch (b->kind) {
    case CB_INT: return bn_round(&b->i, 0, false, 53, -1074, 1023, &inf);
    case CB_RAT: return br_round(&b->r, 53, -1074, 1023, &inf);
    default: return bf_round(&b->f, 53, -1074, 1023, &inf);
    }
}

static ConstVal from_float(const BigFloat *f)
{
    if (f->mant.n == 0) return cv_rat(0, 1);
    ConstBig *b = big_new(CB_FLOAT);
    bf_copy(&b->f, f);
    ConstVal c = {0};
    c.kind = CV_FLOAT;
    c.big = b;
    c.f = round64(b);
    return c;
}

/* from_rat makes the float constant r (reduced): on the fast path when its
 * terms fit, as a float when they are too large (go/constant's makeRat) */
static ConstVal from_rat(const BigRat *r)
{
    i128 n, d;
    if (bi_get_i128(&r->num, &n) && bi_get_i128(&r->den, &d)) return cv_rat(n, d);
    if (bi_bitlen(&r->num) >= CB_MAX_EXP || bi_bitlen(&r->den) >= CB_MAX_EXP) {
        BigFloat f;
        bf_init(&f);
        bf_set_rat(&f, r);
        ConstVal c = from_float(&f);
        bf_free(&f);
        return c;
    }
    ConstBig *b = big_new(CB_RAT);
    br_copy(&b->r, r);
    ConstVal c = {0};
    c.kind = CV_FLOAT;
    c.big = b;
    c.f = round64(b);
    return c;
}

static bool is_bigfloat(ConstVal c) { return c.big && c.big->kind == CB_FLOAT; }

/* rat_of sets r to numeric constant c (not a CB_FLOAT; a typed float's double is exact) */
static void rat_of(ConstVal c, BigRat *r)
{
    if (c.kind == CV_INT) {
        int_of(c, &r->num);
        bi_set_i128(&r->den, 1);
    } else if (c.big && c.big->kind == CB_RAT) {
        br_copy(r, &c.big->r);
    } else if (c.exact) {
        bi_set_i128(&r->num, c.num);
        bi_set_i128(&r->den, c.den);
    } else {   /* a double: m * 2^e exactly */
        int e;
        double m = frexp(c.f, &e);
        BigInt n, one;
        bi_init(&n);
        bi_init(&one);
        bi_set_i128(&n, (i128)ldexp(m, 53));
        bi_set_i128(&one, 1);
        e -= 53;
        if (e >= 0) {
            bi_shl(&n, &n, (size_t)e);
            br_set(r, &n, &one);
        } else {
            bi_shl(&one, &one, (size_t)-e);
            br_set(r, &n, &one);
        }
        bi_free(&n);
        bi_free(&one);
    }
}

static void float_of(ConstVal c, BigFloat *f)
{
    if (is_bigfloat(c)) {
        bf_copy(f, &c.big->f);
        return;
    }
    BigRat r;
    br_init(&r);
    rat_of(c, &r);
    bf_set_rat(f, &r);
    br_free(&r);
}

double cv_as_float(ConstVal c)
{
    if (c.kind == CV_FLOAT) return c.f;
    if (c.kind == CV_INT) return c.big ? round64(c.big) : (double)c.i;
    return 0;
}

int cv_sign(ConstVal c)
{
    if (c.kind == CV_INT) return c.big ? bi_sign(&c.big->i) : c.i < 0 ? -1 : c.i > 0;
    if (c.kind != CV_FLOAT) return 0;
    if (c.big) return c.big->kind == CB_RAT ? bi_sign(&c.big->r.num) : bi_sign(&c.big->f.mant);
    if (c.exact) return c.num < 0 ? -1 : c.num > 0;
    return c.f < 0 ? -1 : c.f > 0;
}

size_t cv_int_bitlen(ConstVal x)
{
    if (x.big) return bi_bitlen(&x.big->i);
    unsigned __int128 u = x.i < 0 ? (unsigned __int128)0 - (unsigned __int128)x.i : (unsigned __int128)x.i;
    size_t n = 0;
    while (u) {
        u >>= 1;
        n++;
    }
    return n;
}

int cv_cmp(ConstVal a, ConstVal b)
{
    if (a.kind == CV_INT && b.kind == CV_INT && !a.big && !b.big) return a.i < b.i ? -1 : a.i > b.i;
    int c;
    if (!a.big && !b.big && cv_rat_cmp(a, b, &c)) return c;
    if (is_bigfloat(a) || is_bigfloat(b)) {
        BigFloat x, y;
        bf_init(&x);
        bf_init(&y);
        float_of(a, &x);
        float_of(b, &y);
        c = bf_cmp(&x, &y);
        bf_free(&x);
        bf_free(&y);
        return c;
    }
    BigRat x, y;
    br_init(&x);
    br_init(&y);
    rat_of(a, &x);
    rat_of(b, &y);
    c = br_cmp(&x, &y);
    br_free(&x);
    br_free(&y);
    return c;
}

bool cv_int_arith(ConstVal a, int op, ConstVal b, ConstVal *out)
{
    if ((op == '/' || op == '%') && cv_sign(b) == 0) return false;
    if (!a.big && !b.big) {   /* fast path */
        i128 r;
        bool ovf = false;
        switch (op) {
        case '+': ovf = __builtin_add_overflow(a.i, b.i, &r); break;
        case '-': ovf = __builtin_sub_overflow(a.i, b.i, &r); break;
        case '*': ovf = __builtin_mul_overflow(a.i, b.i, &r); break;
        case '/': ovf = b.i == -1; r = ovf ? 0 : a.i / b.i; break;
        case '%': r = b.i == -1 ? 0 : a.i % b.i; break;
        case '&': r = a.i & b.i; break;
        case '|': r = a.i | b.i; break;
        case '^': r = a.i ^ b.i; break;
        default: r = a.i & ~b.i; break;
        }
        if (!ovf && r != -I128_MAX - 1) {
            *out = cv_int(r);
            return true;
        }
    }
    BigInt x, y;
    bi_init(&x);
    bi_init(&y);
    int_of(a, &x);
    int_of(b, &y);
    switch (op) {
    case '+': bi_add(&x, &x, &y); break;
    case '-': bi_sub(&x, &x, &y); break;
    case '*': bi_mul(&x, &x, &y); break;
    case '/': bi_divmod(&x, NULL, &x, &y); break;
    case '%': bi_divmod(NULL, &x, &x, &y); break;
    default: bi_bitop(&x, &x, op, &y); break;
    }
    *out = from_int(&x);
    bi_free(&x);
    bi_free(&y);
    return true;
}

bool cv_num_arith(ConstVal a, int op, ConstVal b, ConstVal *out)
{
    if (op == '/' && cv_sign(b) == 0) return false;
    if (!a.big && !b.big && cv_rat_arith(a, op, b, out)) return true;
    if (is_bigfloat(a) || is_bigfloat(b)) {
        BigFloat x, y;
        bf_init(&x);
        bf_init(&y);
        float_of(a, &x);
        float_of(b, &y);
        bf_arith(&x, &x, op, &y);
        *out = from_float(&x);
        bf_free(&x);
        bf_free(&y);
        return true;
    }
    BigRat x, y;
    br_init(&x);
    br_init(&y);
    rat_of(a, &x);
    rat_of(b, &y);
    br_arith(&x, &x, op, &y);
    *out = from_rat(&x);
    br_free(&x);
    br_free(&y);
    return true;
}

ConstVal cv_shift(ConstVal x, bool left, unsigned n)
{
    if (!x.big) {
        if (!left) return cv_int(n > 126 ? (x.i < 0 ? -1 : 0) : x.i >> n);
        if (x.i == 0) return x;
        if (n < 126 && cv_int_bitlen(x) + n < 127) return cv_int((i128)((unsigned __int128)x.i << n));
    }
    BigInt b;
    bi_init(&b);
    int_of(x, &b);
    if (left) bi_shl(&b, &b, n); else bi_shr(&b, &b, n);
    ConstVal r = from_int(&b);
    bi_free(&b);
    return r;
}

ConstVal cv_not(ConstVal x)
{
    ConstVal r;
    cv_int_arith(cv_int(-1), '-', x, &r);
    return r;
}

bool cv_to_int(ConstVal c, ConstVal *out)
{
    if (c.kind == CV_INT) {
        *out = c;
        return true;
    }
    if (c.kind != CV_FLOAT) return false;
    if (!c.big) {
        if (c.exact) {
            if (c.den != 1) return false;
            *out = cv_int(c.num);
            return true;
        }
        i128 v;   /* a typed float */
        if (cv_float_is_int(c.f, &v)) {
            *out = cv_int(v);
            return true;
        }
        if (!isfinite(c.f) || c.f != floor(c.f)) return false;
    }
    BigRat r;
    br_init(&r);
    bool ok;
    if (is_bigfloat(c)) {
        /* go/constant's ToInt: a float a few bits away from an integer is
         * taken to be that integer, off by earlier roundings */
        BigFloat t;
        bf_init(&t);
        ok = false;
        for (int i = 0; i < 3 && !ok; i++) {
            if (i == 0) bf_copy(&t, &c.big->f);
            else bf_trim(&t, &c.big->f, BF_PREC - 4, i == 2);
            ok = t.exp >= 0 && bf_get_rat(&t, &r, CB_MAX_EXP);
        }
        bf_free(&t);
    } else {
        rat_of(c, &r);
        ok = r.den.n == 1 && r.den.d[0] == 1;
    }
    if (ok) *out = from_int(&r.num);
    br_free(&r);
    return ok;
}

bool cv_to_float(ConstVal c, int bits, ConstVal *out)
{
    int prec = bits == 32 ? 24 : 53, lsb = bits == 32 ? -149 : -1074, emax = bits == 32 ? 127 : 1023;
    bool inf = false;
    double f;
    if (c.kind == CV_INT && !c.big && c.i > -((i128)1 << 53) && c.i < ((i128)1 << 53) && bits == 64) {
        f = (double)c.i;
    } else if (c.kind == CV_FLOAT && !c.big && (bits == 64 || !c.exact)) {
        f = c.f;   /* the fast path's double is correctly rounded */
        if (bits == 32) {
            float g = (float)f;
            inf = isfinite(f) && isinf(g);
            f = g;
        } else inf = isinf(f);
    } else if (c.big && c.big->kind == CB_FLOAT) {
        f = bf_round(&c.big->f, prec, lsb, emax, &inf);
    } else {
        BigRat r;
        br_init(&r);
        rat_of(c, &r);
        f = br_round(&r, prec, lsb, emax, &inf);
        br_free(&r);
    }
    if (inf) return false;
    *out = cv_float(f);
    return true;
}

bool cv_parse_int(const char *raw, size_t len, ConstVal *out)
{
    int base = 10;
    size_t i = 0;
    if (len >= 2 && raw[0] == '0') {
        char c = (char)(raw[1] | 0x20);
        if (c == 'x') { base = 16; i = 2; }
        else if (c == 'o') { base = 8; i = 2; }
        else if (c == 'b') { base = 2; i = 2; }
        else { base = 8; i = 1; }
    }
    BigInt x;
    bi_init(&x);
    bool ok = bi_parse(&x, raw + i, len - i, base);
    if (ok) *out = from_int(&x);
    bi_free(&x);
    return ok;
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
    if (c.big) {
        ConstBig *b = big_new(c.big->kind);
        bi_neg(&b->i, &c.big->i);
        bi_neg(&b->r.num, &c.big->r.num);
        bi_copy(&b->r.den, &c.big->r.den);
        bi_neg(&b->f.mant, &c.big->f.mant);
        b->f.exp = c.big->f.exp;
        c.big = b;
        c.i = -c.i;
        c.f = -c.f;
        return c;
    }
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

/* parse_fast reads a float literal whose terms fit 128 bits */
static bool parse_fast(const char *raw, size_t len, ConstVal *out)
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

/* parse_big reads any float literal: exact while the value's binary
 * exponent is moderate, a 512-bit float beyond (go/constant's
 * makeFloatFromLiteral) */
static bool parse_big(const char *raw, size_t len, ConstVal *out)
{
    bool hex = len >= 2 && raw[0] == '0' && (raw[1] | 0x20) == 'x';
    size_t i = hex ? 2 : 0;
    BigInt m;
    bi_init(&m);
    int64_t frac = 0;
    bool point = false;
    size_t start = i;
    Buf digits = BUF_INIT;
    for (; i < len; i++) {
        char ch = raw[i];
        if (ch == '_') continue;
        if (ch == '.') { point = true; continue; }
        bool dig = (ch >= '0' && ch <= '9') || (hex && (ch | 0x20) >= 'a' && (ch | 0x20) <= 'f');
        if (!dig) break;
        buf_putc(&digits, ch);
        if (point) frac++;
    }
    (void)start;
    bool ok = digits.len > 0 && bi_parse(&m, digits.data, digits.len, hex ? 16 : 10);
    buf_fini(&digits);
    int64_t exp = 0;
    if (ok && i < len) {
        char e = (char)(raw[i] | 0x20);
        ok = e == (hex ? 'p' : 'e');
        i++;
        bool neg = false;
        if (i < len && (raw[i] == '+' || raw[i] == '-')) neg = raw[i++] == '-';
        bool any = false;
        for (; ok && i < len; i++) {
            if (raw[i] == '_') continue;
            if (raw[i] < '0' || raw[i] > '9') ok = false;
            else if (exp < 100000000000000000) exp = exp * 10 + (raw[i] - '0');
            any = true;
        }
        ok = ok && any;
        if (neg) exp = -exp;
    }
    if (!ok) {
        bi_free(&m);
        return false;
    }
    if (m.n == 0) {
        *out = cv_rat(0, 1);
        bi_free(&m);
        return true;
    }
    int64_t k = hex ? exp - 4 * frac : exp - frac;   /* value = m * (2 or 10)^k */
    double est = (double)bi_bitlen(&m) + (double)k * (hex ? 1.0 : 3.321928094887362);
    if (est > -CB_MAX_EXP && est < CB_MAX_EXP) {
        BigRat r;
        BigInt p;
        br_init(&r);
        bi_init(&p);
        if (hex) {
            bi_set_i128(&p, 1);
            bi_shl(&p, &p, (size_t)(k < 0 ? -k : k));
        } else {
            bi_pow(&p, 10, (uint64_t)(k < 0 ? -k : k));
        }
        if (k >= 0) {
            bi_mul(&m, &m, &p);
            bi_set_i128(&p, 1);
        }
        br_set(&r, &m, &p);
        *out = from_rat(&r);
        br_free(&r);
        bi_free(&p);
    } else {
        BigFloat f;
        bf_init(&f);
        if (hex) bf_set_int(&f, &m, k);
        else bf_set_dec(&f, &m, k);
        *out = from_float(&f);
        bf_free(&f);
    }
    bi_free(&m);
    return true;
}

bool cv_parse_float(const char *raw, size_t len, ConstVal *out)
{
    if (len > 0 && raw[len - 1] == 'i') return false;
    return parse_fast(raw, len, out) || parse_big(raw, len, out);
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

/* float_str formats a float constant as go/constant's floatVal.String:
 * %.6g of the nearest float64 within its range, an approximate decimal
 * exponent beyond it */
static void float_str(char *b, size_t n, ConstVal c)
{
    if ((!c.big && !c.exact) || (c.f != 0 ? !isinf(c.f) : cv_sign(c) == 0)) {   /* a typed float is its double */
        snprintf(b, n, "%.6g", c.f);
        return;
    }
    BigFloat f;
    bf_init(&f);
    float_of(c, &f);
    size_t len = bi_bitlen(&f.mant);
    bool inf;
    double m = bn_round(&f.mant, -(int64_t)len, false, 53, -1074, 1023, &inf);   /* 0.5 <= |m| <= 1 */
    double d = (double)(f.exp + (int64_t)len) * (M_LN2 / M_LN10);
    int64_t e = (int64_t)d;
    m *= pow(10, d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    snprintf(b, n, "%.6ge%+lld", m, (long long)e);
    bf_free(&f);
}

const char *cv_str(ConstVal c)
{
    static char *ring[4];
    static int next;
    char **slot = &ring[next++ & 3];
    free(*slot);
    *slot = NULL;
    if (c.kind == CV_INT && c.big) return *slot = bi_str(&c.big->i);
    char *b = *slot = xmalloc(128);
    switch (c.kind) {
    case CV_BOOL: snprintf(b, 128, "%s", c.b ? "true" : "false"); break;
    case CV_INT: i128_str(b, c.i); break;
    case CV_FLOAT: float_str(b, 128, c); break;
    case CV_STRING: snprintf(b, 128, "\"%.*s\"", (int)(c.len > 100 ? 100 : c.len), c.s); break;
    default: snprintf(b, 128, "?"); break;
    }
    return b;
}
