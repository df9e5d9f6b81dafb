/* bignum_test.c: unit tests for lang/bignum (big integers with Go's
 * truncated division and two's complement bit operations, rationals,
 * 512-bit floats, and correctly rounded conversion to float64/float32). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang/bignum.h"
#include "tap.h"

static BigInt num(const char *dec)
{
    BigInt x;
    bi_init(&x);
    bool neg = dec[0] == '-';
    bi_parse(&x, dec + neg, strlen(dec + neg), 10);
    if (neg && x.n) x.neg = true;
    return x;
}

static void is_big(const BigInt *x, const char *want, const char *name)
{
    char *s = bi_str(x);
    is_str(s, want, "%s", name);
    free(s);
}

/* binop checks a op b == want in decimal */
static void binop(const char *a, int op, const char *b, const char *want)
{
    BigInt x = num(a), y = num(b), r;
    bi_init(&r);
    switch (op) {
    case '+': bi_add(&r, &x, &y); break;
    case '-': bi_sub(&r, &x, &y); break;
    case '*': bi_mul(&r, &x, &y); break;
    case '/': bi_divmod(&r, NULL, &x, &y); break;
    case '%': bi_divmod(NULL, &r, &x, &y); break;
    default: bi_bitop(&r, &x, op, &y); break;
    }
    char name[512];
    snprintf(name, sizeof name, "%.200s %c %.200s", a, op, b);
    is_big(&r, want, name);
    bi_free(&x);
    bi_free(&y);
    bi_free(&r);
}

