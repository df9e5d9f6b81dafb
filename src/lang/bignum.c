/* lang/bignum.c: arbitrary-precision integers, rationals and binary floats
 * for untyped constants (see bignum.h). Plain schoolbook algorithms with
 * Knuth's division: constants are a few hundred bits, rarely a few thousand. */
#include "lang/bignum.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

/* --- BigInt --- */

void bi_init(BigInt *x) { memset(x, 0, sizeof *x); }

void bi_free(BigInt *x)
{
    free(x->d);
    bi_init(x);
}

static void reserve(BigInt *x, int n)
{
    if (n <= x->cap) return;
    x->d = xrealloc(x->d, (size_t)n * sizeof *x->d);
    x->cap = n;
}

static void norm(BigInt *x)
{
    while (x->n > 0 && x->d[x->n - 1] == 0) x->n--;
    if (x->n == 0) x->neg = false;
}

/* take moves t into r, freeing r's old limbs (so results may alias operands) */
static void take(BigInt *r, BigInt *t)
{
    free(r->d);
    *r = *t;
    norm(r);
}

void bi_copy(BigInt *dst, const BigInt *src)
{
    if (dst == src) return;
    reserve(dst, src->n);
    if (src->n) memcpy(dst->d, src->d, (size_t)src->n * sizeof *src->d);
    dst->n = src->n;
    dst->neg = src->neg;
}

void bi_set_i128(BigInt *x, __int128 v)
{
    unsigned __int128 u = v < 0 ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
    reserve(x, 4);
    x->n = 0;
    while (u) {
        x->d[x->n++] = (uint32_t)u;
        u >>= 32;
    }
    x->neg = v < 0;
}

bool bi_get_i128(const BigInt *x, __int128 *out)
{
    if (x->n > 4) return false;
    unsigned __int128 u = 0;
    for (int i = x->n - 1; i >= 0; i--) u = (u << 32) | x->d[i];
    const unsigned __int128 lim = (unsigned __int128)1 << 127;
    if (x->neg) {
        if (u >= lim) return false;   /* symmetric: -2^127 has no negation */
        *out = (__int128)((unsigned __int128)0 - u);
    } else {
        if (u >= lim) return false;
        *out = (__int128)u;
    }
    return true;
}

int bi_sign(const BigInt *x) { return x->n == 0 ? 0 : x->neg ? -1 : 1; }

static int mag_cmp(const BigInt *a, const BigInt *b)
{
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

int bi_cmp(const BigInt *a, const BigInt *b)
{
    int sa = bi_sign(a), sb = bi_sign(b);
    if (sa != sb) return sa < sb ? -1 : 1;
    int m = mag_cmp(a, b);
    return sa < 0 ? -m : m;
}

size_t bi_bitlen(const BigInt *x)
{
    if (x->n == 0) return 0;
    return (size_t)(x->n - 1) * 32 + (size_t)(32 - __builtin_clz(x->d[x->n - 1]));
}

void bi_neg(BigInt *r, const BigInt *a)
{
    bi_copy(r, a);
    if (r->n) r->neg = !r->neg;
}

/* mag_add sets t = |a| + |b| (t fresh) */
static void mag_add(BigInt *t, const BigInt *a, const BigInt *b)
{
    if (a->n < b->n) {
        const BigInt *s = a;
        a = b;
        b = s;
    }
    bi_init(t);
    reserve(t, a->n + 1);
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        carry += (uint64_t)a->d[i] + (i < b->n ? b->d[i] : 0);
        t->d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    t->d[a->n] = (uint32_t)carry;
    t->n = a->n + 1;
}

/* mag_sub sets t = |a| - |b| (t fresh), |a| >= |b| */
static void mag_sub(BigInt *t, const BigInt *a, const BigInt *b)
{
    bi_init(t);
    reserve(t, a->n);
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t v = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = v < 0;
        t->d[i] = (uint32_t)(v + (borrow ? ((int64_t)1 << 32) : 0));
    }
    t->n = a->n;
}

