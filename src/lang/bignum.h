/* lang/bignum.h: arbitrary-precision integers, rationals and binary floats
 * for Go's untyped constants, after Go's math/big as go/constant uses it.
 *
 * BigInt is sign and magnitude in 32-bit limbs, least significant first,
 * normalized: no high zero limbs, and zero is never negative. Division
 * truncates toward zero (Go's / and %); >> rounds toward minus infinity and
 * the bitwise operators act on the infinite two's complement form, as
 * big.Int's Rsh/And/Or/Xor/AndNot do. A BigRat is num/den reduced, den > 0.
 * A BigFloat is mant * 2^exp with |mant| rounded to BF_PREC bits (half to
 * even), like go/constant's 512-bit big.Float for huge exponents.
 * Ownership: every value owns its limbs; *_init before use, *_free after.
 * Results may alias operands. */
#ifndef GOROLAB_LANG_BIGNUM_H
#define GOROLAB_LANG_BIGNUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct BigInt {
    uint32_t *d;   /* limbs, least significant first */
    int       n;   /* limbs in use */
    int       cap; /* limbs allocated */
    bool      neg; /* sign; false for zero */
} BigInt;

typedef struct BigRat { BigInt num, den; } BigRat;

/* BF_PREC: go/constant's big.Float precision (its `prec`). */
enum { BF_PREC = 512 };

typedef struct BigFloat {
    BigInt  mant; /* at most BF_PREC bits; odd or zero */
    int64_t exp;  /* value = mant * 2^exp */
} BigFloat;

void bi_init(BigInt *x);
void bi_free(BigInt *x);
void bi_copy(BigInt *dst, const BigInt *src);
void bi_set_i128(BigInt *x, __int128 v);
/* bi_get_i128 gives x when |x| < 2^127 (so that -x fits as well). */
bool bi_get_i128(const BigInt *x, __int128 *out);
int bi_sign(const BigInt *x);
int bi_cmp(const BigInt *a, const BigInt *b);
/* bi_bitlen is the length of |x| in bits (0 for zero). */
size_t bi_bitlen(const BigInt *x);
void bi_neg(BigInt *r, const BigInt *a);
void bi_add(BigInt *r, const BigInt *a, const BigInt *b);
void bi_sub(BigInt *r, const BigInt *a, const BigInt *b);
void bi_mul(BigInt *r, const BigInt *a, const BigInt *b);
/* bi_divmod sets q = a / b and m = a % b truncated toward zero (q or m may be
 * NULL); false when b is zero. */
bool bi_divmod(BigInt *q, BigInt *m, const BigInt *a, const BigInt *b);
void bi_shl(BigInt *r, const BigInt *a, size_t n);
/* bi_shr is the arithmetic shift: floor(a / 2^n). */
void bi_shr(BigInt *r, const BigInt *a, size_t n);
/* bi_bitop computes a op b in two's complement: op '&', '|', '^' or 'n' (&^). */
void bi_bitop(BigInt *r, const BigInt *a, int op, const BigInt *b);
void bi_gcd(BigInt *r, const BigInt *a, const BigInt *b);
/* bi_parse reads digits of base 2..16 ('_' skipped); false on a bad digit. */
bool bi_parse(BigInt *x, const char *s, size_t len, int base);
/* bi_str returns x in decimal; free with free(). */
char *bi_str(const BigInt *x);
/* bi_pow sets r = base^e. */
void bi_pow(BigInt *r, uint32_t base, uint64_t e);

/* bn_round rounds x * 2^exp (plus a tiny positive amount when sticky) to the
 * nearest binary float of `prec` significant bits whose lowest bit is at
 * least 2^lsb_min, ties to even: (53, -1074, 1023) is float64, (24, -149,
 * 127) float32. *inf is set when the result exceeds 2^(emax+1) - ulp; the
 * return value is then +-HUGE_VAL. The result is exact in a double. */
double bn_round(const BigInt *x, int64_t exp, bool sticky, int prec, int lsb_min, int emax, bool *inf);

void br_init(BigRat *x);
void br_free(BigRat *x);
void br_copy(BigRat *dst, const BigRat *src);
/* br_set sets x = num/den (den != 0) and reduces it. */
void br_set(BigRat *x, const BigInt *num, const BigInt *den);
/* br_arith sets r = a op b for op '+', '-', '*', '/'; false on division by zero. */
bool br_arith(BigRat *r, const BigRat *a, int op, const BigRat *b);
int br_cmp(const BigRat *a, const BigRat *b);
/* br_round is bn_round for num/den. */
double br_round(const BigRat *x, int prec, int lsb_min, int emax, bool *inf);

void bf_init(BigFloat *x);
void bf_free(BigFloat *x);
void bf_copy(BigFloat *dst, const BigFloat *src);
/* bf_set_int sets x = m * 2^exp, rounded. */
void bf_set_int(BigFloat *x, const BigInt *m, int64_t exp);
void bf_set_rat(BigFloat *x, const BigRat *r);
/* bf_arith is br_arith for floats, each result rounded to BF_PREC bits. */
bool bf_arith(BigFloat *r, const BigFloat *a, int op, const BigFloat *b);
int bf_cmp(const BigFloat *a, const BigFloat *b);
/* bf_set_dec sets x = m * 10^e (e may be negative) rounded, with the bits
 * math/big's Float.SetString gives such a literal. */
void bf_set_dec(BigFloat *x, const BigInt *m, int64_t e);
/* bf_trim sets r = x cut to prec bits (prec < BF_PREC), toward zero or,
 * with away, away from zero. */
void bf_trim(BigFloat *r, const BigFloat *x, int prec, bool away);
/* bf_get_rat gives x exactly as a rational when its exponent is moderate. */
bool bf_get_rat(const BigFloat *x, BigRat *r, int64_t max_exp);
double bf_round(const BigFloat *x, int prec, int lsb_min, int emax, bool *inf);

#endif
