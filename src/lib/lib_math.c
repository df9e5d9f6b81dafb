/* lib/lib_math.c: the natives of package math (src/lib/go/math.go).
 *
 * Most functions are the C library's, which agree with Go on the special
 * cases (NaN, ±Inf, ±0) and, for the exactly rounded ones (Sqrt, Floor,
 * Ceil, Trunc, Mod, Remainder, Abs), on every result. Where Go computes a
 * value with its own formula, the formula is ported so that the last bit
 * agrees too: Pow, Log2, Log10, Hypot, Sin, Cos, Tan (so Sin(Pi) prints
 * Go's 1.2246467991473515e-16), Modf, Frexp, and Max/Min/Dim with Go's rules
 * for NaN and signed zeros. The functions left to libm (Exp, Exp2, Atan,
 * Cbrt, Sinh, ...; Go uses assembly for some on amd64) can differ from Go's
 * in the last bits; tests/unit/lib_test.c checks them to within 4 ulps.
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "lib/stdlib.h"

static uint64_t f64bits(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }
static double f64frombits(uint64_t u) { double f; memcpy(&f, &u, 8); return f; }

/* go_nan is Go's NaN(): Float64frombits(0x7FF8000000000001). */
static double go_nan(void) { return f64frombits(0x7FF8000000000001ull); }

/* go_frexp is Go's Frexp. */
static double go_frexp(double f, int *exp)
{
    *exp = 0;
    if (f == 0 || isinf(f) || isnan(f)) return f;
    return frexp(f, exp);
}

/* go_modf is Go's Modf (math/modf.go). */
static double go_modf(double f, double *frac)
{
    if (f < 1) {
        if (f < 0) {
            double fr;
            double ip = go_modf(-f, &fr);
            *frac = -fr;
            return -ip;
        }
        if (f == 0) { *frac = f; return f; }
        *frac = f;
        return 0;
    }
    uint64_t x = f64bits(f);
    unsigned e = (unsigned)((x >> 52) & 0x7FF) - 1023;
    if (e < 64 - 12) x &= ~((1ull << (64 - 12 - e)) - 1);
    double ip = f64frombits(x);
    *frac = f - ip;
    return ip;
}

static bool is_odd_int(double x)
{
    if (fabs(x) >= 9007199254740992.0) return false;   /* 1<<53: all even */
    double fr;
    double xi = go_modf(x, &fr);
    return fr == 0 && ((int64_t)xi & 1) == 1;
}

/* go_pow is Go's Pow (math/pow.go), computed the same way. */
static double go_pow(double x, double y)
{
    if (y == 0 || x == 1) return 1;
    if (y == 1) return x;
    if (isnan(x) || isnan(y)) return go_nan();
    if (x == 0) {
        if (y < 0) return signbit(x) && is_odd_int(y) ? -INFINITY : INFINITY;
        if (y > 0) return signbit(x) && is_odd_int(y) ? x : 0;
    }
    if (isinf(y)) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return INFINITY;
    }
    if (isinf(x)) {
        if (x < 0) return go_pow(1 / x, -y);   /* Pow(-0, -y) */
        if (y < 0) return 0;
        if (y > 0) return INFINITY;
    }
    if (y == 0.5) return sqrt(x);
    if (y == -0.5) return 1 / sqrt(x);

    double yf;
    double yi = go_modf(fabs(y), &yf);
    if (yf != 0 && x < 0) return go_nan();
    if (yi >= 9223372036854775808.0) {
        if (x == -1) return 1;
        if ((fabs(x) < 1) == (y > 0)) return 0;
        return INFINITY;
    }
    double a1 = 1.0;
    int ae = 0;
    if (yf != 0) {
        if (yf > 0.5) { yf--; yi++; }
        a1 = exp(yf * log(x));
    }
    int xe;
    double x1 = go_frexp(x, &xe);
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe;
            break;
        }
        if ((i & 1) == 1) { a1 *= x1; ae += xe; }
        x1 *= x1;
        xe *= 2;   /* Go: xe <<= 1 (UB on negatives in C) */
        if (x1 < .5) { x1 += x1; xe--; }
    }
    if (y < 0) { a1 = 1 / a1; ae = -ae; }
    return ldexp(a1, ae);
}

static double go_log2(double x)
{
    int e;
    double frac = go_frexp(x, &e);
    if (frac == 0.5) return (double)(e - 1);   /* exact for powers of two */
    /* 1/Ln2, rounded once as Go's constant is */
    return log(frac) * 1.442695040888963407359924681001892137 + (double)e;
}

/* go_log10 is Go's Log(x) * (1/Ln10), the constant rounded once. */
static double go_log10(double x) { return log(x) * 0.434294481903251827651128918916605082; }

/* go_hypot is Go's Hypot (math/hypot.go; the amd64 assembly computes the same). */
static double go_hypot(double p, double q)
{
    p = fabs(p);
    q = fabs(q);
    if (isinf(p) || isinf(q)) return INFINITY;
    if (isnan(p) || isnan(q)) return go_nan();
    if (p < q) { double t = p; p = q; q = t; }
    if (p == 0) return 0;
    q = q / p;
    return p * sqrt(1 + q * q);
}