/* addsub sets r = a + b, with b's sign flipped when negb */
static void addsub(BigInt *r, const BigInt *a, const BigInt *b, bool negb)
{
    bool bneg = b->n && (b->neg != negb);
    BigInt t;
    if (a->neg == bneg) {
        mag_add(&t, a, b);
        t.neg = a->neg;
    } else if (mag_cmp(a, b) >= 0) {
        mag_sub(&t, a, b);
        t.neg = a->neg;
    } else {
        mag_sub(&t, b, a);
        t.neg = bneg;
    }
    take(r, &t);
}

void bi_add(BigInt *r, const BigInt *a, const BigInt *b) { addsub(r, a, b, false); }
void bi_sub(BigInt *r, const BigInt *a, const BigInt *b) { addsub(r, a, b, true); }

void bi_mul(BigInt *r, const BigInt *a, const BigInt *b)
{
    BigInt t;
    bi_init(&t);
    int n = a->n + b->n;
    reserve(&t, n > 0 ? n : 1);
    memset(t.d, 0, (size_t)(n > 0 ? n : 1) * sizeof *t.d);
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            carry += (uint64_t)a->d[i] * b->d[j] + t.d[i + j];
            t.d[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        t.d[i + b->n] = (uint32_t)carry;
    }
    t.n = n;
    t.neg = a->neg != b->neg;
    take(r, &t);
}

/* divmnu is Knuth's algorithm D (after Hacker's Delight): q[0..m-n] and
 * r[0..n-1] from u[0..m-1] / v[0..n-1], m >= n, v[n-1] != 0. */
