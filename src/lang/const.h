/* lang/const.h: compile-time constant values (Go's untyped and typed
 * constants), with go/constant's precision: integers are unbounded (the
 * checker reports untyped results beyond CV_INT_BITS, as gc does); untyped
 * floats are exact rationals (so that 0.1+0.2 == 0.3 as in Go) while their
 * terms stay below 2^4096, and 512-bit binary floats beyond; typed floats
 * are doubles. Fast path: an integer that fits 128 bits is held in `i`, a
 * rational whose terms fit 128 bits in num/den (`exact`); only larger values
 * take a ConstBig (lang/bignum.h), then `i` is saturated to +-(2^127-1) so
 * that range checks on `i` alone still fail.
 * Invariant: a CV_FLOAT's f is always its value as the nearest double
 * (+-inf beyond float64's range), so code that needs no exactness reads f. */
#ifndef GOROLAB_LANG_CONST_H
#define GOROLAB_LANG_CONST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef __int128 i128;

typedef enum ConstKind { CV_NONE, CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } ConstKind;

/* CV_INT_BITS: gc's limit on untyped integer constants (types2's `prec`). */
enum { CV_INT_BITS = 512 };

typedef struct ConstBig ConstBig;   /* const.c: a value beyond 128-bit terms */

typedef struct ConstVal {
    ConstKind kind;
    bool      b;
    i128      i;
    double    f;
    i128      num, den; /* CV_FLOAT with exact: the value is num/den, den > 0, reduced */
    bool      exact;
    const char *s;    /* arena-owned bytes (may contain NULs) */
    size_t    len;
    const ConstBig *big; /* CV_INT or untyped CV_FLOAT too large for i / num,den */
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
/* cv_parse_float returns the value of a decimal or hex float literal (raw
 * text, '_' allowed): exact, or a 512-bit float for huge exponents; false
 * on malformed text. */
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
/* cv_sign is -1, 0 or 1 for a numeric constant. */
int cv_sign(ConstVal c);
/* cv_cmp compares numeric constants exactly (-1, 0, 1). */
int cv_cmp(ConstVal a, ConstVal b);
/* cv_int_arith computes a op b on integer constants for op '+', '-', '*',
 * '/', '%' (truncated, as Go's), '&', '|', '^' and 'n' (&^); false when
 * dividing by zero. */
bool cv_int_arith(ConstVal a, int op, ConstVal b, ConstVal *out);
/* cv_num_arith computes a op b exactly for op '+', '-', '*', '/' on
 * untyped numeric constants (int or float), giving a float constant;
 * false when dividing by zero. */
bool cv_num_arith(ConstVal a, int op, ConstVal b, ConstVal *out);
/* cv_shift shifts integer constant x by n bits (right: toward -inf). */
ConstVal cv_shift(ConstVal x, bool left, unsigned n);
/* cv_not is ^x for an untyped integer: -x-1. */
ConstVal cv_not(ConstVal x);
/* cv_int_bitlen is the bit length of |x| for an integer constant. */
size_t cv_int_bitlen(ConstVal x);
/* cv_to_int gives an int or float constant with an integral value as an
 * integer constant (unbounded); false if it is not integral. */
bool cv_to_int(ConstVal c, ConstVal *out);
/* cv_to_float rounds a numeric constant to float64 (bits 64) or float32
 * (bits 32) correctly, ties to even; false when it overflows the type. The
 * result is a typed float constant. */
bool cv_to_float(ConstVal c, int bits, ConstVal *out);
/* cv_parse_int reads an integer literal (any size; raw text, '_' allowed). */
bool cv_parse_int(const char *raw, size_t len, ConstVal *out);
/* cv_float_is_int reports whether a float constant has an integral value that fits i128. */
bool cv_float_is_int(double f, i128 *out);
/* cv_fits reports whether integer v fits an integer type of `bits` bits, signed or not. */
bool cv_fits(i128 v, int bits, bool is_unsigned);
/* cv_str formats c as Go prints constants in messages ("300", "1.5", "\"hi\"", "true"). */
const char *cv_str(ConstVal c);

#endif