static uint64_t bits64(double f)
{
    uint64_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

/* rat64 rounds num/den (decimal) to float64 and returns its bits */
static uint64_t rat64(const char *n, const char *d, int prec, int lsb, int emax, bool *inf)
{
    BigInt a = num(n), b = num(d);
    BigRat r;
    br_init(&r);
    br_set(&r, &a, &b);
    double f = br_round(&r, prec, lsb, emax, inf);
    br_free(&r);
    bi_free(&a);
    bi_free(&b);
    return bits64(f);
}

/* pow2 returns 2^e (e >= 0) in decimal */
static char *pow2(int e)
{
    BigInt x;
    bi_init(&x);
    bi_pow(&x, 2, (uint64_t)e);
    char *s = bi_str(&x);
    bi_free(&x);
    return s;
}

int main(void)
{
    plan_lazy();

    /* carries across limbs, both ways */
    binop("4294967295", '+', "1", "4294967296");
    binop("18446744073709551615", '+', "1", "18446744073709551616");
    binop("340282366920938463463374607431768211456", '-', "1", "340282366920938463463374607431768211455");
    binop("-18446744073709551616", '+', "1", "-18446744073709551615");
    binop("5", '-', "7", "-2");
    binop("-5", '-', "-5", "0");
    binop("18446744073709551615", '*', "18446744073709551615", "340282366920938463426481119284349108225");
    binop("-3", '*', "0", "0");

    /* Go's / and % truncate toward zero */
    binop("-7", '/', "2", "-3");
    binop("-7", '%', "2", "-1");
    binop("7", '/', "-2", "-3");
    binop("7", '%', "-2", "1");
    binop("-7", '/', "-2", "3");
    binop("-7", '%', "-2", "-1");
    binop("340282366920938463463374607431768211456", '/', "18446744073709551616", "18446744073709551616");
    binop("340282366920938463463374607431768211455", '%', "18446744073709551616", "18446744073709551615");
    binop("6277101735386680763835789423207666416102355444464034512895", '/',
          "340282366920938463463374607431768211455", "18446744073709551616");
    binop("6277101735386680763835789423207666416102355444464034512895", '%',
          "340282366920938463463374607431768211455", "18446744073709551615");
    /* a quotient digit estimate that must be corrected (Knuth's add back,
     * Hacker's Delight's divmnu test case 0x800000000000000000000003 / 0x200000000000000000000001) */
    binop("39614081257132168796771975171", '/', "9903520314283042199192993793", "3");
    binop("39614081257132168796771975171", '%', "9903520314283042199192993793", "9903520314283042199192993792");
    {   /* q*b + r == a on a large division */
        BigInt a, b, q, r, t;
        bi_init(&a);
        bi_init(&b);
        bi_init(&q);
        bi_init(&r);
        bi_init(&t);
        bi_pow(&a, 3, 700);
        bi_pow(&b, 7, 150);
        bi_neg(&a, &a);
        ok(bi_divmod(&q, &r, &a, &b), "divmod succeeds");
        bi_mul(&t, &q, &b);
        bi_add(&t, &t, &r);
        ok(bi_cmp(&t, &a) == 0, "q*b + r == a for -3^700 / 7^150");
        ok(bi_sign(&r) <= 0 && bi_cmp(&r, &b) < 0, "the remainder takes the dividend's sign");
        bi_set_i128(&b, 0);
        ok(!bi_divmod(&q, &r, &a, &b), "division by zero is refused");
        bi_free(&a);
        bi_free(&b);
        bi_free(&q);
        bi_free(&r);
        bi_free(&t);
    }

    /* shifts: >> rounds toward minus infinity, as big.Int.Rsh */
    {
        BigInt x = num("-5"), r;
        bi_init(&r);
        bi_shr(&r, &x, 1);
        is_big(&r, "-3", "-5 >> 1");
        bi_shr(&r, &x, 100);
        is_big(&r, "-1", "-5 >> 100");
        bi_set_i128(&x, -4);
        bi_shr(&r, &x, 2);
        is_big(&r, "-1", "-4 >> 2");
        bi_set_i128(&x, 1);
        bi_shl(&r, &x, 100);
        is_big(&r, "1267650600228229401496703205376", "1 << 100");
        bi_shr(&r, &r, 99);
        is_big(&r, "2", "1 << 100 >> 99");
        bi_free(&x);
        bi_free(&r);
    }

    /* bit operations on the two's complement form */
    binop("-6", '&', "3", "2");
    binop("-6", '|', "3", "-5");
    binop("-6", '^', "3", "-7");
    binop("6", 'n', "-3", "2");
    binop("-6", 'n', "3", "-8");
    binop("-1", '&', "-18446744073709551616", "-18446744073709551616");
    binop("-18446744073709551617", '^', "18446744073709551615", "-36893488147419103232");
    binop("340282366920938463463374607431768211455", '&', "-340282366920938463463374607431768211456", "0");

    /* decimal and other bases */
    {
        char *s = pow2(256);
        is_str(s, "115792089237316195423570985008687907853269984665640564039457584007913129639936", "2^256 in decimal");
        free(s);
        BigInt x;
        bi_init(&x);
        ok(bi_parse(&x, "ff_ff", 5, 16), "hex digits with _");
        is_big(&x, "65535", "0xff_ff");
        ok(!bi_parse(&x, "12", 2, 2), "a digit beyond the base is refused");
        bi_set_i128(&x, 0);
        is_big(&x, "0", "zero");
        __int128 v;
        bi_pow(&x, 2, 126);
        ok(bi_get_i128(&x, &v) && v == (__int128)1 << 126, "2^126 fits __int128");
        bi_pow(&x, 2, 127);
        ok(!bi_get_i128(&x, &v), "2^127 does not");
        bi_neg(&x, &x);
        ok(!bi_get_i128(&x, &v), "nor does -2^127 (its negation would not)");
        bi_free(&x);
    }

    /* gcd and rationals */
    {
        BigRat a, b, r;
        br_init(&a);
        br_init(&b);
        br_init(&r);
        BigInt n = num("6"), d = num("-4");
        br_set(&a, &n, &d);
        is_big(&a.num, "-3", "6/-4 reduces to -3/2 (num)");
        is_big(&a.den, "2", "6/-4 reduces to -3/2 (den)");
        bi_free(&n);
        bi_free(&d);
        n = num("1");
        d = num("3");
        br_set(&b, &n, &d);
        br_arith(&r, &b, '+', &b);
        br_arith(&r, &r, '+', &b);
        is_big(&r.num, "1", "1/3 + 1/3 + 1/3 == 1");
        ok(br_cmp(&a, &b) < 0, "-3/2 < 1/3");
        bi_set_i128(&n, 0);
        br_set(&r, &n, &d);
        ok(!br_arith(&r, &a, '/', &r), "rational division by zero is refused");
        bi_free(&n);
        bi_free(&d);
        br_free(&a);
        br_free(&b);
        br_free(&r);
    }

    /* correct rounding to float64: ties to even, subnormals, overflow */
    bool inf;
    /* 1e23 is halfway between two doubles: it ties to the even one, 1e23+1 rounds up */
    ok(rat64("100000000000000000000000", "1", 53, -1074, 1023, &inf) == 0x44B52D02C7E14AF6u, "1e23");
    ok(rat64("100000000000000000000001", "1", 53, -1074, 1023, &inf) == 0x44B52D02C7E14AF7u, "1e23+1");
    ok(rat64("9007199254740993", "1", 53, -1074, 1023, &inf) == bits64(9007199254740992.0), "2^53+1 ties to even (down)");
    ok(rat64("9007199254740995", "1", 53, -1074, 1023, &inf) == bits64(9007199254740996.0), "2^53+3 ties to even (up)");
    ok(rat64("1", "10", 53, -1074, 1023, &inf) == bits64(0.1), "1/10");
    ok(rat64("-2", "3", 53, -1074, 1023, &inf) == bits64(-2.0 / 3), "-2/3");
    {
        char *p1074 = pow2(1074), *p1075 = pow2(1075), *p1024 = pow2(1024);
        ok(rat64("1", p1074, 53, -1074, 1023, &inf) == 1, "0x1p-1074 is the smallest subnormal");
        ok(rat64("1", p1075, 53, -1074, 1023, &inf) == 0, "0x1p-1075 is halfway: ties to even, 0");
        ok(rat64("3", p1075, 53, -1074, 1023, &inf) == 2, "0x3p-1075 is halfway: ties to even, 2 ulps");
        ok(rat64("5", p1075, 53, -1074, 1023, &inf) == 2, "0x5p-1075 ties down to 2 ulps");
        ok(rat64("1", p1024, 53, -1074, 1023, &inf) == 0x0004000000000000u, "0x1p-1024 is an exact subnormal");
        ok(rat64(p1024, "1", 53, -1074, 1023, &inf) == 0x7ff0000000000000u && inf, "2^1024 overflows");
        /* max64 + ulp/2 is a tie that rounds up to 2^1024: overflow; just below it rounds to max64 */
        BigInt m, u, t;
        bi_init(&m);
        bi_init(&u);
        bi_init(&t);
        bi_pow(&m, 2, 1024);
        bi_pow(&u, 2, 970);   /* half an ulp of max64 */
        bi_sub(&t, &m, &u);
        ok(bn_round(&t, 0, false, 53, -1074, 1023, &inf) == INFINITY && inf, "max64 + ulp/2 overflows (ties to even)");
        ok(bn_round(&t, 0, true, 53, -1074, 1023, &inf) == INFINITY && inf, "so does anything above");
        bi_set_i128(&u, 1);
        bi_sub(&t, &t, &u);
        ok(bits64(bn_round(&t, 0, false, 53, -1074, 1023, &inf)) == 0x7fefffffffffffffu && !inf,
           "max64 + ulp/2 - 1 rounds to max64");
        bi_free(&m);
        bi_free(&u);
        bi_free(&t);
        free(p1074);
        free(p1075);
        free(p1024);
    }
    /* float32: 24 bits, subnormals from 2^-149 */
    {
        char *p149 = pow2(149), *p150 = pow2(150);
        float f1 = 0x1p-149f;
        uint64_t want;
        double d = (double)f1;
        memcpy(&want, &d, sizeof want);
        ok(rat64("1", p149, 24, -149, 127, &inf) == want, "0x1p-149 is float32's smallest subnormal");
        ok(rat64("1", p150, 24, -149, 127, &inf) == 0, "0x1p-150 ties to even: 0");
        ok(rat64("16777217", "1", 24, -149, 127, &inf) == bits64(16777216.0), "2^24+1 ties to even in float32");
        free(p149);
        free(p150);
    }

    /* 512-bit floats for huge exponents */
    {
        BigFloat a, b, q;
        bf_init(&a);
        bf_init(&b);
        bf_init(&q);
        BigInt one1;
        bi_init(&one1);
        bi_set_i128(&one1, 1);
#define bf_pow10(x, e) bf_set_dec((x), &one1, (e))
        bf_pow10(&a, 646456992);
        bf_pow10(&b, 646456991);
        ok(bf_arith(&q, &a, '/', &b), "float division");
        ok(bf_round(&q, 53, -1074, 1023, &inf) == 10.0, "1e646456992 / 1e646456991 rounds to 10");
        BigFloat ten;
        bf_init(&ten);
        bf_pow10(&ten, 1);
        ok(bf_cmp(&q, &ten) == 0, "and is exactly 10 with math/big's bits (gc's n/d == 10)");
        bf_free(&ten);
        ok(bf_cmp(&a, &b) > 0, "1e646456992 > 1e646456991");
        bf_pow10(&a, -400);
        bf_pow10(&b, -500);
        bf_arith(&q, &a, '/', &b);
        ok(bf_round(&q, 53, -1074, 1023, &inf) == 1e100, "1e-400 / 1e-500 == 1e100");
        bf_arith(&q, &a, '*', &b);
        ok(bf_round(&q, 53, -1074, 1023, &inf) == 0, "1e-900 underflows to 0 in float64");
        bf_pow10(&a, 0);
        bf_pow10(&b, -600);
        bf_arith(&q, &a, '+', &b);
        ok(bf_cmp(&q, &a) == 0, "1 + 1e-600 is 1 in 512 bits");
        bf_arith(&q, &a, '-', &b);
        ok(bf_cmp(&q, &a) == 0, "so is 1 - 1e-600");
        BigInt one;
        bi_init(&one);
        bi_set_i128(&one, 1);
        bf_set_int(&b, &one, -511);   /* one ulp of 1 */
        bf_arith(&q, &a, '+', &b);
        bf_arith(&q, &q, '-', &a);
        ok(bf_cmp(&q, &b) == 0, "(1 + 2^-511) - 1 == 2^-511");
        bf_set_int(&b, &one, -512);   /* half an ulp: ties to even */
        bf_arith(&q, &a, '+', &b);
        ok(bf_cmp(&q, &a) == 0, "1 + 2^-512 ties to even: 1");
        bi_free(&one);
        BigRat r;
        br_init(&r);
        bf_pow10(&a, 3);
        ok(bf_get_rat(&a, &r, 4096), "a moderate float converts to a rational");
        is_big(&r.num, "1000", "10^3 as a rational");
        br_free(&r);
        bf_free(&a);
        bf_free(&b);
        bf_free(&q);
        bi_free(&one1);
#undef bf_pow10
    }
    return done_testing();
}