static void divmnu(uint32_t *q, uint32_t *r, const uint32_t *u, const uint32_t *v, int m, int n)
{
    const uint64_t b = (uint64_t)1 << 32;
    if (n == 1) {
        uint64_t k = 0;
        for (int j = m - 1; j >= 0; j--) {
            uint64_t cur = (k << 32) | u[j];
            q[j] = (uint32_t)(cur / v[0]);
            k = cur % v[0];
        }
        r[0] = (uint32_t)k;
        return;
    }
    int s = __builtin_clz(v[n - 1]);
    uint32_t *vn = xmalloc((size_t)n * sizeof *vn), *un = xmalloc((size_t)(m + 1) * sizeof *un);
#define HI(x, s) ((s) ? (uint32_t)((uint64_t)(x) >> (32 - (s))) : 0)
    for (int i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | HI(v[i - 1], s);
    vn[0] = v[0] << s;
    un[m] = HI(u[m - 1], s);
    for (int i = m - 1; i > 0; i--) un[i] = (u[i] << s) | HI(u[i - 1], s);
    un[0] = u[0] << s;
#undef HI
    for (int j = m - n; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
        while (qhat >= b || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= b) break;
        }
        int64_t t, k = 0;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            un[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + n] - k;
        un[j + n] = (uint32_t)t;
        q[j] = (uint32_t)qhat;
        if (t < 0) {   /* qhat was one too large: add v back */
            q[j]--;
            uint64_t c = 0;
            for (int i = 0; i < n; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + n] += (uint32_t)c;
        }
    }
    for (int i = 0; i < n; i++)
        r[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
    free(vn);
    free(un);
}

bool bi_divmod(BigInt *q, BigInt *m, const BigInt *a, const BigInt *b)
{
    if (b->n == 0) return false;
    BigInt tq, tm;
    bi_init(&tq);
    bi_init(&tm);
    if (mag_cmp(a, b) < 0) {
        bi_copy(&tm, a);
    } else {
        reserve(&tq, a->n - b->n + 1);
        reserve(&tm, b->n);
        divmnu(tq.d, tm.d, a->d, b->d, a->n, b->n);
        tq.n = a->n - b->n + 1;
        tm.n = b->n;
        tq.neg = a->neg != b->neg;
        tm.neg = a->neg;   /* truncated division: the remainder has a's sign */
    }
    if (q) take(q, &tq); else bi_free(&tq);
    if (m) take(m, &tm); else bi_free(&tm);
    return true;
}

void bi_shl(BigInt *r, const BigInt *a, size_t n)
{
    if (a->n == 0) {
        bi_copy(r, a);
        return;
    }
    int limbs = (int)(n / 32), bits = (int)(n % 32);
    BigInt t;
    bi_init(&t);
    reserve(&t, a->n + limbs + 1);
    memset(t.d, 0, (size_t)limbs * sizeof *t.d);
    uint32_t carry = 0;
    for (int i = 0; i < a->n; i++) {
        t.d[i + limbs] = (a->d[i] << bits) | carry;
        carry = bits ? a->d[i] >> (32 - bits) : 0;
    }
    t.d[a->n + limbs] = carry;
    t.n = a->n + limbs + 1;
    t.neg = a->neg;
    take(r, &t);
}

/* low_nonzero reports whether any of the lowest n bits of |x| is set. */
static bool low_nonzero(const BigInt *x, size_t n)
{
    size_t limbs = n / 32;
    for (size_t i = 0; i < limbs && i < (size_t)x->n; i++)
        if (x->d[i]) return true;
    if (limbs < (size_t)x->n && n % 32) return (x->d[limbs] & ((1u << (n % 32)) - 1)) != 0;
    return false;
}

static bool testbit(const BigInt *x, size_t i)
{
    return i / 32 < (size_t)x->n && ((x->d[i / 32] >> (i % 32)) & 1);
}

/* mag_shr sets r = |a| >> n with a's sign (truncating the magnitude) */
static void mag_shr(BigInt *r, const BigInt *a, size_t n)
{
    size_t limbs = n / 32;
    int bits = (int)(n % 32);
    BigInt t;
    bi_init(&t);
    if (limbs >= (size_t)a->n) {
        take(r, &t);
        return;
    }
    int tn = a->n - (int)limbs;
    reserve(&t, tn);
    for (int i = 0; i < tn; i++) {
        uint32_t lo = a->d[i + limbs] >> bits;
        uint32_t hi = (bits && i + 1 < tn) ? a->d[i + limbs + 1] << (32 - bits) : 0;
        t.d[i] = lo | hi;
    }
    t.n = tn;
    t.neg = a->neg;
    take(r, &t);
}

void bi_shr(BigInt *r, const BigInt *a, size_t n)
{
    bool round_down = a->neg && low_nonzero(a, n);   /* floor for negatives */
    mag_shr(r, a, n);
    if (round_down) {
        BigInt one;
        bi_init(&one);
        bi_set_i128(&one, 1);
        bi_sub(r, r, &one);
        bi_free(&one);
    }
}

/* to_tc writes x's two's complement form in n limbs */
static void to_tc(uint32_t *out, const BigInt *x, int n)
{
    for (int i = 0; i < n; i++) out[i] = i < x->n ? x->d[i] : 0;
    if (!x->neg) return;
    for (int i = 0; i < n; i++) out[i] = ~out[i];   /* -x = ~x + 1 */
    for (int i = 0; i < n && ++out[i] == 0; i++) {}
}

void bi_bitop(BigInt *r, const BigInt *a, int op, const BigInt *b)
{
    int n = (a->n > b->n ? a->n : b->n) + 1;
    uint32_t *x = xmalloc((size_t)n * sizeof *x), *y = xmalloc((size_t)n * sizeof *y);
    to_tc(x, a, n);
    to_tc(y, b, n);
    for (int i = 0; i < n; i++) {
        switch (op) {
        case '&': x[i] &= y[i]; break;
        case '|': x[i] |= y[i]; break;
        case '^': x[i] ^= y[i]; break;
        default: x[i] &= ~y[i]; break;
        }
    }
    BigInt t;
    bi_init(&t);
    t.d = x;
    t.cap = t.n = n;
    if (x[n - 1] >> 31) {   /* negative: magnitude = ~x + 1 */
        for (int i = 0; i < n; i++) x[i] = ~x[i];
        for (int i = 0; i < n && ++x[i] == 0; i++) {}
        t.neg = true;
    }
    free(y);
    take(r, &t);
}

void bi_gcd(BigInt *r, const BigInt *a, const BigInt *b)
{
    BigInt x, y, m;
    bi_init(&x);
    bi_init(&y);
    bi_init(&m);
    bi_copy(&x, a);
    bi_copy(&y, b);
    x.neg = y.neg = false;
    while (y.n) {
        bi_divmod(NULL, &m, &x, &y);
        BigInt s = x;
        x = y;
        y = m;
        m = s;
    }
    take(r, &x);
    bi_free(&y);
    bi_free(&m);
}

/* mul_small_add sets x = x * f + add for small f (in place, x >= 0) */
static void mul_small_add(BigInt *x, uint32_t f, uint32_t add)
{
    uint64_t carry = add;
    for (int i = 0; i < x->n; i++) {
        carry += (uint64_t)x->d[i] * f;
        x->d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    if (carry) {
        reserve(x, x->n + 1);
        x->d[x->n++] = (uint32_t)carry;
    }
}

bool bi_parse(BigInt *x, const char *s, size_t len, int base)
{
    x->n = 0;
    x->neg = false;
    for (size_t i = 0; i < len; i++) {
        int c = (unsigned char)s[i], d;
        if (c == '_') continue;
        if (c >= '0' && c <= '9') d = c - '0';
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') d = (c | 0x20) - 'a' + 10;
        else return false;
        if (d >= base) return false;
        mul_small_add(x, (uint32_t)base, (uint32_t)d);
    }
    norm(x);
    return true;
}

char *bi_str(const BigInt *x)
{
    size_t cap = bi_bitlen(x) / 3 + 3;
    char *out = xmalloc(cap + 1), *p = out + cap;
    *p = '\0';
    BigInt t;
    bi_init(&t);
    bi_copy(&t, x);
    do {   /* nine digits per division by 10^9 */
        uint64_t k = 0;
        for (int i = t.n - 1; i >= 0; i--) {
            uint64_t cur = (k << 32) | t.d[i];
            t.d[i] = (uint32_t)(cur / 1000000000u);
            k = cur % 1000000000u;
        }
        norm(&t);
        for (int j = 0; j < 9 && (t.n || k); j++) {
            *--p = (char)('0' + k % 10);
            k /= 10;
        }
    } while (t.n);
    if (*p == '\0') *--p = '0';
    if (x->neg) *--p = '-';
    memmove(out, p, strlen(p) + 1);
    bi_free(&t);
    return out;
}

void bi_pow(BigInt *r, uint32_t base, uint64_t e)
{
    BigInt acc, b;
    bi_init(&acc);
    bi_init(&b);
    bi_set_i128(&acc, 1);
    bi_set_i128(&b, base);
    while (e) {
        if (e & 1) bi_mul(&acc, &acc, &b);
        e >>= 1;
        if (e) bi_mul(&b, &b, &b);
    }
    take(r, &acc);
    bi_free(&b);
}

/* --- rounding to float64 / float32 --- */

double bn_round(const BigInt *x, int64_t exp, bool sticky, int prec, int lsb_min, int emax, bool *inf)
{
    *inf = false;
    if (x->n == 0) return 0.0;
    size_t len = bi_bitlen(x);
    uint64_t m = 0;   /* the top 64 bits of |x|, normalized: value ~ m * 2^e */
    int64_t e;
    if (len >= 64) {
        size_t sh = len - 64;
        for (int i = 63; i >= 0; i--) m = (m << 1) | (uint64_t)testbit(x, sh + (size_t)i);
        sticky = sticky || low_nonzero(x, sh);
        e = exp + (int64_t)sh;
    } else {
        for (int i = (int)len - 1; i >= 0; i--) m = (m << 1) | (uint64_t)testbit(x, (size_t)i);
        m <<= 64 - len;
        e = exp - (int64_t)(64 - len);
    }
    double sign = x->neg ? -1.0 : 1.0;
    int64_t etop = e + 63;
    if (etop > emax) {
        *inf = true;
        return sign * HUGE_VAL;
    }
    int64_t lsb = etop - (prec - 1);
    if (lsb < lsb_min) lsb = lsb_min;
    int64_t k = lsb - e;   /* bits of m below the result's last bit: >= 64 - prec */
    uint64_t q, half, rest;
    if (k > 64) {
        q = 0;
        half = 0;
        rest = 1;
    } else if (k == 64) {
        q = 0;
        half = m >> 63;
        rest = (m << 1) != 0 || sticky;
    } else {
        q = m >> k;
        half = (m >> (k - 1)) & 1;
        rest = (m & (((uint64_t)1 << (k - 1)) - 1)) != 0 || sticky;
    }
    if (half && (rest || (q & 1))) q++;
    if (q == 0) return 0.0;
    if ((int64_t)(63 - __builtin_clzll(q)) + lsb > emax) {
        *inf = true;
        return sign * HUGE_VAL;
    }
    return sign * ldexp((double)q, (int)lsb);
}

/* --- BigRat --- */

void br_init(BigRat *x)
{
    bi_init(&x->num);
    bi_init(&x->den);
    bi_set_i128(&x->den, 1);
}

void br_free(BigRat *x)
{
    bi_free(&x->num);
    bi_free(&x->den);
}

void br_copy(BigRat *dst, const BigRat *src)
{
    bi_copy(&dst->num, &src->num);
    bi_copy(&dst->den, &src->den);
}

void br_set(BigRat *x, const BigInt *num, const BigInt *den)
{
    BigInt g;
    bi_init(&g);
    bi_gcd(&g, num, den);
    bool neg = num->neg != den->neg;
    if (g.n == 0 || (g.n == 1 && g.d[0] == 1)) {
        bi_copy(&x->num, num);
        bi_copy(&x->den, den);
    } else {
        bi_divmod(&x->num, NULL, num, &g);
        bi_divmod(&x->den, NULL, den, &g);
    }
    x->num.neg = neg && x->num.n;
    x->den.neg = false;
    bi_free(&g);
}

bool br_arith(BigRat *r, const BigRat *a, int op, const BigRat *b)
{
    BigInt n, d, t;
    bi_init(&n);
    bi_init(&d);
    bi_init(&t);
    switch (op) {
    case '+': case '-':
        bi_mul(&n, &a->num, &b->den);
        bi_mul(&t, &b->num, &a->den);
        if (op == '+') bi_add(&n, &n, &t); else bi_sub(&n, &n, &t);
        bi_mul(&d, &a->den, &b->den);
        break;
    case '*':
        bi_mul(&n, &a->num, &b->num);
        bi_mul(&d, &a->den, &b->den);
        break;
    default:
        if (b->num.n == 0) {
            bi_free(&n);
            bi_free(&d);
            bi_free(&t);
            return false;
        }
        bi_mul(&n, &a->num, &b->den);
        bi_mul(&d, &a->den, &b->num);
        break;
    }
    br_set(r, &n, &d);
    bi_free(&n);
    bi_free(&d);
    bi_free(&t);
    return true;
}

int br_cmp(const BigRat *a, const BigRat *b)
{
    BigInt l, r;
    bi_init(&l);
    bi_init(&r);
    bi_mul(&l, &a->num, &b->den);
    bi_mul(&r, &b->num, &a->den);
    int c = bi_cmp(&l, &r);
    bi_free(&l);
    bi_free(&r);
    return c;
}

/* quo_bits sets q = |n| * 2^s / |d| with at least `want` bits, the exponent
 * in *exp (value = q * 2^exp) and whether a remainder was left */
static bool quo_bits(BigInt *q, const BigInt *n, const BigInt *d, size_t want, int64_t *exp)
{
    int64_t s = (int64_t)want - ((int64_t)bi_bitlen(n) - (int64_t)bi_bitlen(d));
    BigInt a, b, m;
    bi_init(&a);
    bi_init(&b);
    bi_init(&m);
    bi_copy(&a, n);
    bi_copy(&b, d);
    a.neg = b.neg = false;
    if (s > 0) bi_shl(&a, &a, (size_t)s);
    else if (s < 0) bi_shl(&b, &b, (size_t)-s);
    bi_divmod(q, &m, &a, &b);
    *exp = -s;
    bool rem = m.n != 0;
    bi_free(&a);
    bi_free(&b);
    bi_free(&m);
    return rem;
}

double br_round(const BigRat *x, int prec, int lsb_min, int emax, bool *inf)
{
    *inf = false;
    if (x->num.n == 0) return 0.0;
    BigInt q;
    bi_init(&q);
    int64_t exp;
    bool sticky = quo_bits(&q, &x->num, &x->den, 66, &exp);
    q.neg = x->num.neg;
    double f = bn_round(&q, exp, sticky, prec, lsb_min, emax, inf);
    bi_free(&q);
    return f;
}

/* --- BigFloat --- */

void bf_init(BigFloat *x)
{
    bi_init(&x->mant);
    x->exp = 0;
}

void bf_free(BigFloat *x) { bi_free(&x->mant); }

void bf_copy(BigFloat *dst, const BigFloat *src)
{
    bi_copy(&dst->mant, &src->mant);
    dst->exp = src->exp;
}

/* set_rounded sets x = m * 2^exp rounded to prec bits, where sticky
 * says m was truncated from a slightly larger magnitude */
static void set_rounded(BigFloat *x, const BigInt *m, int64_t exp, bool sticky, int prec)
{
    BigInt q;
    bi_init(&q);
    size_t len = bi_bitlen(m);
    if (len > (size_t)prec) {
        size_t k = len - (size_t)prec;
        bool half = testbit(m, k - 1), rest = sticky || low_nonzero(m, k - 1);
        mag_shr(&q, m, k);
        if (half && (rest || testbit(&q, 0))) {
            bool neg = q.neg;
            q.neg = false;
            mul_small_add(&q, 1, 1);
            q.neg = neg;
        }
        exp += (int64_t)k;
    } else {
        bi_copy(&q, m);
    }
    if (q.n == 0) {
        exp = 0;
    } else {   /* canonical: an odd mantissa */
        size_t tz = 0;
        while (!testbit(&q, tz)) tz++;
        if (tz) mag_shr(&q, &q, tz);
        exp += (int64_t)tz;
    }
    take(&x->mant, &q);
    x->exp = exp;
}

void bf_set_int(BigFloat *x, const BigInt *m, int64_t exp) { set_rounded(x, m, exp, false, BF_PREC); }

void bf_set_rat(BigFloat *x, const BigRat *r)
{
    if (r->num.n == 0) {
        BigInt z;
        bi_init(&z);
        set_rounded(x, &z, 0, false, BF_PREC);
        return;
    }
    BigInt q;
    bi_init(&q);
    int64_t exp;
    bool sticky = quo_bits(&q, &r->num, &r->den, BF_PREC + 2, &exp);
    q.neg = r->num.neg;
    set_rounded(x, &q, exp, sticky, BF_PREC);
    bi_free(&q);
}

static int64_t top(const BigFloat *x) { return x->exp + (int64_t)bi_bitlen(&x->mant); }

/* arith is bf_arith rounding to prec bits */
static bool arith(BigFloat *r, const BigFloat *a, int op, const BigFloat *b, int prec)
{
    BigInt t, u;
    bi_init(&t);
    bi_init(&u);
    bool sticky = false;
    int64_t exp;
    switch (op) {
    case '*':
        bi_mul(&t, &a->mant, &b->mant);
        exp = a->exp + b->exp;
        break;
    case '/': {
        if (b->mant.n == 0) return false;
        if (a->mant.n == 0) {
            exp = 0;
            break;
        }
        int64_t e;
        sticky = quo_bits(&t, &a->mant, &b->mant, (size_t)prec + 2, &e);
        t.neg = a->mant.neg != b->mant.neg;
        exp = a->exp - b->exp + e;
        break;
    }
    default: {
        BigFloat nb;   /* r = a + nb */
        bf_init(&nb);
        bf_copy(&nb, b);
        if (op == '-' && nb.mant.n) nb.mant.neg = !nb.mant.neg;
        if (a->mant.n == 0 || nb.mant.n == 0) {
            const BigFloat *z = a->mant.n == 0 ? &nb : a;
            bi_copy(&t, &z->mant);
            exp = z->exp;
            bf_free(&nb);
            break;
        }
        const BigFloat *x = top(a) >= top(&nb) ? a : &nb, *y = x == a ? &nb : a;
        if (top(x) - top(y) > prec + 4) {
            /* y only decides which way an inexact x leans */
            size_t len = bi_bitlen(&x->mant), grow = len < (size_t)prec + 4 ? (size_t)prec + 4 - len : 0;
            bi_copy(&t, &x->mant);
            t.neg = false;
            bi_shl(&t, &t, grow);
            BigInt one;
            bi_init(&one);
            bi_set_i128(&one, 1);
            if (y->mant.neg == x->mant.neg) bi_add(&t, &t, &one); else bi_sub(&t, &t, &one);
            bi_free(&one);
            t.neg = x->mant.neg;
            exp = x->exp - (int64_t)grow;
            bf_free(&nb);
            break;
        }
        int64_t e = a->exp < nb.exp ? a->exp : nb.exp;
        bi_shl(&t, &a->mant, (size_t)(a->exp - e));
        bi_shl(&u, &nb.mant, (size_t)(nb.exp - e));
        bi_add(&t, &t, &u);
        exp = e;
        bf_free(&nb);
        break;
    }
    }
    set_rounded(r, &t, exp, sticky, prec);
    bi_free(&t);
    bi_free(&u);
    return true;
}

bool bf_arith(BigFloat *r, const BigFloat *a, int op, const BigFloat *b) { return arith(r, a, op, b, BF_PREC); }

int bf_cmp(const BigFloat *a, const BigFloat *b)
{
    BigFloat d;
    bf_init(&d);
    bf_arith(&d, a, '-', b);
    int c = bi_sign(&d.mant);
    bf_free(&d);
    return c;
}

/* pow5 sets z = 5^n as math/big's Float.pow5 computes it for a 512-bit
 * result: in 576 bits, squaring a factor of 640 bits (so that huge literals
 * get the very bits gc gives them) */
static void pow5(BigFloat *z, uint64_t n)
{
    const int zprec = BF_PREC + 64, fprec = zprec + 64;
    BigInt v;
    bi_init(&v);
    uint64_t m = n < 27 ? n : 27;   /* 5^27 is the largest power of 5 in a uint64 */
    bi_pow(&v, 5, m);
    set_rounded(z, &v, 0, false, zprec);
    n -= m;
    BigFloat f;
    bf_init(&f);
    bi_set_i128(&v, 5);
    set_rounded(&f, &v, 0, false, fprec);
    while (n) {
        if (n & 1) arith(z, z, '*', &f, zprec);
        arith(&f, &f, '*', &f, fprec);
        n >>= 1;
    }
    bf_free(&f);
    bi_free(&v);
}

void bf_set_dec(BigFloat *x, const BigInt *m, int64_t e)
{
    BigFloat z, p;
    bf_init(&z);
    bf_init(&p);
    bi_copy(&z.mant, m);   /* m * 2^e, exact: 10^e = 5^e * 2^e */
    z.exp = e;
    pow5(&p, (uint64_t)(e < 0 ? -e : e));
    arith(x, &z, e < 0 ? '/' : '*', &p, BF_PREC);
    bf_free(&z);
    bf_free(&p);
}

void bf_trim(BigFloat *r, const BigFloat *x, int prec, bool away)
{
    size_t len = bi_bitlen(&x->mant);
    if (len <= (size_t)prec) {
        bf_copy(r, x);
        return;
    }
    size_t k = len - (size_t)prec;
    bool up = away && low_nonzero(&x->mant, k);
    BigInt q;
    bi_init(&q);
    mag_shr(&q, &x->mant, k);
    if (up) {
        bool neg = q.neg;
        q.neg = false;
        mul_small_add(&q, 1, 1);
        q.neg = neg;
    }
    set_rounded(r, &q, x->exp + (int64_t)k, false, BF_PREC);   /* at most prec + 1 bits: exact */
    bi_free(&q);
}

bool bf_get_rat(const BigFloat *x, BigRat *r, int64_t max_exp)
{
    if (x->exp > max_exp || x->exp < -max_exp) return false;
    BigInt one;
    bi_init(&one);
    bi_set_i128(&one, 1);
    if (x->exp >= 0) {
        bi_shl(&r->num, &x->mant, (size_t)x->exp);
        bi_copy(&r->den, &one);
    } else {   /* an odd mantissa over a power of two is already reduced */
        bi_copy(&r->num, &x->mant);
        bi_shl(&r->den, &one, (size_t)-x->exp);
    }
    bi_free(&one);
    return true;
}

double bf_round(const BigFloat *x, int prec, int lsb_min, int emax, bool *inf)
{
    return bn_round(&x->mant, x->exp, false, prec, lsb_min, emax, inf);
}