static double go_max(double x, double y)
{
    if (isinf(x) && x > 0) return x;
    if (isinf(y) && y > 0) return y;
    if (isnan(x) || isnan(y)) return go_nan();
    if (x == 0 && x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

static double go_min(double x, double y)
{
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (isnan(x) || isnan(y)) return go_nan();
    if (x == 0 && x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

static double go_dim(double x, double y)
{
    double v = x - y;
    if (isnan(v)) return go_nan();
    return v <= 0 ? 0 : v;
}

/* ---- Go's sin.go and tan.go (Cephes), below Go's reduceThreshold; past
 * it Go uses Payne-Hanek reduction and we use libm. */

static const double sin_c[] = {
    1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
    -1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};
static const double cos_c[] = {
    -1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
    2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};
static const double tan_p[] = {
    -1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7,
};
static const double tan_q[] = {
    1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
    -5.38695755929454629881e7,
};
#define PI4A 7.85398125648498535156e-1
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define FOUR_OVER_PI 1.27323954473516268615107010698011489627567716592365
#define REDUCE_THRESHOLD 536870912.0   /* 1 << 29 */

/* reduce sets *z to x reduced to [-Pi/4, Pi/4] and returns the octant. */
static uint64_t reduce(double x, double *z)
{
    uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
    double y = (double)j;
    if (j & 1) { j++; y++; }
    *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
    return j;
}

static double sin_poly(double z, double zz)
{
    return z + z * zz * ((((((sin_c[0] * zz) + sin_c[1]) * zz + sin_c[2]) * zz + sin_c[3]) * zz +
                          sin_c[4]) * zz + sin_c[5]);
}

static double cos_poly(double zz)
{
    return 1.0 - 0.5 * zz + zz * zz * ((((((cos_c[0] * zz) + cos_c[1]) * zz + cos_c[2]) * zz +
                                         cos_c[3]) * zz + cos_c[4]) * zz + cos_c[5]);
}

static double go_sin(double x)
{
    if (x == 0 || isnan(x)) return x;
    if (isinf(x)) return go_nan();
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    if (x >= REDUCE_THRESHOLD) return sign ? -sin(x) : sin(x);
    double z;
    uint64_t j = reduce(x, &z) & 7;
    if (j > 3) { sign = !sign; j -= 4; }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return sign ? -y : y;
}

static double go_cos(double x)
{
    if (isnan(x) || isinf(x)) return go_nan();
    x = fabs(x);
    if (x >= REDUCE_THRESHOLD) return cos(x);
    bool sign = false;
    double z;
    uint64_t j = reduce(x, &z) & 7;
    if (j > 3) { j -= 4; sign = !sign; }
    if (j > 1) sign = !sign;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return sign ? -y : y;
}

static double go_tan(double x)
{
    if (x == 0 || isnan(x)) return x;
    if (isinf(x)) return go_nan();
    bool sign = false;
    if (x < 0) { x = -x; sign = true; }
    if (x >= REDUCE_THRESHOLD) return sign ? -tan(x) : tan(x);
    double z;
    uint64_t j = reduce(x, &z);
    double zz = z * z, y;
    if (zz > 1e-14)
        y = z + z * (zz * (((tan_p[0] * zz) + tan_p[1]) * zz + tan_p[2]) /
                     ((((zz + tan_q[1]) * zz + tan_q[2]) * zz + tan_q[3]) * zz + tan_q[4]));
    else
        y = z;
    if ((j & 2) == 2) y = -1 / y;
    return sign ? -y : y;
}

#define F1(name, expr)                                              \
    static NatStatus n_##name(VM *vm, Value *a, Value *r)           \
    {                                                               \
        double x = a[0].f;                                          \
        r[0] = val_float(expr);                                     \
        return NAT_OK;                                              \
    }
#define F2(name, expr)                                              \
    static NatStatus n_##name(VM *vm, Value *a, Value *r)           \
    {                                                               \
        double x = a[0].f, y = a[1].f;                              \
        r[0] = val_float(expr);                                     \
        return NAT_OK;                                              \
    }

F1(sqrt, sqrt(x))
F1(abs, fabs(x))
F1(floor, floor(x))
F1(ceil, ceil(x))
F1(trunc, trunc(x))
F1(round, round(x))
F1(round_to_even, rint(x))   /* the default rounding mode is to nearest even */
F1(log, log(x))
F1(log2, go_log2(x))
F1(log10, go_log10(x))
F1(log1p, log1p(x))
F1(exp, exp(x))
F1(exp2, exp2(x))
F1(expm1, expm1(x))
F1(sin, go_sin(x))
F1(cos, go_cos(x))
F1(tan, go_tan(x))
F1(asin, asin(x))
F1(acos, acos(x))
F1(atan, atan(x))
F1(sinh, sinh(x))
F1(cosh, cosh(x))
F1(tanh, tanh(x))
F1(cbrt, cbrt(x))
F2(pow, go_pow(x, y))
F2(max, go_max(x, y))
F2(min, go_min(x, y))
F2(dim, go_dim(x, y))
F2(mod, fmod(x, y))
F2(remainder, remainder(x, y))
F2(atan2, atan2(x, y))      /* Atan2(y, x): the arguments arrive in Go's order */
F2(hypot, go_hypot(x, y))
F2(copysign, copysign(x, y))

static NatStatus n_inf(VM *vm, Value *a, Value *r)
{
    r[0] = val_float(a[0].i >= 0 ? INFINITY : -INFINITY);
    return NAT_OK;
}

static NatStatus n_is_inf(VM *vm, Value *a, Value *r)
{
    double f = a[0].f;
    int64_t sign = a[1].i;
    r[0] = val_bool((sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY));
    return NAT_OK;
}

static NatStatus n_is_nan(VM *vm, Value *a, Value *r)
{
    r[0] = val_bool(isnan(a[0].f));
    return NAT_OK;
}

static NatStatus n_nan(VM *vm, Value *a, Value *r)
{
    r[0] = val_float(go_nan());
    return NAT_OK;
}

static NatStatus n_signbit(VM *vm, Value *a, Value *r)
{
    r[0] = val_bool(signbit(a[0].f) != 0);
    return NAT_OK;
}

static NatStatus n_float64bits(VM *vm, Value *a, Value *r)
{
    Value v = val_zero();
    v.u = f64bits(a[0].f);
    r[0] = v;
    return NAT_OK;
}

static NatStatus n_float64frombits(VM *vm, Value *a, Value *r)
{
    r[0] = val_float(f64frombits(a[0].u));
    return NAT_OK;
}

static NatStatus n_float32bits(VM *vm, Value *a, Value *r)
{
    float f = (float)a[0].f;
    uint32_t u;
    memcpy(&u, &f, 4);
    r[0] = val_int((int64_t)u);
    return NAT_OK;
}

static NatStatus n_float32frombits(VM *vm, Value *a, Value *r)
{
    uint32_t u = (uint32_t)a[0].u;
    float f;
    memcpy(&f, &u, 4);
    r[0] = val_float((double)f);
    return NAT_OK;
}

static NatStatus n_modf(VM *vm, Value *a, Value *r)
{
    double frac;
    double ip = go_modf(a[0].f, &frac);
    r[0] = val_float(ip);
    r[1] = val_float(frac);
    return NAT_OK;
}

static NatStatus n_frexp(VM *vm, Value *a, Value *r)
{
    int e;
    double frac = go_frexp(a[0].f, &e);
    r[0] = val_float(frac);
    r[1] = val_int(e);
    return NAT_OK;
}

static NatStatus n_ldexp(VM *vm, Value *a, Value *r)
{
    double frac = a[0].f;
    int64_t e = a[1].i;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    r[0] = val_float(ldexp(frac, (int)e));
    return NAT_OK;
}

const NativeDef lib_math_natives[] = {
    {"math.Sqrt", n_sqrt},
    {"math.Pow", n_pow},
    {"math.Abs", n_abs},
    {"math.Floor", n_floor},
    {"math.Ceil", n_ceil},
    {"math.Trunc", n_trunc},
    {"math.Round", n_round},
    {"math.RoundToEven", n_round_to_even},
    {"math.Max", n_max},
    {"math.Min", n_min},
    {"math.Dim", n_dim},
    {"math.Mod", n_mod},
    {"math.Remainder", n_remainder},
    {"math.Inf", n_inf},
    {"math.IsInf", n_is_inf},
    {"math.IsNaN", n_is_nan},
    {"math.NaN", n_nan},
    {"math.Log", n_log},
    {"math.Log2", n_log2},
    {"math.Log10", n_log10},
    {"math.Log1p", n_log1p},
    {"math.Exp", n_exp},
    {"math.Exp2", n_exp2},
    {"math.Expm1", n_expm1},
    {"math.Sin", n_sin},
    {"math.Cos", n_cos},
    {"math.Tan", n_tan},
    {"math.Asin", n_asin},
    {"math.Acos", n_acos},
    {"math.Atan", n_atan},
    {"math.Atan2", n_atan2},
    {"math.Sinh", n_sinh},
    {"math.Cosh", n_cosh},
    {"math.Tanh", n_tanh},
    {"math.Hypot", n_hypot},
    {"math.Cbrt", n_cbrt},
    {"math.Signbit", n_signbit},
    {"math.Copysign", n_copysign},
    {"math.Float64bits", n_float64bits},
    {"math.Float64frombits", n_float64frombits},
    {"math.Float32bits", n_float32bits},
    {"math.Float32frombits", n_float32frombits},
    {"math.Modf", n_modf},
    {"math.Frexp", n_frexp},
    {"math.Ldexp", n_ldexp},
    {NULL, NULL},
};
