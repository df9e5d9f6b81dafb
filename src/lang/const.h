/* lang/const.h: compile-time constant values (Go's untyped and typed
 * constants). Integers are exact in 128 bits (Go's are unbounded: a constant
 * beyond 128 bits is reported as an overflow). Untyped floats are exact
 * rationals num/den while literals and arithmetic fit 128 bits (so that
 * 0.1+0.2 == 0.3 as in Go), doubles otherwise; typed floats are doubles.
 * Invariant: a CV_FLOAT's f is always its value (rounded) as a double, so
 * code that needs no exactness reads f alone. */
#ifndef GOROLAB_LANG_CONST_H
#define GOROLAB_LANG_CONST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef __int128 i128;

typedef enum ConstKind { CV_NONE, CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } ConstKind;

typedef struct ConstVal {
    ConstKind kind;
    bool      b;
    i128      i;
    double    f;
    i128      num, den; /* CV_FLOAT with exact: the value is num/den, den > 0, reduced */
    bool      exact;
    const char *s;    /* arena-owned bytes (may contain NULs) */
    size_t    len;
} ConstVal;

static inline ConstVal cv_int(i128 i) { ConstVal c = {0}; c.kind = CV_INT; c.i = i; return c; }
static inline ConstVal cv_float(double f)
{
    ConstVal c = {0};
    c.kind = CV_FLOAT;
    c.f = f == 0 ? 0.0 : f;   /* constants are exact: there is no -0 */
    return c;
}
static inline ConstVal cv_bool(bool b) { ConstVal c = {0}; c.kind = CV_BOOL; c.b = b; return c; }

/* cv_rat returns the exact float constant num/den (den != 0), reduced, or
 * an inexact one holding the nearest double when the terms are too large. */
ConstVal cv_rat(i128 num, i128 den);
/* cv_parse_float returns the exact value of a decimal or hex float literal
 * (raw text, '_' allowed); false when it does not fit 128-bit terms. */
bool cv_parse_float(const char *raw, size_t len, ConstVal *out);
/* cv_rat_of gives the exact rational of an int or exact float constant. */
bool cv_rat_of(ConstVal c, i128 *num, i128 *den);
/* cv_rat_arith computes a op b for op '+', '-', '*', '/' exactly (b != 0
 * for '/'); false on overflow of the terms (then use doubles). */
bool cv_rat_arith(ConstVal a, int op, ConstVal b, ConstVal *out);
/* cv_rat_cmp sets *cmp to -1, 0 or 1 comparing exact a and b; false if
 * either is inexact or the cross products overflow. */
bool cv_rat_cmp(ConstVal a, ConstVal b, int *cmp);
/* cv_is_int reports whether an int or float constant has an integral value
 * that fits i128, and gives it. */
bool cv_is_int(ConstVal c, i128 *out);
/* cv_neg negates a numeric constant (int, float, exact or not). */
ConstVal cv_neg(ConstVal c);
/* cv_as_float converts an int or float constant to the nearest double. */
double cv_as_float(ConstVal c);
/* cv_float_is_int reports whether a float constant has an integral value that fits i128. */
bool cv_float_is_int(double f, i128 *out);
/* cv_fits reports whether integer v fits an integer type of `bits` bits, signed or not. */
bool cv_fits(i128 v, int bits, bool is_unsigned);
/* cv_str formats c as Go prints constants in messages ("300", "1.5", "\"hi\"", "true"). */
const char *cv_str(ConstVal c);

#endif
