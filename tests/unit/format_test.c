/* tests/unit/format_test.c: lib/format against Go 1.19's own output.
 *
 * The expected strings in the tables were produced by running the real Go
 * (fmt.Sprintf, strconv.*) on the same inputs; floats are written as C hex
 * literals so that the inputs are bit-exact. Printf cases run through
 * fmt_printf with a small FmtArgs over tagged C values, which exercises the
 * driver and every fmt_spec_* function.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "lib/format.h"
#include "tap.h"

/* is_bytes checks got against want (which may hold NULs). */
static bool is_bytes(const Buf *got, const char *want, size_t want_len, const char *name)
{
    const char *g = got->data ? got->data : "";
    bool same = got->len == want_len && memcmp(g, want, want_len) == 0;
    if (!same) {
        ok(false, "%s", name);
        diag("     got: '%s' (%zu bytes)", g, got->len);
        diag("expected: '%s' (%zu bytes)", want, want_len);
        return false;
    }
    return ok(true, "%s", name);
}

/* ---- a fake operand list for fmt_printf -------------------------------- */

typedef enum { A_NIL, A_INT, A_UINT, A_F64, A_F32, A_C128, A_STR, A_BOOL, A_BYTES, A_PTR } ArgKind;

typedef struct Arg {
    ArgKind            kind;
    const char        *type;  /* Go type name */
    long long          i;     /* A_INT, A_BOOL; A_BYTES: 1 if nil */
    unsigned long long u;     /* A_UINT, A_PTR */
    double             f;     /* A_F64, A_F32, real part of A_C128 */
    const char        *s;     /* A_STR, A_BYTES */
    size_t             n;     /* length of s */
    double             im;    /* imaginary part of A_C128 */
} Arg;

static void format_arg(void *ctx, Buf *b, int i, const FmtSpec *sp);

/* bad_verb writes Go's %!verb(type=value) */
static void bad_verb(Buf *b, const Arg *a, const FmtSpec *sp)
{
    buf_puts(b, "%!");
    buf_rune(b, sp->verb);
    buf_putc(b, '(');
    if (a->kind == A_NIL) {
        buf_puts(b, "<nil>");
    } else {
        FmtSpec v = *sp;
        v.verb = 'v';
        buf_puts(b, a->type);
        buf_putc(b, '=');
        format_arg((void *)a, b, 0, &v);
    }
    buf_putc(b, ')');
}

static bool format_value(Buf *b, const Arg *a, const FmtSpec *sp)
{
    switch (a->kind) {
    case A_NIL: return false;
    case A_INT: return fmt_spec_int(b, sp, (uint64_t)a->i, true, 64);
    case A_UINT: return fmt_spec_int(b, sp, a->u, false, 64);
    case A_F64: return fmt_spec_float(b, sp, a->f, 64);
    case A_F32: return fmt_spec_float(b, sp, a->f, 32);
    case A_C128: return fmt_spec_complex(b, sp, a->f, a->im, 128);
    case A_STR: return fmt_spec_string(b, sp, a->s, a->n);
    case A_BOOL: return fmt_spec_bool(b, sp, a->i != 0);
    case A_PTR: return fmt_pointer(b, sp, (uintptr_t)a->u);
    case A_BYTES:
        if (fmt_spec_bytes(b, sp, (const uint8_t *)a->s, a->n, a->i != 0, "[]byte")) return true;
        /* like any other slice: element by element */
        buf_putc(b, '[');
        for (size_t k = 0; k < a->n; k++) {
            if (k > 0) buf_putc(b, ' ');
            Arg e = {A_UINT, "uint8", 0, (unsigned char)a->s[k], 0, NULL, 0, 0};
            if (!format_value(b, &e, sp)) bad_verb(b, &e, sp);
        }
        buf_putc(b, ']');
        return true;
    }
    return false;
}

/* format_arg is pp.printArg for one operand (ctx points at it when i is 0). */
static void format_arg(void *ctx, Buf *b, int i, const FmtSpec *sp)
{
    const Arg *a = &((const Arg *)ctx)[i];
    if (a->kind == A_NIL) {
        if (sp->verb == 'T' || sp->verb == 'v') fmt_pad(b, sp, "<nil>", 5);
        else bad_verb(b, a, sp);
        return;
    }
    if (sp->verb == 'T') {
        FmtSpec s = *sp;
        s.verb = 's';
        fmt_spec_string(b, &s, a->type, strlen(a->type));
        return;
    }
    if (sp->verb == 'p') {
        if (a->kind != A_PTR || !fmt_pointer(b, sp, (uintptr_t)a->u)) bad_verb(b, a, sp);
        return;
    }
    if (!format_value(b, a, sp)) bad_verb(b, a, sp);
}

static bool arg_as_int(void *ctx, int i, int64_t *out)
{
    const Arg *a = &((const Arg *)ctx)[i];
    if (a->kind == A_INT) { *out = a->i; return true; }
    if (a->kind == A_UINT && a->u <= INT64_MAX) { *out = (int64_t)a->u; return true; }
    return false;
}

static void arg_type_and_value(void *ctx, Buf *b, int i)
{
    const Arg *a = &((const Arg *)ctx)[i];
    if (a->kind == A_NIL) { buf_puts(b, "<nil>"); return; }
    FmtSpec v = {.verb = 'v'};
    buf_puts(b, a->type);
    buf_putc(b, '=');
    format_arg(ctx, b, i, &v);
}

/* ---- tables from Go ---------------------------------------------------- */

typedef struct PrintfCase {
    const char *format;
    int         nargs;
    Arg         args[5];
    const char *want;
    size_t      want_len;
} PrintfCase;

static const PrintfCase printf_cases[] = {
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0.1", 3},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.e848p+19, NULL, 0, 0}}, "1e+06", 5},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.d6f3454p+26, NULL, 0, 0}}, "1.23456789e+08", 14},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.91eb851eb851fp+01, NULL, 0, 0}}, "3.14", 4},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.4f8b588e368f1p-17, NULL, 0, 0}}, "1e-05", 5},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.9p+06, NULL, 0, 0}}, "100", 3},
    {"%v", 1, {{A_F64, "float64", 0, 0, -0.0, NULL, 0, 0}}, "-0", 2},
    {"%v", 1, {{A_F64, "float64", 0, 0, INFINITY, NULL, 0, 0}}, "+Inf", 4},
    {"%v", 1, {{A_F64, "float64", 0, 0, -INFINITY, NULL, 0, 0}}, "-Inf", 4},
    {"%v", 1, {{A_F64, "float64", 0, 0, NAN, NULL, 0, 0}}, "NaN", 3},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1p-1074, NULL, 0, 0}}, "5e-324", 6},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.fffffffffffffp+1023, NULL, 0, 0}}, "1.7976931348623157e+308", 23},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.b1ae4d6e2ef5p+69, NULL, 0, 0}}, "1e+21", 5},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.5af1d78b58c4p+66, NULL, 0, 0}}, "1e+20", 5},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.e24p+16, NULL, 0, 0}}, "123456", 6},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.2d687p+20, NULL, 0, 0}}, "1.234567e+06", 12},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.a36e2eb1c432dp-14, NULL, 0, 0}}, "0.0001", 6},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.9e0fcaf9380fcp-17, NULL, 0, 0}}, "1.234e-05", 9},
    {"%v", 1, {{A_F32, "float32", 0, 0, 0x1.99999ap-04, NULL, 0, 0}}, "0.1", 3},
    {"%v", 1, {{A_F32, "float32", 0, 0, 0x1.fffffep+127, NULL, 0, 0}}, "3.4028235e+38", 13},
    {"%v", 1, {{A_F32, "float32", 0, 0, 0x1p-149, NULL, 0, 0}}, "1e-45", 5},
    {"%v", 1, {{A_F32, "float32", 0, 0, 0x1p+24, NULL, 0, 0}}, "1.6777216e+07", 13},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.4p+01, NULL, 0, 0}}, "2.5", 3},
    {"%v", 1, {{A_F64, "float64", 0, 0, -0x1.4p+01, NULL, 0, 0}}, "-2.5", 4},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "1", 1},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.3333333333333p-02, NULL, 0, 0}}, "0.3", 3},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.5555555555555p-01, NULL, 0, 0}}, "0.6666666666666666", 18},
    {"%.2f", 1, {{A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "3.14", 4},
    {"%.2f", 1, {{A_F64, "float64", 0, 0, 0x1.5666666666666p+01, NULL, 0, 0}}, "2.67", 4},
    {"%.0f", 1, {{A_F64, "float64", 0, 0, 0x1p-01, NULL, 0, 0}}, "0", 1},
    {"%.0f", 1, {{A_F64, "float64", 0, 0, 0x1.8p+00, NULL, 0, 0}}, "2", 1},
    {"%.0f", 1, {{A_F64, "float64", 0, 0, 0x1.4p+01, NULL, 0, 0}}, "2", 1},
    {"%8.3f|", 1, {{A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "   3.142|", 9},
    {"%-8.3f|", 1, {{A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "3.142   |", 9},
    {"%08.3f", 1, {{A_F64, "float64", 0, 0, -0x1.921f9f01b866ep+01, NULL, 0, 0}}, "-003.142", 8},
    {"%+.3f", 1, {{A_F64, "float64", 0, 0, 0x1.8p+01, NULL, 0, 0}}, "+3.000", 6},
    {"% .3f", 1, {{A_F64, "float64", 0, 0, 0x1.8p+01, NULL, 0, 0}}, " 3.000", 6},
    {"% f", 1, {{A_F64, "float64", 0, 0, -0x1p+00, NULL, 0, 0}}, "-1.000000", 9},
    {"%f", 1, {{A_F64, "float64", 0, 0, 0x1.5af1d78b58c4p+66, NULL, 0, 0}}, "100000000000000000000.000000", 28},
    {"%f", 1, {{A_F64, "float64", 0, 0, 0x1.ad7f29abcaf48p-24, NULL, 0, 0}}, "0.000000", 8},
    {"%.10f", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0.1000000000", 12},
    {"%.30f", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0.100000000000000005551115123126", 32},
    {"%f", 1, {{A_F64, "float64", 0, 0, 0x1.fffffffffffffp+1023, NULL, 0, 0}}, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000", 316},
    {"%.3f", 1, {{A_F64, "float64", 0, 0, 0x1.0624dd2f1a9fcp-11, NULL, 0, 0}}, "0.001", 5},
    {"%.3f", 1, {{A_F64, "float64", 0, 0, 0x1.89374bc6a7efap-10, NULL, 0, 0}}, "0.002", 5},
    {"%F", 1, {{A_F64, "float64", 0, 0, 0x1.4p+01, NULL, 0, 0}}, "2.500000", 8},
    {"%e", 1, {{A_F64, "float64", 0, 0, 0x1.e240c9fbe76c9p+16, NULL, 0, 0}}, "1.234568e+05", 12},
    {"%E", 1, {{A_F64, "float64", 0, 0, 0x1.e240c9fbe76c9p+16, NULL, 0, 0}}, "1.234568E+05", 12},
    {"%.2e", 1, {{A_F64, "float64", 0, 0, 0x1.02e7ef70994ddp-13, NULL, 0, 0}}, "1.23e-04", 8},
    {"%.0e", 1, {{A_F64, "float64", 0, 0, 0x1.4p+02, NULL, 0, 0}}, "5e+00", 5},
    {"%.0e", 1, {{A_F64, "float64", 0, 0, 0x1.ep+03, NULL, 0, 0}}, "2e+01", 5},
    {"%e", 1, {{A_F64, "float64", 0, 0, 0x0p+00, NULL, 0, 0}}, "0.000000e+00", 12},
    {"%e", 1, {{A_F64, "float64", 0, 0, 0x1.249ad2594c37dp+332, NULL, 0, 0}}, "1.000000e+100", 13},
    {"%e", 1, {{A_F64, "float64", 0, 0, 0x1p-1074, NULL, 0, 0}}, "4.940656e-324", 13},
    {"%.20e", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "1.00000000000000005551e-01", 26},
    {"%g", 1, {{A_F64, "float64", 0, 0, 0x1.e240c9fbe76c9p+16, NULL, 0, 0}}, "123456.789", 10},
    {"%g", 1, {{A_F64, "float64", 0, 0, 0x1.2d687p+20, NULL, 0, 0}}, "1.234567e+06", 12},
    {"%.3g", 1, {{A_F64, "float64", 0, 0, 0x1.e240c9fbe76c9p+16, NULL, 0, 0}}, "1.23e+05", 8},
    {"%.3g", 1, {{A_F64, "float64", 0, 0, 0x1.02e7ef70994ddp-13, NULL, 0, 0}}, "0.000123", 8},
    {"%.10g", 1, {{A_F64, "float64", 0, 0, 0x1.5555555555555p-02, NULL, 0, 0}}, "0.3333333333", 12},
    {"%G", 1, {{A_F64, "float64", 0, 0, 0x1.b7cdfd9d7bdbbp-34, NULL, 0, 0}}, "1E-10", 5},
    {"%g", 1, {{A_F64, "float64", 0, 0, 0x1.a36e2eb1c432dp-14, NULL, 0, 0}}, "0.0001", 6},
    {"%g", 1, {{A_F64, "float64", 0, 0, 0x1.4f8b588e368f1p-17, NULL, 0, 0}}, "1e-05", 5},
    {"%.0g", 1, {{A_F64, "float64", 0, 0, 0x1.ecp+06, NULL, 0, 0}}, "1e+02", 5},
    {"%.1g", 1, {{A_F64, "float64", 0, 0, 0x0p+00, NULL, 0, 0}}, "0", 1},
    {"%.3g", 1, {{A_F64, "float64", 0, 0, 0x1.9p+06, NULL, 0, 0}}, "100", 3},
    {"%.3g", 1, {{A_F64, "float64", 0, 0, 0x1.f4p+09, NULL, 0, 0}}, "1e+03", 5},
    {"%.20g", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0.10000000000000000555", 22},
    {"%g", 1, {{A_F64, "float64", 0, 0, 0x1.b1ae4d6e2ef5p+69, NULL, 0, 0}}, "1e+21", 5},
    {"%g", 1, {{A_F64, "float64", 0, 0, 0x1.5af1d78b58c4p+66, NULL, 0, 0}}, "1e+20", 5},
    {"%#g", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "1.00000", 7},
    {"%#g", 1, {{A_F64, "float64", 0, 0, 0x1.e24p+16, NULL, 0, 0}}, "123456.", 7},
    {"%#g", 1, {{A_F64, "float64", 0, 0, 0x1.2d687p+20, NULL, 0, 0}}, "1.234567e+06", 12},
    {"%#.3g", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "1.00", 4},
    {"%#v", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "1", 1},
    {"%#e", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "1.000000e+00", 12},
    {"%#.0e", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "1.e+00", 6},
    {"%#.0f", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "1.", 2},
    {"%#f", 1, {{A_F64, "float64", 0, 0, 0x0p+00, NULL, 0, 0}}, "0.000000", 8},
    {"%#g", 1, {{A_F64, "float64", 0, 0, 0x0p+00, NULL, 0, 0}}, "0.00000", 7},
    {"%#.4g", 1, {{A_F64, "float64", 0, 0, 0x1.4f8b588e368f1p-17, NULL, 0, 0}}, "1.000e-05", 9},
    {"%#x", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "0x1.0000p+00", 12},
    {"%#b", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "4503599627370496p-52", 20},
    {"%b", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "4503599627370496p-52", 20},
    {"%b", 1, {{A_F64, "float64", 0, 0, 0x1p-1074, NULL, 0, 0}}, "1p-1074", 7},
    {"%b", 1, {{A_F32, "float32", 0, 0, 0x1p+00, NULL, 0, 0}}, "8388608p-23", 11},
    {"%x", 1, {{A_F64, "float64", 0, 0, 0x1p+00, NULL, 0, 0}}, "0x1p+00", 7},
    {"%X", 1, {{A_F64, "float64", 0, 0, -0x1.cp+01, NULL, 0, 0}}, "-0X1.CP+01", 10},
    {"%x", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0x1.999999999999ap-04", 21},
    {"%.3x", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0x1.99ap-04", 11},
    {"%.0x", 1, {{A_F64, "float64", 0, 0, 0x1.8p+00, NULL, 0, 0}}, "0x1p+01", 7},
    {"%.0x", 1, {{A_F64, "float64", 0, 0, 0x1.4p+01, NULL, 0, 0}}, "0x1p+01", 7},
    {"%x", 1, {{A_F64, "float64", 0, 0, 0x1p-1074, NULL, 0, 0}}, "0x1p-1074", 9},
    {"%x", 1, {{A_F32, "float32", 0, 0, 0x1.99999ap-04, NULL, 0, 0}}, "0x1.99999ap-04", 14},
    {"%x", 1, {{A_F64, "float64", 0, 0, 0x0p+00, NULL, 0, 0}}, "0x0p+00", 7},
    {"%x", 1, {{A_F64, "float64", 0, 0, INFINITY, NULL, 0, 0}}, "+Inf", 4},
    {"%10v|", 1, {{A_F64, "float64", 0, 0, NAN, NULL, 0, 0}}, "       NaN|", 11},
    {"%+v", 1, {{A_F64, "float64", 0, 0, NAN, NULL, 0, 0}}, "NaN", 3},
    {"% v", 1, {{A_F64, "float64", 0, 0, NAN, NULL, 0, 0}}, " NaN", 4},
    {"%010v", 1, {{A_F64, "float64", 0, 0, -INFINITY, NULL, 0, 0}}, "      -Inf", 10},
    {"%010v", 1, {{A_F64, "float64", 0, 0, INFINITY, NULL, 0, 0}}, "      +Inf", 10},
    {"%+010v", 1, {{A_F64, "float64", 0, 0, INFINITY, NULL, 0, 0}}, "      +Inf", 10},
    {"%010.3f", 1, {{A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "000003.142", 10},
    {"%-010.3f|", 1, {{A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "3.142     |", 11},
    {"%+010.3f", 1, {{A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "+00003.142", 10},
    {"% 010.3f", 1, {{A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, " 00003.142", 10},
    {"%010v", 1, {{A_F64, "float64", 0, 0, -0x1.8p+00, NULL, 0, 0}}, "-0000001.5", 10},
    {"%10.3e|", 1, {{A_F64, "float64", 0, 0, 0x1.34a456d5cfaadp+10, NULL, 0, 0}}, " 1.235e+03|", 11},
    {"%6.2f%%", 1, {{A_F64, "float64", 0, 0, 0x1.8ep+06, NULL, 0, 0}}, " 99.50%", 7},
    {"%.3v", 1, {{A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "3.14", 4},
    {"%10.4v|", 1, {{A_F64, "float64", 0, 0, 0x1.921fb54442d18p+01, NULL, 0, 0}}, "     3.142|", 11},
    {"%-10v|", 1, {{A_F64, "float64", 0, 0, 0x1.4p+01, NULL, 0, 0}}, "2.5       |", 11},
    {"%.1f", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-05, NULL, 0, 0}}, "0.1", 3},
    {"%.1f", 1, {{A_F64, "float64", 0, 0, 0x1p-02, NULL, 0, 0}}, "0.2", 3},
    {"%.1f", 1, {{A_F64, "float64", 0, 0, 0x1.6666666666666p-02, NULL, 0, 0}}, "0.3", 3},
    {"%.2f", 1, {{A_F64, "float64", 0, 0, 0x1.0147ae147ae14p+00, NULL, 0, 0}}, "1.00", 4},
    {"%.15f", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0.100000000000000", 17},
    {"%.16g", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0.1", 3},
    {"%.17g", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0.10000000000000001", 19},
    {"%.18g", 1, {{A_F64, "float64", 0, 0, 0x1.999999999999ap-04, NULL, 0, 0}}, "0.100000000000000006", 20},
    {"%.25e", 1, {{A_F64, "float64", 0, 0, 0x1.7e43c8800759cp+996, NULL, 0, 0}}, "1.0000000000000000525047603e+300", 32},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.52d02c7e14af6p+76, NULL, 0, 0}}, "1e+23", 5},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.c7e83209e90b2p+72, NULL, 0, 0}}, "8.41e+21", 8},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1p+53, NULL, 0, 0}}, "9.007199254740992e+15", 21},
    {"%v", 1, {{A_F64, "float64", 0, 0, 0x1.321aa22e1ee8cp-38, NULL, 0, 0}}, "4.35e-12", 8},
    {"%v", 1, {{A_F32, "float32", 0, 0, 0x1.52d02cp+76, NULL, 0, 0}}, "1e+23", 5},
    {"%v", 1, {{A_F32, "float32", 0, 0, 0x1.5c87fap-84, NULL, 0, 0}}, "7.038531e-26", 12},
    {"%.3f", 1, {{A_F32, "float32", 0, 0, 0x1.99999ap-04, NULL, 0, 0}}, "0.100", 5},
    {"%v", 1, {{A_C128, "complex128", 0, 0, 0x1p+00, NULL, 0, -0x1p+01}}, "(1-2i)", 6},
    {"%.2f", 1, {{A_C128, "complex128", 0, 0, 0x1.8p+00, NULL, 0, 0x1.2p+01}}, "(1.50+2.25i)", 12},
    {"%v", 1, {{A_C128, "complex128", 0, 0, INFINITY, NULL, 0, NAN}}, "(+Inf+NaNi)", 11},
    {"%8.2f|", 1, {{A_C128, "complex128", 0, 0, 0x1p+00, NULL, 0, 0x1p+00}}, "(    1.00   +1.00i)|", 20},
    {"%z", 1, {{A_C128, "complex128", 0, 0, 0x1p+00, NULL, 0, 0x1p+00}}, "%!z(complex128=(1+1i))", 22},
    {"%5.1f|%-5.1f|%05.1f", 3, {{A_F64, "float64", 0, 0, 0x1.4p+00, NULL, 0, 0}, {A_F64, "float64", 0, 0, 0x1.599999999999ap+00, NULL, 0, 0}, {A_F64, "float64", 0, 0, -0x1.7333333333333p+00, NULL, 0, 0}}, "  1.2|1.4  |-01.4", 17},
    {"%d", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "42", 2},
    {"%05d", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "00042", 5},
    {"%05d", 1, {{A_INT, "int", -42LL, 0, 0, NULL, 0, 0}}, "-0042", 5},
    {"%-5d|", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "42   |", 6},
    {"%+d", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "+42", 3},
    {"%+d", 1, {{A_INT, "int", -42LL, 0, 0, NULL, 0, 0}}, "-42", 3},
    {"% d", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, " 42", 3},
    {"% d", 1, {{A_INT, "int", -42LL, 0, 0, NULL, 0, 0}}, "-42", 3},
    {"%x", 1, {{A_INT, "int", 255LL, 0, 0, NULL, 0, 0}}, "ff", 2},
    {"%#x", 1, {{A_INT, "int", 255LL, 0, 0, NULL, 0, 0}}, "0xff", 4},
    {"%X", 1, {{A_INT, "int", 255LL, 0, 0, NULL, 0, 0}}, "FF", 2},
    {"%#X", 1, {{A_INT, "int", 255LL, 0, 0, NULL, 0, 0}}, "0XFF", 4},
    {"%x", 1, {{A_INT, "int", -255LL, 0, 0, NULL, 0, 0}}, "-ff", 3},
    {"%#x", 1, {{A_INT, "int", -255LL, 0, 0, NULL, 0, 0}}, "-0xff", 5},
    {"%o", 1, {{A_INT, "int", 8LL, 0, 0, NULL, 0, 0}}, "10", 2},
    {"%#o", 1, {{A_INT, "int", 8LL, 0, 0, NULL, 0, 0}}, "010", 3},
    {"%#o", 1, {{A_INT, "int", 0LL, 0, 0, NULL, 0, 0}}, "0", 1},
    {"%O", 1, {{A_INT, "int", 8LL, 0, 0, NULL, 0, 0}}, "0o10", 4},
    {"%#O", 1, {{A_INT, "int", 8LL, 0, 0, NULL, 0, 0}}, "0o010", 5},
    {"%O", 1, {{A_INT, "int", -8LL, 0, 0, NULL, 0, 0}}, "-0o10", 5},
    {"%b", 1, {{A_INT, "int", 5LL, 0, 0, NULL, 0, 0}}, "101", 3},
    {"%#b", 1, {{A_INT, "int", 5LL, 0, 0, NULL, 0, 0}}, "0b101", 5},
    {"%b", 1, {{A_INT, "int", -5LL, 0, 0, NULL, 0, 0}}, "-101", 4},
    {"%c", 1, {{A_INT, "int", 65LL, 0, 0, NULL, 0, 0}}, "A", 1},
    {"%c", 1, {{A_INT, "int", 19990LL, 0, 0, NULL, 0, 0}}, "\344\270\226", 3},
    {"%c", 1, {{A_INT, "int", -1LL, 0, 0, NULL, 0, 0}}, "\357\277\275", 3},
    {"%c", 1, {{A_INT, "int", 1114112LL, 0, 0, NULL, 0, 0}}, "\357\277\275", 3},
    {"%c", 1, {{A_INT, "int", 55296LL, 0, 0, NULL, 0, 0}}, "\357\277\275", 3},
    {"%q", 1, {{A_INT, "int32", 97LL, 0, 0, NULL, 0, 0}}, "'a'", 3},
    {"%q", 1, {{A_INT, "int32", 39LL, 0, 0, NULL, 0, 0}}, "'\\''", 4},
    {"%q", 1, {{A_INT, "int32", 34LL, 0, 0, NULL, 0, 0}}, "'\"'", 3},
    {"%q", 1, {{A_INT, "int32", 10LL, 0, 0, NULL, 0, 0}}, "'\\n'", 4},
    {"%q", 1, {{A_INT, "int", 19990LL, 0, 0, NULL, 0, 0}}, "'\344\270\226'", 5},
    {"%+q", 1, {{A_INT, "int", 19990LL, 0, 0, NULL, 0, 0}}, "'\\u4e16'", 8},
    {"%q", 1, {{A_INT, "int", 127LL, 0, 0, NULL, 0, 0}}, "'\\x7f'", 6},
    {"%q", 1, {{A_INT, "int", 1114112LL, 0, 0, NULL, 0, 0}}, "'\357\277\275'", 5},
    {"%q", 1, {{A_INT, "int", 55296LL, 0, 0, NULL, 0, 0}}, "'\357\277\275'", 5},
    {"%q", 1, {{A_INT, "int", 128512LL, 0, 0, NULL, 0, 0}}, "'\360\237\230\200'", 6},
    {"%+q", 1, {{A_INT, "int", 128512LL, 0, 0, NULL, 0, 0}}, "'\\U0001f600'", 12},
    {"%#q", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "'x'", 3},
    {"%U", 1, {{A_INT, "int", 128512LL, 0, 0, NULL, 0, 0}}, "U+1F600", 7},
    {"%#U", 1, {{A_INT, "int", 128512LL, 0, 0, NULL, 0, 0}}, "U+1F600 '\360\237\230\200'", 14},
    {"%U", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "U+0078", 6},
    {"%#U", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "U+0078 'x'", 10},
    {"%#U", 1, {{A_INT, "int32", 10LL, 0, 0, NULL, 0, 0}}, "U+000A", 6},
    {"%#U", 1, {{A_INT, "int", 19990LL, 0, 0, NULL, 0, 0}}, "U+4E16 '\344\270\226'", 12},
    {"%.6U", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "U+000078", 8},
    {"%#.8U|", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "U+00000078 'x'|", 15},
    {"%10U|", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "    U+0078|", 11},
    {"%-10U|", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "U+0078    |", 11},
    {"%010U|", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "    U+0078|", 11},
    {"%U", 1, {{A_INT, "int", -1LL, 0, 0, NULL, 0, 0}}, "U+FFFFFFFFFFFFFFFF", 18},
    {"%#U", 1, {{A_INT, "int8", -1LL, 0, 0, NULL, 0, 0}}, "U+FFFFFFFFFFFFFFFF", 18},
    {"%x", 1, {{A_INT, "int8", -1LL, 0, 0, NULL, 0, 0}}, "-1", 2},
    {"%d", 1, {{A_INT, "int8", -128LL, 0, 0, NULL, 0, 0}}, "-128", 4},
    {"%v", 1, {{A_INT, "int64", INT64_MIN, 0, 0, NULL, 0, 0}}, "-9223372036854775808", 20},
    {"%x", 1, {{A_INT, "int64", INT64_MIN, 0, 0, NULL, 0, 0}}, "-8000000000000000", 17},
    {"%d", 1, {{A_UINT, "uint64", 0, 18446744073709551615ULL, 0, NULL, 0, 0}}, "18446744073709551615", 20},
    {"%x", 1, {{A_UINT, "uint64", 0, 18446744073709551615ULL, 0, NULL, 0, 0}}, "ffffffffffffffff", 16},
    {"%v", 1, {{A_UINT, "uint8", 0, 200ULL, 0, NULL, 0, 0}}, "200", 3},
    {"%#v", 1, {{A_UINT, "uint8", 0, 200ULL, 0, NULL, 0, 0}}, "0xc8", 4},
    {"%#v", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "42", 2},
    {"%#v", 1, {{A_INT, "int", -42LL, 0, 0, NULL, 0, 0}}, "-42", 3},
    {"%#v", 1, {{A_UINT, "uint", 0, 0ULL, 0, NULL, 0, 0}}, "0x0", 3},
    {"%+v", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "42", 2},
    {"%.3d", 1, {{A_INT, "int", 7LL, 0, 0, NULL, 0, 0}}, "007", 3},
    {"%.3d", 1, {{A_INT, "int", -7LL, 0, 0, NULL, 0, 0}}, "-007", 4},
    {"%6.3d|", 1, {{A_INT, "int", 7LL, 0, 0, NULL, 0, 0}}, "   007|", 7},
    {"%-6.3d|", 1, {{A_INT, "int", -7LL, 0, 0, NULL, 0, 0}}, "-007  |", 7},
    {"%06.3d|", 1, {{A_INT, "int", 7LL, 0, 0, NULL, 0, 0}}, "   007|", 7},
    {"%.0d", 1, {{A_INT, "int", 0LL, 0, 0, NULL, 0, 0}}, "", 0},
    {"%5.0d|", 1, {{A_INT, "int", 0LL, 0, 0, NULL, 0, 0}}, "     |", 6},
    {"%05.0d|", 1, {{A_INT, "int", 0LL, 0, 0, NULL, 0, 0}}, "     |", 6},
    {"%.0d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "1", 1},
    {"%08x", 1, {{A_INT, "int", 255LL, 0, 0, NULL, 0, 0}}, "000000ff", 8},
    {"%#08x", 1, {{A_INT, "int", 255LL, 0, 0, NULL, 0, 0}}, "0x000000ff", 10},
    {"%#-8x|", 1, {{A_INT, "int", 255LL, 0, 0, NULL, 0, 0}}, "0xff    |", 9},
    {"%+08d", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "+0000042", 8},
    {"% 08d", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, " 0000042", 8},
    {"%-08d|", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "42      |", 9},
    {"%0-8d|", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "42      |", 9},
    {"%x", 1, {{A_INT, "int", 0LL, 0, 0, NULL, 0, 0}}, "0", 1},
    {"%#x", 1, {{A_INT, "int", 0LL, 0, 0, NULL, 0, 0}}, "0x0", 3},
    {"%#b", 1, {{A_INT, "int", 0LL, 0, 0, NULL, 0, 0}}, "0b0", 3},
    {"%#.3o", 1, {{A_INT, "int", 8LL, 0, 0, NULL, 0, 0}}, "010", 3},
    {"%#.3x", 1, {{A_INT, "int", 8LL, 0, 0, NULL, 0, 0}}, "0x008", 5},
    {"%.70d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "0000000000000000000000000000000000000000000000000000000000000000000001", 70},
    {"%070d", 1, {{A_INT, "int", -1LL, 0, 0, NULL, 0, 0}}, "-000000000000000000000000000000000000000000000000000000000000000000001", 70},
    {"%5c|", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "    x|", 6},
    {"%-5c|", 1, {{A_INT, "int", 19990LL, 0, 0, NULL, 0, 0}}, "\344\270\226    |", 8},
    {"%05c", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "0000x", 5},
    {"%5q|", 1, {{A_INT, "int32", 120LL, 0, 0, NULL, 0, 0}}, "  'x'|", 6},
    {"%z", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!z(int=42)", 11},
    {"%s", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!s(int=42)", 11},
    {"%t", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!t(int=1)", 10},
    {"%e", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!e(int=42)", 11},
    {"%10z|", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!z(int=        42)|", 20},
    {"%-10s|", 1, {{A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!s(int=42        )|", 20},
    {"%s", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "hello", 5},
    {"%q", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "\"hello\"", 7},
    {"%q", 1, {{A_STR, "string", 0, 0, 0, "a\"b\\c\012\011\000\177", 9, 0}}, "\"a\\\"b\\\\c\\n\\t\\x00\\x7f\"", 21},
    {"%x", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "68656c6c6f", 10},
    {"% x", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "68 65 6c 6c 6f", 14},
    {"%# x", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "0x68 0x65 0x6c 0x6c 0x6f", 24},
    {"%#x", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "0x68656c6c6f", 12},
    {"%X", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "68656C6C6F", 10},
    {"% X", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "68 69", 5},
    {"%10s|", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "        hi|", 11},
    {"%-10s|", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "hi        |", 11},
    {"%.3s", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "hel", 3},
    {"%.3s", 1, {{A_STR, "string", 0, 0, 0, "\344\270\226\347\225\214", 6, 0}}, "\344\270\226\347\225\214", 6},
    {"%10s|", 1, {{A_STR, "string", 0, 0, 0, "Hello, \344\270\226\347\225\214", 13, 0}}, " Hello, \344\270\226\347\225\214|", 15},
    {"%-12s|", 1, {{A_STR, "string", 0, 0, 0, "Hello, \344\270\226\347\225\214", 13, 0}}, "Hello, \344\270\226\347\225\214   |", 17},
    {"%.8s|", 1, {{A_STR, "string", 0, 0, 0, "Hello, \344\270\226\347\225\214", 13, 0}}, "Hello, \344\270\226|", 11},
    {"%10.2s|", 1, {{A_STR, "string", 0, 0, 0, "Hello, \344\270\226\347\225\214", 13, 0}}, "        He|", 11},
    {"%010s", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "00000000hi", 10},
    {"%-010s|", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "hi        |", 11},
    {"%q", 1, {{A_STR, "string", 0, 0, 0, "Hello, \344\270\226\347\225\214", 13, 0}}, "\"Hello, \344\270\226\347\225\214\"", 15},
    {"%+q", 1, {{A_STR, "string", 0, 0, 0, "Hello, \344\270\226\347\225\214", 13, 0}}, "\"Hello, \\u4e16\\u754c\"", 21},
    {"%#q", 1, {{A_STR, "string", 0, 0, 0, "Hello, \344\270\226\347\225\214", 13, 0}}, "`Hello, \344\270\226\347\225\214`", 15},
    {"%#q", 1, {{A_STR, "string", 0, 0, 0, "a`b", 3, 0}}, "\"a`b\"", 5},
    {"%#q", 1, {{A_STR, "string", 0, 0, 0, "a\012b", 3, 0}}, "\"a\\nb\"", 6},
    {"%#+q", 1, {{A_STR, "string", 0, 0, 0, "h\303\251llo", 6, 0}}, "`h\303\251llo`", 8},
    {"%q", 1, {{A_STR, "string", 0, 0, 0, "\342\200\250\302\255\357\273\277\360\237\230\200\342\200\213", 15, 0}}, "\"\\u2028\\u00ad\\ufeff\360\237\230\200\\u200b\"", 30},
    {"%+q", 1, {{A_STR, "string", 0, 0, 0, "\342\200\250\302\255\357\273\277\360\237\230\200\342\200\213", 15, 0}}, "\"\\u2028\\u00ad\\ufeff\\U0001f600\\u200b\"", 36},
    {"%q", 1, {{A_STR, "string", 0, 0, 0, "\377\376 abc \344\270", 9, 0}}, "\"\\xff\\xfe abc \\xe4\\xb8\"", 23},
    {"%x", 1, {{A_STR, "string", 0, 0, 0, "\377\000", 2, 0}}, "ff00", 4},
    {"%s", 1, {{A_STR, "string", 0, 0, 0, "\377", 1, 0}}, "\377", 1},
    {"%5s|", 1, {{A_STR, "string", 0, 0, 0, "\377\376", 2, 0}}, "   \377\376|", 6},
    {"%q", 1, {{A_STR, "string", 0, 0, 0, "", 0, 0}}, "\"\"", 2},
    {"%x", 1, {{A_STR, "string", 0, 0, 0, "", 0, 0}}, "", 0},
    {"%5x|", 1, {{A_STR, "string", 0, 0, 0, "", 0, 0}}, "     |", 6},
    {"%-5x|", 1, {{A_STR, "string", 0, 0, 0, "", 0, 0}}, "     |", 6},
    {"%10x|", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "      6869|", 11},
    {"%-10x|", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "6869      |", 11},
    {"%.1x", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "68", 2},
    {"% .2x", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "68 65", 5},
    {"%v", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "hi", 2},
    {"%#v", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "\"hi\"", 4},
    {"%+v", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "hi", 2},
    {"%8q|", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "    \"hi\"|", 9},
    {"%-8q|", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "\"hi\"    |", 9},
    {"%.2q", 1, {{A_STR, "string", 0, 0, 0, "hello", 5, 0}}, "\"he\"", 4},
    {"%d", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "%!d(string=hi)", 14},
    {"%10d|", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "%!d(string=        hi)|", 23},
    {"%#d", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "%!d(string=hi)", 14},
    {"%t", 1, {{A_STR, "string", 0, 0, 0, "hi", 2, 0}}, "%!t(string=hi)", 14},
    {"%s", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "hi", 2, 0}}, "hi", 2},
    {"%q", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "hi", 2, 0}}, "\"hi\"", 4},
    {"%x", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "hi", 2, 0}}, "6869", 4},
    {"% X", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "\001\253", 2, 0}}, "01 AB", 5},
    {"%v", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "\001\002\003", 3, 0}}, "[1 2 3]", 7},
    {"%d", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "\001\002\003", 3, 0}}, "[1 2 3]", 7},
    {"%#v", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "\001\002\003", 3, 0}}, "[]byte{0x1, 0x2, 0x3}", 21},
    {"%#v", 1, {{A_BYTES, "[]uint8", 1, 0, 0, NULL, 0, 0}}, "[]byte(nil)", 11},
    {"%#v", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "", 0, 0}}, "[]byte{}", 8},
    {"%v", 1, {{A_BYTES, "[]uint8", 1, 0, 0, NULL, 0, 0}}, "[]", 2},
    {"%5v", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "\001\002", 2, 0}}, "[    1     2]", 13},
    {"%o", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "\010\011", 2, 0}}, "[10 11]", 7},
    {"%z", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "\001\002", 2, 0}}, "[%!z(uint8=1) %!z(uint8=2)]", 27},
    {"%10s|", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "ab", 2, 0}}, "        ab|", 11},
    {"%.1s", 1, {{A_BYTES, "[]uint8", 0, 0, 0, "ab", 2, 0}}, "a", 1},
    {"%t", 1, {{A_BOOL, "bool", 1, 0, 0, NULL, 0, 0}}, "true", 4},
    {"%v", 1, {{A_BOOL, "bool", 0, 0, 0, NULL, 0, 0}}, "false", 5},
    {"%6t|", 1, {{A_BOOL, "bool", 1, 0, 0, NULL, 0, 0}}, "  true|", 7},
    {"%-6v|", 1, {{A_BOOL, "bool", 0, 0, 0, NULL, 0, 0}}, "false |", 7},
    {"%d", 1, {{A_BOOL, "bool", 1, 0, 0, NULL, 0, 0}}, "%!d(bool=true)", 14},
    {"%s", 1, {{A_BOOL, "bool", 0, 0, 0, NULL, 0, 0}}, "%!s(bool=false)", 15},
    {"%q", 1, {{A_BOOL, "bool", 1, 0, 0, NULL, 0, 0}}, "%!q(bool=true)", 14},
    {"%p", 1, {{A_PTR, "unsafe.Pointer", 0, 824633795397ULL, 0, NULL, 0, 0}}, "0xc000012345", 12},
    {"%v", 1, {{A_PTR, "unsafe.Pointer", 0, 824633795397ULL, 0, NULL, 0, 0}}, "0xc000012345", 12},
    {"%#p", 1, {{A_PTR, "unsafe.Pointer", 0, 824633795397ULL, 0, NULL, 0, 0}}, "c000012345", 10},
    {"%20p|", 1, {{A_PTR, "unsafe.Pointer", 0, 824633795397ULL, 0, NULL, 0, 0}}, "        0xc000012345|", 21},
    {"%-20v|", 1, {{A_PTR, "unsafe.Pointer", 0, 824633795397ULL, 0, NULL, 0, 0}}, "0xc000012345        |", 21},
    {"%v", 1, {{A_PTR, "unsafe.Pointer", 0, 0ULL, 0, NULL, 0, 0}}, "<nil>", 5},
    {"%10v|", 1, {{A_PTR, "unsafe.Pointer", 0, 0ULL, 0, NULL, 0, 0}}, "     <nil>|", 11},
    {"%p", 1, {{A_PTR, "unsafe.Pointer", 0, 0ULL, 0, NULL, 0, 0}}, "0x0", 3},
    {"%d", 1, {{A_PTR, "unsafe.Pointer", 0, 255ULL, 0, NULL, 0, 0}}, "255", 3},
    {"%x", 1, {{A_PTR, "unsafe.Pointer", 0, 255ULL, 0, NULL, 0, 0}}, "ff", 2},
    {"%s", 1, {{A_PTR, "unsafe.Pointer", 0, 255ULL, 0, NULL, 0, 0}}, "%!s(unsafe.Pointer=0xff)", 24},
    {"%v", 1, {{A_NIL, "", 0, 0, 0, NULL, 0, 0}}, "<nil>", 5},
    {"%d", 1, {{A_NIL, "", 0, 0, 0, NULL, 0, 0}}, "%!d(<nil>)", 10},
    {"%T", 1, {{A_NIL, "", 0, 0, 0, NULL, 0, 0}}, "<nil>", 5},
    {"%T", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "int", 3},
    {"%10T|", 1, {{A_STR, "string", 0, 0, 0, "s", 1, 0}}, "    string|", 11},
    {"%T %T", 2, {{A_F64, "float64", 0, 0, 0x1.8p+00, NULL, 0, 0}, {A_BYTES, "[]uint8", 1, 0, 0, NULL, 0, 0}}, "float64 []uint8", 15},
    {"%d %d", 2, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}}, "1 2", 3},
    {"%d", 2, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}}, "1%!(EXTRA int=2)", 16},
    {"%d %s", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "1 %!s(MISSING)", 14},
    {"%d", 4, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_STR, "string", 0, 0, 0, "x", 1, 0}, {A_NIL, "", 0, 0, 0, NULL, 0, 0}, {A_F64, "float64", 0, 0, 0x1.4p+01, NULL, 0, 0}}, "1%!(EXTRA string=x, <nil>, float64=2.5)", 39},
    {"%", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%!(NOVERB)", 10},
    {"%-", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%!(NOVERB)", 10},
    {"%5", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%!(NOVERB)", 10},
    {"%.", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!.(int=1)", 10},
    {"%!", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!!(int=1)", 10},
    {"%%", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%%!(EXTRA int=1)", 16},
    {"%5%|", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%|", 2},
    {"%-5%|", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%|", 2},
    {"100%%", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "100%", 4},
    {"%z", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%!z(MISSING)", 12},
    {"%[2]d %[1]d", 2, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}}, "2 1", 3},
    {"%[3]d", 2, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%[0]d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%[x]d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%[1]d %d", 2, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}}, "1 2", 3},
    {"%[2]d %d", 3, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 3LL, 0, 0, NULL, 0, 0}}, "2 3", 3},
    {"%[1]*d", 2, {{A_INT, "int", 5LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 7LL, 0, 0, NULL, 0, 0}}, "    7", 5},
    {"%*d|", 2, {{A_INT, "int", 5LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "   42|", 6},
    {"%-*d|", 2, {{A_INT, "int", 5LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "42   |", 6},
    {"%*d|", 2, {{A_INT, "int", -5LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "42   |", 6},
    {"%.*f", 2, {{A_INT, "int", 2LL, 0, 0, NULL, 0, 0}, {A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "3.14", 4},
    {"%*.*f|", 3, {{A_INT, "int", 8LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}, {A_F64, "float64", 0, 0, 0x1.921f9f01b866ep+01, NULL, 0, 0}}, "    3.14|", 9},
    {"%.*d", 2, {{A_INT, "int", -1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!(BADPREC)42", 13},
    {"%*d", 2, {{A_STR, "string", 0, 0, 0, "x", 1, 0}, {A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!(BADWIDTH)42", 14},
    {"%.*d", 2, {{A_STR, "string", 0, 0, 0, "x", 1, 0}, {A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!(BADPREC)42", 13},
    {"%*d", 2, {{A_INT, "int", 10000000LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, "%!(BADWIDTH)42", 14},
    {"%*d", 2, {{A_UINT, "uint8", 0, 3ULL, 0, NULL, 0, 0}, {A_INT, "int", 42LL, 0, 0, NULL, 0, 0}}, " 42", 3},
    {"%*d", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%!(BADWIDTH)%!d(MISSING)", 24},
    {"%.*d", 1, {{A_INT, "int", 3LL, 0, 0, NULL, 0, 0}}, "%!d(MISSING)", 12},
    {"%[2]*[1]d|", 2, {{A_INT, "int", 12LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 5LL, 0, 0, NULL, 0, 0}}, "   12|", 6},
    {"%[3]*.[2]*[1]f|", 3, {{A_F64, "float64", 0, 0, 0x1.8p+03, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 6LL, 0, 0, NULL, 0, 0}}, " 12.00|", 7},
    {"%[1]d %[1]x %[1]o", 1, {{A_INT, "int", 64LL, 0, 0, NULL, 0, 0}}, "64 40 100", 9},
    {"%[5]d", 2, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%[1]2d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%[1].2d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%[2]", 2, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}}, "%!(NOVERB)", 10},
    {"%[2", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!(NOVERB)", 10},
    {"%[]d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%[-1]d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%[1]*d", 2, {{A_STR, "string", 0, 0, 0, "x", 1, 0}, {A_INT, "int", 2LL, 0, 0, NULL, 0, 0}}, "%!(BADWIDTH)2", 13},
    {"%1234567890d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!(NOVERB)%!(EXTRA int=1)", 25},
    {"%.1234567890d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!(NOVERB)%!(EXTRA int=1)", 25},
    {"%[99999999999]d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!d(BADINDEX)", 13},
    {"%v %v", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "1 %!v(MISSING)", 14},
    {"%d%d", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "1%!d(MISSING)", 13},
    {"%s", 2, {{A_STR, "string", 0, 0, 0, "a", 1, 0}, {A_STR, "string", 0, 0, 0, "b", 1, 0}}, "a%!(EXTRA string=b)", 19},
    {"%\342\230\272", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!\342\230\272(int=1)", 12},
    {"%\377", 1, {{A_INT, "int", 1LL, 0, 0, NULL, 0, 0}}, "%!\357\277\275(int=1)", 12},
    {"%\342\230\272", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%!\342\230\272(MISSING)", 14},
    {"%!\342\230\272(MISSING)", 0, {{A_NIL, NULL, 0, 0, 0, NULL, 0, 0}}, "%!!(MISSING)\342\230\272(MISSING)", 24},
    {"x%[1]dy%[1]dz", 1, {{A_INT, "int", 3LL, 0, 0, NULL, 0, 0}}, "x3y3z", 5},
    {"%3c|%-3c|", 2, {{A_INT, "int32", 97LL, 0, 0, NULL, 0, 0}, {A_INT, "int32", 98LL, 0, 0, NULL, 0, 0}}, "  a|b  |", 8},
    {"%v %+v %#v", 3, {{A_F64, "float64", 0, 0, 0x1.8p+00, NULL, 0, 0}, {A_F64, "float64", 0, 0, -0x1.8p+00, NULL, 0, 0}, {A_F64, "float64", 0, 0, 0x1p+01, NULL, 0, 0}}, "1.5 -1.5 2", 10},
    {"%08.3v|", 1, {{A_F64, "float64", 0, 0, -0x1.8p+00, NULL, 0, 0}}, "-00001.5|", 9},
    {"%+.3e", 1, {{A_F64, "float64", 0, 0, 0x1.81cd6c8b43958p+13, NULL, 0, 0}}, "+1.235e+04", 10},
    {"%x %X", 2, {{A_STR, "string", 0, 0, 0, "\303\251", 2, 0}, {A_STR, "string", 0, 0, 0, "\303\251", 2, 0}}, "c3a9 C3A9", 9},
    {"%v", 1, {{A_STR, "string", 0, 0, 0, "xxx", 3, 0}}, "xxx", 3},
    {"%-+#0 d", 1, {{A_INT, "int", 5LL, 0, 0, NULL, 0, 0}}, "+5", 2},
    {"%0+- #d|", 1, {{A_INT, "int", 5LL, 0, 0, NULL, 0, 0}}, "+5|", 3},
};

typedef struct FloatCase { double v; char fmt; int prec, bitsize; const char *want; } FloatCase;

static const FloatCase float_cases[] = {
    {0x0p+00, 'e', -1, 64, "0e+00"},
    {0x0p+00, 'e', -1, 32, "0e+00"},
    {0x0p+00, 'e', 0, 64, "0e+00"},
    {0x0p+00, 'e', 3, 64, "0.000e+00"},
    {0x0p+00, 'e', 3, 32, "0.000e+00"},
    {0x0p+00, 'e', 17, 64, "0.00000000000000000e+00"},
    {0x0p+00, 'f', -1, 64, "0"},
    {0x0p+00, 'f', -1, 32, "0"},
    {0x0p+00, 'f', 0, 64, "0"},
    {0x0p+00, 'f', 3, 64, "0.000"},
    {0x0p+00, 'f', 3, 32, "0.000"},
    {0x0p+00, 'f', 17, 64, "0.00000000000000000"},
    {0x0p+00, 'g', -1, 64, "0"},
    {0x0p+00, 'g', -1, 32, "0"},
    {0x0p+00, 'g', 0, 64, "0"},
    {0x0p+00, 'g', 3, 64, "0"},
    {0x0p+00, 'g', 3, 32, "0"},
    {0x0p+00, 'g', 17, 64, "0"},
    {0x0p+00, 'b', -1, 64, "0p-1074"},
    {0x0p+00, 'b', -1, 32, "0p-149"},
    {0x0p+00, 'b', 0, 64, "0p-1074"},
    {0x0p+00, 'b', 3, 64, "0p-1074"},
    {0x0p+00, 'b', 3, 32, "0p-149"},
    {0x0p+00, 'b', 17, 64, "0p-1074"},
    {0x0p+00, 'x', -1, 64, "0x0p+00"},
    {0x0p+00, 'x', -1, 32, "0x0p+00"},
    {0x0p+00, 'x', 0, 64, "0x0p+00"},
    {0x0p+00, 'x', 3, 64, "0x0.000p+00"},
    {0x0p+00, 'x', 3, 32, "0x0.000p+00"},
    {0x0p+00, 'x', 17, 64, "0x0.00000000000000000p+00"},
    {-0.0, 'e', -1, 64, "-0e+00"},
    {-0.0, 'e', -1, 32, "-0e+00"},
    {-0.0, 'e', 0, 64, "-0e+00"},
    {-0.0, 'e', 3, 64, "-0.000e+00"},
    {-0.0, 'e', 3, 32, "-0.000e+00"},
    {-0.0, 'e', 17, 64, "-0.00000000000000000e+00"},
    {-0.0, 'f', -1, 64, "-0"},
    {-0.0, 'f', -1, 32, "-0"},
    {-0.0, 'f', 0, 64, "-0"},
    {-0.0, 'f', 3, 64, "-0.000"},
    {-0.0, 'f', 3, 32, "-0.000"},
    {-0.0, 'f', 17, 64, "-0.00000000000000000"},
    {-0.0, 'g', -1, 64, "-0"},
    {-0.0, 'g', -1, 32, "-0"},
    {-0.0, 'g', 0, 64, "-0"},
    {-0.0, 'g', 3, 64, "-0"},
    {-0.0, 'g', 3, 32, "-0"},
    {-0.0, 'g', 17, 64, "-0"},
    {-0.0, 'b', -1, 64, "-0p-1074"},
    {-0.0, 'b', -1, 32, "-0p-149"},
    {-0.0, 'b', 0, 64, "-0p-1074"},
    {-0.0, 'b', 3, 64, "-0p-1074"},
    {-0.0, 'b', 3, 32, "-0p-149"},
    {-0.0, 'b', 17, 64, "-0p-1074"},
    {-0.0, 'x', -1, 64, "-0x0p+00"},
    {-0.0, 'x', -1, 32, "-0x0p+00"},
    {-0.0, 'x', 0, 64, "-0x0p+00"},
    {-0.0, 'x', 3, 64, "-0x0.000p+00"},
    {-0.0, 'x', 3, 32, "-0x0.000p+00"},
    {-0.0, 'x', 17, 64, "-0x0.00000000000000000p+00"},
    {0x1.999999999999ap-04, 'e', -1, 64, "1e-01"},
    {0x1.999999999999ap-04, 'e', -1, 32, "1e-01"},
    {0x1.999999999999ap-04, 'e', 0, 64, "1e-01"},
    {0x1.999999999999ap-04, 'e', 3, 64, "1.000e-01"},
    {0x1.999999999999ap-04, 'e', 3, 32, "1.000e-01"},
    {0x1.999999999999ap-04, 'e', 17, 64, "1.00000000000000006e-01"},
    {0x1.999999999999ap-04, 'f', -1, 64, "0.1"},
    {0x1.999999999999ap-04, 'f', -1, 32, "0.1"},
    {0x1.999999999999ap-04, 'f', 0, 64, "0"},
    {0x1.999999999999ap-04, 'f', 3, 64, "0.100"},
    {0x1.999999999999ap-04, 'f', 3, 32, "0.100"},
    {0x1.999999999999ap-04, 'f', 17, 64, "0.10000000000000001"},
    {0x1.999999999999ap-04, 'g', -1, 64, "0.1"},
    {0x1.999999999999ap-04, 'g', -1, 32, "0.1"},
    {0x1.999999999999ap-04, 'g', 0, 64, "0.1"},
    {0x1.999999999999ap-04, 'g', 3, 64, "0.1"},
    {0x1.999999999999ap-04, 'g', 3, 32, "0.1"},
    {0x1.999999999999ap-04, 'g', 17, 64, "0.10000000000000001"},
    {0x1.999999999999ap-04, 'b', -1, 64, "7205759403792794p-56"},
    {0x1.999999999999ap-04, 'b', -1, 32, "13421773p-27"},
    {0x1.999999999999ap-04, 'b', 0, 64, "7205759403792794p-56"},
    {0x1.999999999999ap-04, 'b', 3, 64, "7205759403792794p-56"},
    {0x1.999999999999ap-04, 'b', 3, 32, "13421773p-27"},
    {0x1.999999999999ap-04, 'b', 17, 64, "7205759403792794p-56"},
    {0x1.999999999999ap-04, 'x', -1, 64, "0x1.999999999999ap-04"},
    {0x1.999999999999ap-04, 'x', -1, 32, "0x1.99999ap-04"},
    {0x1.999999999999ap-04, 'x', 0, 64, "0x1p-03"},
    {0x1.999999999999ap-04, 'x', 3, 64, "0x1.99ap-04"},
    {0x1.999999999999ap-04, 'x', 3, 32, "0x1.99ap-04"},
    {0x1.999999999999ap-04, 'x', 17, 64, "0x1.999999999999a0000p-04"},
    {0x1.e848p+19, 'e', -1, 64, "1e+06"},
    {0x1.e848p+19, 'e', -1, 32, "1e+06"},
    {0x1.e848p+19, 'e', 0, 64, "1e+06"},
    {0x1.e848p+19, 'e', 3, 64, "1.000e+06"},
    {0x1.e848p+19, 'e', 3, 32, "1.000e+06"},
    {0x1.e848p+19, 'e', 17, 64, "1.00000000000000000e+06"},
    {0x1.e848p+19, 'f', -1, 64, "1000000"},
    {0x1.e848p+19, 'f', -1, 32, "1000000"},
    {0x1.e848p+19, 'f', 0, 64, "1000000"},
    {0x1.e848p+19, 'f', 3, 64, "1000000.000"},
    {0x1.e848p+19, 'f', 3, 32, "1000000.000"},
    {0x1.e848p+19, 'f', 17, 64, "1000000.00000000000000000"},
    {0x1.e848p+19, 'g', -1, 64, "1e+06"},
    {0x1.e848p+19, 'g', -1, 32, "1e+06"},
    {0x1.e848p+19, 'g', 0, 64, "1e+06"},
    {0x1.e848p+19, 'g', 3, 64, "1e+06"},
    {0x1.e848p+19, 'g', 3, 32, "1e+06"},
    {0x1.e848p+19, 'g', 17, 64, "1000000"},
    {0x1.e848p+19, 'b', -1, 64, "8589934592000000p-33"},
    {0x1.e848p+19, 'b', -1, 32, "16000000p-4"},
    {0x1.e848p+19, 'b', 0, 64, "8589934592000000p-33"},
    {0x1.e848p+19, 'b', 3, 64, "8589934592000000p-33"},
    {0x1.e848p+19, 'b', 3, 32, "16000000p-4"},
    {0x1.e848p+19, 'b', 17, 64, "8589934592000000p-33"},
    {0x1.e848p+19, 'x', -1, 64, "0x1.e848p+19"},
    {0x1.e848p+19, 'x', -1, 32, "0x1.e848p+19"},
    {0x1.e848p+19, 'x', 0, 64, "0x1p+20"},
    {0x1.e848p+19, 'x', 3, 64, "0x1.e84p+19"},
    {0x1.e848p+19, 'x', 3, 32, "0x1.e84p+19"},
    {0x1.e848p+19, 'x', 17, 64, "0x1.e8480000000000000p+19"},
    {0x1.d6f3454p+26, 'e', -1, 64, "1.23456789e+08"},
    {0x1.d6f3454p+26, 'e', -1, 32, "1.2345679e+08"},
    {0x1.d6f3454p+26, 'e', 0, 64, "1e+08"},
    {0x1.d6f3454p+26, 'e', 3, 64, "1.235e+08"},
    {0x1.d6f3454p+26, 'e', 3, 32, "1.235e+08"},
    {0x1.d6f3454p+26, 'e', 17, 64, "1.23456789000000000e+08"},
    {0x1.d6f3454p+26, 'f', -1, 64, "123456789"},
    {0x1.d6f3454p+26, 'f', -1, 32, "123456790"},
    {0x1.d6f3454p+26, 'f', 0, 64, "123456789"},
    {0x1.d6f3454p+26, 'f', 3, 64, "123456789.000"},
    {0x1.d6f3454p+26, 'f', 3, 32, "123456792.000"},
    {0x1.d6f3454p+26, 'f', 17, 64, "123456789.00000000000000000"},
    {0x1.d6f3454p+26, 'g', -1, 64, "1.23456789e+08"},
    {0x1.d6f3454p+26, 'g', -1, 32, "1.2345679e+08"},
    {0x1.d6f3454p+26, 'g', 0, 64, "1e+08"},
    {0x1.d6f3454p+26, 'g', 3, 64, "1.23e+08"},
    {0x1.d6f3454p+26, 'g', 3, 32, "1.23e+08"},
    {0x1.d6f3454p+26, 'g', 17, 64, "123456789"},
    {0x1.d6f3454p+26, 'b', -1, 64, "8285044862877696p-26"},
    {0x1.d6f3454p+26, 'b', -1, 32, "15432099p+3"},
    {0x1.d6f3454p+26, 'b', 0, 64, "8285044862877696p-26"},
    {0x1.d6f3454p+26, 'b', 3, 64, "8285044862877696p-26"},
    {0x1.d6f3454p+26, 'b', 3, 32, "15432099p+3"},
    {0x1.d6f3454p+26, 'b', 17, 64, "8285044862877696p-26"},
    {0x1.d6f3454p+26, 'x', -1, 64, "0x1.d6f3454p+26"},
    {0x1.d6f3454p+26, 'x', -1, 32, "0x1.d6f346p+26"},
    {0x1.d6f3454p+26, 'x', 0, 64, "0x1p+27"},
    {0x1.d6f3454p+26, 'x', 3, 64, "0x1.d6fp+26"},
    {0x1.d6f3454p+26, 'x', 3, 32, "0x1.d6fp+26"},
    {0x1.d6f3454p+26, 'x', 17, 64, "0x1.d6f34540000000000p+26"},
    {0x1.91eb851eb851fp+01, 'e', -1, 64, "3.14e+00"},
    {0x1.91eb851eb851fp+01, 'e', -1, 32, "3.14e+00"},
    {0x1.91eb851eb851fp+01, 'e', 0, 64, "3e+00"},
    {0x1.91eb851eb851fp+01, 'e', 3, 64, "3.140e+00"},
    {0x1.91eb851eb851fp+01, 'e', 3, 32, "3.140e+00"},
    {0x1.91eb851eb851fp+01, 'e', 17, 64, "3.14000000000000012e+00"},
    {0x1.91eb851eb851fp+01, 'f', -1, 64, "3.14"},
    {0x1.91eb851eb851fp+01, 'f', -1, 32, "3.14"},
    {0x1.91eb851eb851fp+01, 'f', 0, 64, "3"},
    {0x1.91eb851eb851fp+01, 'f', 3, 64, "3.140"},
    {0x1.91eb851eb851fp+01, 'f', 3, 32, "3.140"},
    {0x1.91eb851eb851fp+01, 'f', 17, 64, "3.14000000000000012"},
    {0x1.91eb851eb851fp+01, 'g', -1, 64, "3.14"},
    {0x1.91eb851eb851fp+01, 'g', -1, 32, "3.14"},
    {0x1.91eb851eb851fp+01, 'g', 0, 64, "3"},
    {0x1.91eb851eb851fp+01, 'g', 3, 64, "3.14"},
    {0x1.91eb851eb851fp+01, 'g', 3, 32, "3.14"},
    {0x1.91eb851eb851fp+01, 'g', 17, 64, "3.1400000000000001"},
    {0x1.91eb851eb851fp+01, 'b', -1, 64, "7070651414971679p-51"},
    {0x1.91eb851eb851fp+01, 'b', -1, 32, "13170115p-22"},
    {0x1.91eb851eb851fp+01, 'b', 0, 64, "7070651414971679p-51"},
    {0x1.91eb851eb851fp+01, 'b', 3, 64, "7070651414971679p-51"},
    {0x1.91eb851eb851fp+01, 'b', 3, 32, "13170115p-22"},
    {0x1.91eb851eb851fp+01, 'b', 17, 64, "7070651414971679p-51"},
    {0x1.91eb851eb851fp+01, 'x', -1, 64, "0x1.91eb851eb851fp+01"},
    {0x1.91eb851eb851fp+01, 'x', -1, 32, "0x1.91eb86p+01"},
    {0x1.91eb851eb851fp+01, 'x', 0, 64, "0x1p+02"},
    {0x1.91eb851eb851fp+01, 'x', 3, 64, "0x1.91fp+01"},
    {0x1.91eb851eb851fp+01, 'x', 3, 32, "0x1.91fp+01"},
    {0x1.91eb851eb851fp+01, 'x', 17, 64, "0x1.91eb851eb851f0000p+01"},
    {0x1.4f8b588e368f1p-17, 'e', -1, 64, "1e-05"},
    {0x1.4f8b588e368f1p-17, 'e', -1, 32, "1e-05"},
    {0x1.4f8b588e368f1p-17, 'e', 0, 64, "1e-05"},
    {0x1.4f8b588e368f1p-17, 'e', 3, 64, "1.000e-05"},
    {0x1.4f8b588e368f1p-17, 'e', 3, 32, "1.000e-05"},
    {0x1.4f8b588e368f1p-17, 'e', 17, 64, "1.00000000000000008e-05"},
    {0x1.4f8b588e368f1p-17, 'f', -1, 64, "0.00001"},
    {0x1.4f8b588e368f1p-17, 'f', -1, 32, "0.00001"},
    {0x1.4f8b588e368f1p-17, 'f', 0, 64, "0"},
    {0x1.4f8b588e368f1p-17, 'f', 3, 64, "0.000"},
    {0x1.4f8b588e368f1p-17, 'f', 3, 32, "0.000"},
    {0x1.4f8b588e368f1p-17, 'f', 17, 64, "0.00001000000000000"},
    {0x1.4f8b588e368f1p-17, 'g', -1, 64, "1e-05"},
    {0x1.4f8b588e368f1p-17, 'g', -1, 32, "1e-05"},
    {0x1.4f8b588e368f1p-17, 'g', 0, 64, "1e-05"},
    {0x1.4f8b588e368f1p-17, 'g', 3, 64, "1e-05"},
    {0x1.4f8b588e368f1p-17, 'g', 3, 32, "1e-05"},
    {0x1.4f8b588e368f1p-17, 'g', 17, 64, "1.0000000000000001e-05"},
    {0x1.4f8b588e368f1p-17, 'b', -1, 64, "5902958103587057p-69"},
    {0x1.4f8b588e368f1p-17, 'b', -1, 32, "10995116p-40"},
    {0x1.4f8b588e368f1p-17, 'b', 0, 64, "5902958103587057p-69"},
    {0x1.4f8b588e368f1p-17, 'b', 3, 64, "5902958103587057p-69"},
    {0x1.4f8b588e368f1p-17, 'b', 3, 32, "10995116p-40"},
    {0x1.4f8b588e368f1p-17, 'b', 17, 64, "5902958103587057p-69"},
    {0x1.4f8b588e368f1p-17, 'x', -1, 64, "0x1.4f8b588e368f1p-17"},
    {0x1.4f8b588e368f1p-17, 'x', -1, 32, "0x1.4f8b58p-17"},
    {0x1.4f8b588e368f1p-17, 'x', 0, 64, "0x1p-17"},
    {0x1.4f8b588e368f1p-17, 'x', 3, 64, "0x1.4f9p-17"},
    {0x1.4f8b588e368f1p-17, 'x', 3, 32, "0x1.4f9p-17"},
    {0x1.4f8b588e368f1p-17, 'x', 17, 64, "0x1.4f8b588e368f10000p-17"},
    {0x1.9p+06, 'e', -1, 64, "1e+02"},
    {0x1.9p+06, 'e', -1, 32, "1e+02"},
    {0x1.9p+06, 'e', 0, 64, "1e+02"},
    {0x1.9p+06, 'e', 3, 64, "1.000e+02"},
    {0x1.9p+06, 'e', 3, 32, "1.000e+02"},
    {0x1.9p+06, 'e', 17, 64, "1.00000000000000000e+02"},
    {0x1.9p+06, 'f', -1, 64, "100"},
    {0x1.9p+06, 'f', -1, 32, "100"},
    {0x1.9p+06, 'f', 0, 64, "100"},
    {0x1.9p+06, 'f', 3, 64, "100.000"},
    {0x1.9p+06, 'f', 3, 32, "100.000"},
    {0x1.9p+06, 'f', 17, 64, "100.00000000000000000"},
    {0x1.9p+06, 'g', -1, 64, "100"},
    {0x1.9p+06, 'g', -1, 32, "100"},
    {0x1.9p+06, 'g', 0, 64, "1e+02"},
    {0x1.9p+06, 'g', 3, 64, "100"},
    {0x1.9p+06, 'g', 3, 32, "100"},
    {0x1.9p+06, 'g', 17, 64, "100"},
    {0x1.9p+06, 'b', -1, 64, "7036874417766400p-46"},
    {0x1.9p+06, 'b', -1, 32, "13107200p-17"},
    {0x1.9p+06, 'b', 0, 64, "7036874417766400p-46"},
    {0x1.9p+06, 'b', 3, 64, "7036874417766400p-46"},
    {0x1.9p+06, 'b', 3, 32, "13107200p-17"},
    {0x1.9p+06, 'b', 17, 64, "7036874417766400p-46"},
    {0x1.9p+06, 'x', -1, 64, "0x1.9p+06"},
    {0x1.9p+06, 'x', -1, 32, "0x1.9p+06"},
    {0x1.9p+06, 'x', 0, 64, "0x1p+07"},
    {0x1.9p+06, 'x', 3, 64, "0x1.900p+06"},
    {0x1.9p+06, 'x', 3, 32, "0x1.900p+06"},
    {0x1.9p+06, 'x', 17, 64, "0x1.90000000000000000p+06"},
    {0x1p-1074, 'e', -1, 64, "5e-324"},
    {0x1p-1074, 'e', -1, 32, "0e+00"},
    {0x1p-1074, 'e', 0, 64, "5e-324"},
    {0x1p-1074, 'e', 3, 64, "4.941e-324"},
    {0x1p-1074, 'e', 3, 32, "0.000e+00"},
    {0x1p-1074, 'e', 17, 64, "4.94065645841246544e-324"},
    {0x1p-1074, 'f', -1, 64, "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000005"},
    {0x1p-1074, 'f', -1, 32, "0"},
    {0x1p-1074, 'f', 0, 64, "0"},
    {0x1p-1074, 'f', 3, 64, "0.000"},
    {0x1p-1074, 'f', 3, 32, "0.000"},
    {0x1p-1074, 'f', 17, 64, "0.00000000000000000"},
    {0x1p-1074, 'g', -1, 64, "5e-324"},
    {0x1p-1074, 'g', -1, 32, "0"},
    {0x1p-1074, 'g', 0, 64, "5e-324"},
    {0x1p-1074, 'g', 3, 64, "4.94e-324"},
    {0x1p-1074, 'g', 3, 32, "0"},
    {0x1p-1074, 'g', 17, 64, "4.9406564584124654e-324"},
    {0x1p-1074, 'b', -1, 64, "1p-1074"},
    {0x1p-1074, 'b', -1, 32, "0p-149"},
    {0x1p-1074, 'b', 0, 64, "1p-1074"},
    {0x1p-1074, 'b', 3, 64, "1p-1074"},
    {0x1p-1074, 'b', 3, 32, "0p-149"},
    {0x1p-1074, 'b', 17, 64, "1p-1074"},
    {0x1p-1074, 'x', -1, 64, "0x1p-1074"},
    {0x1p-1074, 'x', -1, 32, "0x0p+00"},
    {0x1p-1074, 'x', 0, 64, "0x1p-1074"},
    {0x1p-1074, 'x', 3, 64, "0x1.000p-1074"},
    {0x1p-1074, 'x', 3, 32, "0x0.000p+00"},
    {0x1p-1074, 'x', 17, 64, "0x1.00000000000000000p-1074"},
    {0x1.fffffffffffffp+1023, 'e', -1, 64, "1.7976931348623157e+308"},
    {0x1.fffffffffffffp+1023, 'e', -1, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'e', 0, 64, "2e+308"},
    {0x1.fffffffffffffp+1023, 'e', 3, 64, "1.798e+308"},
    {0x1.fffffffffffffp+1023, 'e', 3, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'e', 17, 64, "1.79769313486231571e+308"},
    {0x1.fffffffffffffp+1023, 'f', -1, 64, "179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"},
    {0x1.fffffffffffffp+1023, 'f', -1, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'f', 0, 64, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368"},
    {0x1.fffffffffffffp+1023, 'f', 3, 64, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000"},
    {0x1.fffffffffffffp+1023, 'f', 3, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'f', 17, 64, "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.00000000000000000"},
    {0x1.fffffffffffffp+1023, 'g', -1, 64, "1.7976931348623157e+308"},
    {0x1.fffffffffffffp+1023, 'g', -1, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'g', 0, 64, "2e+308"},
    {0x1.fffffffffffffp+1023, 'g', 3, 64, "1.8e+308"},
    {0x1.fffffffffffffp+1023, 'g', 3, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'g', 17, 64, "1.7976931348623157e+308"},
    {0x1.fffffffffffffp+1023, 'b', -1, 64, "9007199254740991p+971"},
    {0x1.fffffffffffffp+1023, 'b', -1, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'b', 0, 64, "9007199254740991p+971"},
    {0x1.fffffffffffffp+1023, 'b', 3, 64, "9007199254740991p+971"},
    {0x1.fffffffffffffp+1023, 'b', 3, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'b', 17, 64, "9007199254740991p+971"},
    {0x1.fffffffffffffp+1023, 'x', -1, 64, "0x1.fffffffffffffp+1023"},
    {0x1.fffffffffffffp+1023, 'x', -1, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'x', 0, 64, "0x1p+1024"},
    {0x1.fffffffffffffp+1023, 'x', 3, 64, "0x1.000p+1024"},
    {0x1.fffffffffffffp+1023, 'x', 3, 32, "+Inf"},
    {0x1.fffffffffffffp+1023, 'x', 17, 64, "0x1.fffffffffffff0000p+1023"},
    {INFINITY, 'e', -1, 64, "+Inf"},
    {INFINITY, 'e', -1, 32, "+Inf"},
    {INFINITY, 'e', 0, 64, "+Inf"},
    {INFINITY, 'e', 3, 64, "+Inf"},
    {INFINITY, 'e', 3, 32, "+Inf"},
    {INFINITY, 'e', 17, 64, "+Inf"},
    {INFINITY, 'f', -1, 64, "+Inf"},
    {INFINITY, 'f', -1, 32, "+Inf"},
    {INFINITY, 'f', 0, 64, "+Inf"},
    {INFINITY, 'f', 3, 64, "+Inf"},
    {INFINITY, 'f', 3, 32, "+Inf"},
    {INFINITY, 'f', 17, 64, "+Inf"},
    {INFINITY, 'g', -1, 64, "+Inf"},
    {INFINITY, 'g', -1, 32, "+Inf"},
    {INFINITY, 'g', 0, 64, "+Inf"},
    {INFINITY, 'g', 3, 64, "+Inf"},
    {INFINITY, 'g', 3, 32, "+Inf"},
    {INFINITY, 'g', 17, 64, "+Inf"},
    {INFINITY, 'b', -1, 64, "+Inf"},
    {INFINITY, 'b', -1, 32, "+Inf"},
    {INFINITY, 'b', 0, 64, "+Inf"},
    {INFINITY, 'b', 3, 64, "+Inf"},
    {INFINITY, 'b', 3, 32, "+Inf"},
    {INFINITY, 'b', 17, 64, "+Inf"},
    {INFINITY, 'x', -1, 64, "+Inf"},
    {INFINITY, 'x', -1, 32, "+Inf"},
    {INFINITY, 'x', 0, 64, "+Inf"},
    {INFINITY, 'x', 3, 64, "+Inf"},
    {INFINITY, 'x', 3, 32, "+Inf"},
    {INFINITY, 'x', 17, 64, "+Inf"},
    {-INFINITY, 'e', -1, 64, "-Inf"},
    {-INFINITY, 'e', -1, 32, "-Inf"},
    {-INFINITY, 'e', 0, 64, "-Inf"},
    {-INFINITY, 'e', 3, 64, "-Inf"},
    {-INFINITY, 'e', 3, 32, "-Inf"},
    {-INFINITY, 'e', 17, 64, "-Inf"},
    {-INFINITY, 'f', -1, 64, "-Inf"},
    {-INFINITY, 'f', -1, 32, "-Inf"},
    {-INFINITY, 'f', 0, 64, "-Inf"},
    {-INFINITY, 'f', 3, 64, "-Inf"},
    {-INFINITY, 'f', 3, 32, "-Inf"},
    {-INFINITY, 'f', 17, 64, "-Inf"},
    {-INFINITY, 'g', -1, 64, "-Inf"},
    {-INFINITY, 'g', -1, 32, "-Inf"},
    {-INFINITY, 'g', 0, 64, "-Inf"},
    {-INFINITY, 'g', 3, 64, "-Inf"},
    {-INFINITY, 'g', 3, 32, "-Inf"},
    {-INFINITY, 'g', 17, 64, "-Inf"},
    {-INFINITY, 'b', -1, 64, "-Inf"},
    {-INFINITY, 'b', -1, 32, "-Inf"},
    {-INFINITY, 'b', 0, 64, "-Inf"},
    {-INFINITY, 'b', 3, 64, "-Inf"},
    {-INFINITY, 'b', 3, 32, "-Inf"},
    {-INFINITY, 'b', 17, 64, "-Inf"},
    {-INFINITY, 'x', -1, 64, "-Inf"},
    {-INFINITY, 'x', -1, 32, "-Inf"},
    {-INFINITY, 'x', 0, 64, "-Inf"},
    {-INFINITY, 'x', 3, 64, "-Inf"},
    {-INFINITY, 'x', 3, 32, "-Inf"},
    {-INFINITY, 'x', 17, 64, "-Inf"},
    {NAN, 'e', -1, 64, "NaN"},
    {NAN, 'e', -1, 32, "NaN"},
    {NAN, 'e', 0, 64, "NaN"},
    {NAN, 'e', 3, 64, "NaN"},
    {NAN, 'e', 3, 32, "NaN"},
    {NAN, 'e', 17, 64, "NaN"},
    {NAN, 'f', -1, 64, "NaN"},
    {NAN, 'f', -1, 32, "NaN"},
    {NAN, 'f', 0, 64, "NaN"},
    {NAN, 'f', 3, 64, "NaN"},
    {NAN, 'f', 3, 32, "NaN"},
    {NAN, 'f', 17, 64, "NaN"},
    {NAN, 'g', -1, 64, "NaN"},
    {NAN, 'g', -1, 32, "NaN"},
    {NAN, 'g', 0, 64, "NaN"},
    {NAN, 'g', 3, 64, "NaN"},
    {NAN, 'g', 3, 32, "NaN"},
    {NAN, 'g', 17, 64, "NaN"},
    {NAN, 'b', -1, 64, "NaN"},
    {NAN, 'b', -1, 32, "NaN"},
    {NAN, 'b', 0, 64, "NaN"},
    {NAN, 'b', 3, 64, "NaN"},
    {NAN, 'b', 3, 32, "NaN"},
    {NAN, 'b', 17, 64, "NaN"},
    {NAN, 'x', -1, 64, "NaN"},
    {NAN, 'x', -1, 32, "NaN"},
    {NAN, 'x', 0, 64, "NaN"},
    {NAN, 'x', 3, 64, "NaN"},
    {NAN, 'x', 3, 32, "NaN"},
    {NAN, 'x', 17, 64, "NaN"},
    {0x1.b1ae4d6e2ef5p+69, 'e', -1, 64, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'e', -1, 32, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'e', 0, 64, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'e', 3, 64, "1.000e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'e', 3, 32, "1.000e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'e', 17, 64, "1.00000000000000000e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'f', -1, 64, "1000000000000000000000"},
    {0x1.b1ae4d6e2ef5p+69, 'f', -1, 32, "1000000000000000000000"},
    {0x1.b1ae4d6e2ef5p+69, 'f', 0, 64, "1000000000000000000000"},
    {0x1.b1ae4d6e2ef5p+69, 'f', 3, 64, "1000000000000000000000.000"},
    {0x1.b1ae4d6e2ef5p+69, 'f', 3, 32, "1000000020040877342720.000"},
    {0x1.b1ae4d6e2ef5p+69, 'f', 17, 64, "1000000000000000000000.00000000000000000"},
    {0x1.b1ae4d6e2ef5p+69, 'g', -1, 64, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'g', -1, 32, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'g', 0, 64, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'g', 3, 64, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'g', 3, 32, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'g', 17, 64, "1e+21"},
    {0x1.b1ae4d6e2ef5p+69, 'b', -1, 64, "7629394531250000p+17"},
    {0x1.b1ae4d6e2ef5p+69, 'b', -1, 32, "14210855p+46"},
    {0x1.b1ae4d6e2ef5p+69, 'b', 0, 64, "7629394531250000p+17"},
    {0x1.b1ae4d6e2ef5p+69, 'b', 3, 64, "7629394531250000p+17"},
    {0x1.b1ae4d6e2ef5p+69, 'b', 3, 32, "14210855p+46"},
    {0x1.b1ae4d6e2ef5p+69, 'b', 17, 64, "7629394531250000p+17"},
    {0x1.b1ae4d6e2ef5p+69, 'x', -1, 64, "0x1.b1ae4d6e2ef5p+69"},
    {0x1.b1ae4d6e2ef5p+69, 'x', -1, 32, "0x1.b1ae4ep+69"},
    {0x1.b1ae4d6e2ef5p+69, 'x', 0, 64, "0x1p+70"},
    {0x1.b1ae4d6e2ef5p+69, 'x', 3, 64, "0x1.b1bp+69"},
    {0x1.b1ae4d6e2ef5p+69, 'x', 3, 32, "0x1.b1bp+69"},
    {0x1.b1ae4d6e2ef5p+69, 'x', 17, 64, "0x1.b1ae4d6e2ef500000p+69"},
    {0x1.5af1d78b58c4p+66, 'e', -1, 64, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'e', -1, 32, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'e', 0, 64, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'e', 3, 64, "1.000e+20"},
    {0x1.5af1d78b58c4p+66, 'e', 3, 32, "1.000e+20"},
    {0x1.5af1d78b58c4p+66, 'e', 17, 64, "1.00000000000000000e+20"},
    {0x1.5af1d78b58c4p+66, 'f', -1, 64, "100000000000000000000"},
    {0x1.5af1d78b58c4p+66, 'f', -1, 32, "100000000000000000000"},
    {0x1.5af1d78b58c4p+66, 'f', 0, 64, "100000000000000000000"},
    {0x1.5af1d78b58c4p+66, 'f', 3, 64, "100000000000000000000.000"},
    {0x1.5af1d78b58c4p+66, 'f', 3, 32, "100000002004087734272.000"},
    {0x1.5af1d78b58c4p+66, 'f', 17, 64, "100000000000000000000.00000000000000000"},
    {0x1.5af1d78b58c4p+66, 'g', -1, 64, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'g', -1, 32, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'g', 0, 64, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'g', 3, 64, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'g', 3, 32, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'g', 17, 64, "1e+20"},
    {0x1.5af1d78b58c4p+66, 'b', -1, 64, "6103515625000000p+14"},
    {0x1.5af1d78b58c4p+66, 'b', -1, 32, "11368684p+43"},
    {0x1.5af1d78b58c4p+66, 'b', 0, 64, "6103515625000000p+14"},
    {0x1.5af1d78b58c4p+66, 'b', 3, 64, "6103515625000000p+14"},
    {0x1.5af1d78b58c4p+66, 'b', 3, 32, "11368684p+43"},
    {0x1.5af1d78b58c4p+66, 'b', 17, 64, "6103515625000000p+14"},
    {0x1.5af1d78b58c4p+66, 'x', -1, 64, "0x1.5af1d78b58c4p+66"},
    {0x1.5af1d78b58c4p+66, 'x', -1, 32, "0x1.5af1d8p+66"},
    {0x1.5af1d78b58c4p+66, 'x', 0, 64, "0x1p+66"},
    {0x1.5af1d78b58c4p+66, 'x', 3, 64, "0x1.5afp+66"},
    {0x1.5af1d78b58c4p+66, 'x', 3, 32, "0x1.5afp+66"},
    {0x1.5af1d78b58c4p+66, 'x', 17, 64, "0x1.5af1d78b58c400000p+66"},
    {0x1.01f31f46ed246p-13, 'e', -1, 64, "1.23e-04"},
    {0x1.01f31f46ed246p-13, 'e', -1, 32, "1.23e-04"},
    {0x1.01f31f46ed246p-13, 'e', 0, 64, "1e-04"},
    {0x1.01f31f46ed246p-13, 'e', 3, 64, "1.230e-04"},
    {0x1.01f31f46ed246p-13, 'e', 3, 32, "1.230e-04"},
    {0x1.01f31f46ed246p-13, 'e', 17, 64, "1.23000000000000008e-04"},
    {0x1.01f31f46ed246p-13, 'f', -1, 64, "0.000123"},
    {0x1.01f31f46ed246p-13, 'f', -1, 32, "0.000123"},
    {0x1.01f31f46ed246p-13, 'f', 0, 64, "0"},
    {0x1.01f31f46ed246p-13, 'f', 3, 64, "0.000"},
    {0x1.01f31f46ed246p-13, 'f', 3, 32, "0.000"},
    {0x1.01f31f46ed246p-13, 'f', 17, 64, "0.00012300000000000"},
    {0x1.01f31f46ed246p-13, 'g', -1, 64, "0.000123"},
    {0x1.01f31f46ed246p-13, 'g', -1, 32, "0.000123"},
    {0x1.01f31f46ed246p-13, 'g', 0, 64, "0.0001"},
    {0x1.01f31f46ed246p-13, 'g', 3, 64, "0.000123"},
    {0x1.01f31f46ed246p-13, 'g', 3, 32, "0.000123"},
    {0x1.01f31f46ed246p-13, 'g', 17, 64, "0.00012300000000000001"},
    {0x1.01f31f46ed246p-13, 'b', -1, 64, "4537899042132550p-65"},
    {0x1.01f31f46ed246p-13, 'b', -1, 32, "8452496p-36"},
    {0x1.01f31f46ed246p-13, 'b', 0, 64, "4537899042132550p-65"},
    {0x1.01f31f46ed246p-13, 'b', 3, 64, "4537899042132550p-65"},
    {0x1.01f31f46ed246p-13, 'b', 3, 32, "8452496p-36"},
    {0x1.01f31f46ed246p-13, 'b', 17, 64, "4537899042132550p-65"},
    {0x1.01f31f46ed246p-13, 'x', -1, 64, "0x1.01f31f46ed246p-13"},
    {0x1.01f31f46ed246p-13, 'x', -1, 32, "0x1.01f32p-13"},
    {0x1.01f31f46ed246p-13, 'x', 0, 64, "0x1p-13"},
    {0x1.01f31f46ed246p-13, 'x', 3, 64, "0x1.01fp-13"},
    {0x1.01f31f46ed246p-13, 'x', 3, 32, "0x1.01fp-13"},
    {0x1.01f31f46ed246p-13, 'x', 17, 64, "0x1.01f31f46ed2460000p-13"},
    {0x1.4p+01, 'e', -1, 64, "2.5e+00"},
    {0x1.4p+01, 'e', -1, 32, "2.5e+00"},
    {0x1.4p+01, 'e', 0, 64, "2e+00"},
    {0x1.4p+01, 'e', 3, 64, "2.500e+00"},
    {0x1.4p+01, 'e', 3, 32, "2.500e+00"},
    {0x1.4p+01, 'e', 17, 64, "2.50000000000000000e+00"},
    {0x1.4p+01, 'f', -1, 64, "2.5"},
    {0x1.4p+01, 'f', -1, 32, "2.5"},
    {0x1.4p+01, 'f', 0, 64, "2"},
    {0x1.4p+01, 'f', 3, 64, "2.500"},
    {0x1.4p+01, 'f', 3, 32, "2.500"},
    {0x1.4p+01, 'f', 17, 64, "2.50000000000000000"},
    {0x1.4p+01, 'g', -1, 64, "2.5"},
    {0x1.4p+01, 'g', -1, 32, "2.5"},
    {0x1.4p+01, 'g', 0, 64, "2"},
    {0x1.4p+01, 'g', 3, 64, "2.5"},
    {0x1.4p+01, 'g', 3, 32, "2.5"},
    {0x1.4p+01, 'g', 17, 64, "2.5"},
    {0x1.4p+01, 'b', -1, 64, "5629499534213120p-51"},
    {0x1.4p+01, 'b', -1, 32, "10485760p-22"},
    {0x1.4p+01, 'b', 0, 64, "5629499534213120p-51"},
    {0x1.4p+01, 'b', 3, 64, "5629499534213120p-51"},
    {0x1.4p+01, 'b', 3, 32, "10485760p-22"},
    {0x1.4p+01, 'b', 17, 64, "5629499534213120p-51"},
    {0x1.4p+01, 'x', -1, 64, "0x1.4p+01"},
    {0x1.4p+01, 'x', -1, 32, "0x1.4p+01"},
    {0x1.4p+01, 'x', 0, 64, "0x1p+01"},
    {0x1.4p+01, 'x', 3, 64, "0x1.400p+01"},
    {0x1.4p+01, 'x', 3, 32, "0x1.400p+01"},
    {0x1.4p+01, 'x', 17, 64, "0x1.40000000000000000p+01"},
    {-0x1.34a456d5cfaadp+10, 'e', -1, 64, "-1.2345678e+03"},
    {-0x1.34a456d5cfaadp+10, 'e', -1, 32, "-1.2345677e+03"},
    {-0x1.34a456d5cfaadp+10, 'e', 0, 64, "-1e+03"},
    {-0x1.34a456d5cfaadp+10, 'e', 3, 64, "-1.235e+03"},
    {-0x1.34a456d5cfaadp+10, 'e', 3, 32, "-1.235e+03"},
    {-0x1.34a456d5cfaadp+10, 'e', 17, 64, "-1.23456780000000003e+03"},
    {-0x1.34a456d5cfaadp+10, 'f', -1, 64, "-1234.5678"},
    {-0x1.34a456d5cfaadp+10, 'f', -1, 32, "-1234.5677"},
    {-0x1.34a456d5cfaadp+10, 'f', 0, 64, "-1235"},
    {-0x1.34a456d5cfaadp+10, 'f', 3, 64, "-1234.568"},
    {-0x1.34a456d5cfaadp+10, 'f', 3, 32, "-1234.568"},
    {-0x1.34a456d5cfaadp+10, 'f', 17, 64, "-1234.56780000000003383"},
    {-0x1.34a456d5cfaadp+10, 'g', -1, 64, "-1234.5678"},
    {-0x1.34a456d5cfaadp+10, 'g', -1, 32, "-1234.5677"},
    {-0x1.34a456d5cfaadp+10, 'g', 0, 64, "-1e+03"},
    {-0x1.34a456d5cfaadp+10, 'g', 3, 64, "-1.23e+03"},
    {-0x1.34a456d5cfaadp+10, 'g', 3, 32, "-1.23e+03"},
    {-0x1.34a456d5cfaadp+10, 'g', 17, 64, "-1234.5678"},
    {-0x1.34a456d5cfaadp+10, 'b', -1, 64, "-5429686605511341p-42"},
    {-0x1.34a456d5cfaadp+10, 'b', -1, 32, "-10113579p-13"},
    {-0x1.34a456d5cfaadp+10, 'b', 0, 64, "-5429686605511341p-42"},
    {-0x1.34a456d5cfaadp+10, 'b', 3, 64, "-5429686605511341p-42"},
    {-0x1.34a456d5cfaadp+10, 'b', 3, 32, "-10113579p-13"},
    {-0x1.34a456d5cfaadp+10, 'b', 17, 64, "-5429686605511341p-42"},
    {-0x1.34a456d5cfaadp+10, 'x', -1, 64, "-0x1.34a456d5cfaadp+10"},
    {-0x1.34a456d5cfaadp+10, 'x', -1, 32, "-0x1.34a456p+10"},
    {-0x1.34a456d5cfaadp+10, 'x', 0, 64, "-0x1p+10"},
    {-0x1.34a456d5cfaadp+10, 'x', 3, 64, "-0x1.34ap+10"},
    {-0x1.34a456d5cfaadp+10, 'x', 3, 32, "-0x1.34ap+10"},
    {-0x1.34a456d5cfaadp+10, 'x', 17, 64, "-0x1.34a456d5cfaad0000p+10"},
    {0x1.52d02c7e14af6p+76, 'e', -1, 64, "1e+23"},
    {0x1.52d02c7e14af6p+76, 'e', -1, 32, "1e+23"},
    {0x1.52d02c7e14af6p+76, 'e', 0, 64, "1e+23"},
    {0x1.52d02c7e14af6p+76, 'e', 3, 64, "1.000e+23"},
    {0x1.52d02c7e14af6p+76, 'e', 3, 32, "1.000e+23"},
    {0x1.52d02c7e14af6p+76, 'e', 17, 64, "9.99999999999999916e+22"},
    {0x1.52d02c7e14af6p+76, 'f', -1, 64, "100000000000000000000000"},
    {0x1.52d02c7e14af6p+76, 'f', -1, 32, "100000000000000000000000"},
    {0x1.52d02c7e14af6p+76, 'f', 0, 64, "99999999999999991611392"},
    {0x1.52d02c7e14af6p+76, 'f', 3, 64, "99999999999999991611392.000"},
    {0x1.52d02c7e14af6p+76, 'f', 3, 32, "99999997781963083612160.000"},
    {0x1.52d02c7e14af6p+76, 'f', 17, 64, "99999999999999991611392.00000000000000000"},
    {0x1.52d02c7e14af6p+76, 'g', -1, 64, "1e+23"},
    {0x1.52d02c7e14af6p+76, 'g', -1, 32, "1e+23"},
    {0x1.52d02c7e14af6p+76, 'g', 0, 64, "1e+23"},
    {0x1.52d02c7e14af6p+76, 'g', 3, 64, "1e+23"},
    {0x1.52d02c7e14af6p+76, 'g', 3, 32, "1e+23"},
    {0x1.52d02c7e14af6p+76, 'g', 17, 64, "9.9999999999999992e+22"},
    {0x1.52d02c7e14af6p+76, 'b', -1, 64, "5960464477539062p+24"},
    {0x1.52d02c7e14af6p+76, 'b', -1, 32, "11102230p+53"},
    {0x1.52d02c7e14af6p+76, 'b', 0, 64, "5960464477539062p+24"},
    {0x1.52d02c7e14af6p+76, 'b', 3, 64, "5960464477539062p+24"},
    {0x1.52d02c7e14af6p+76, 'b', 3, 32, "11102230p+53"},
    {0x1.52d02c7e14af6p+76, 'b', 17, 64, "5960464477539062p+24"},
    {0x1.52d02c7e14af6p+76, 'x', -1, 64, "0x1.52d02c7e14af6p+76"},
    {0x1.52d02c7e14af6p+76, 'x', -1, 32, "0x1.52d02cp+76"},
    {0x1.52d02c7e14af6p+76, 'x', 0, 64, "0x1p+76"},
    {0x1.52d02c7e14af6p+76, 'x', 3, 64, "0x1.52dp+76"},
    {0x1.52d02c7e14af6p+76, 'x', 3, 32, "0x1.52dp+76"},
    {0x1.52d02c7e14af6p+76, 'x', 17, 64, "0x1.52d02c7e14af60000p+76"},
    {0x1.3p+03, 'e', -1, 64, "9.5e+00"},
    {0x1.3p+03, 'e', -1, 32, "9.5e+00"},
    {0x1.3p+03, 'e', 0, 64, "1e+01"},
    {0x1.3p+03, 'e', 3, 64, "9.500e+00"},
    {0x1.3p+03, 'e', 3, 32, "9.500e+00"},
    {0x1.3p+03, 'e', 17, 64, "9.50000000000000000e+00"},
    {0x1.3p+03, 'f', -1, 64, "9.5"},
    {0x1.3p+03, 'f', -1, 32, "9.5"},
    {0x1.3p+03, 'f', 0, 64, "10"},
    {0x1.3p+03, 'f', 3, 64, "9.500"},
    {0x1.3p+03, 'f', 3, 32, "9.500"},
    {0x1.3p+03, 'f', 17, 64, "9.50000000000000000"},
    {0x1.3p+03, 'g', -1, 64, "9.5"},
    {0x1.3p+03, 'g', -1, 32, "9.5"},
    {0x1.3p+03, 'g', 0, 64, "1e+01"},
    {0x1.3p+03, 'g', 3, 64, "9.5"},
    {0x1.3p+03, 'g', 3, 32, "9.5"},
    {0x1.3p+03, 'g', 17, 64, "9.5"},
    {0x1.3p+03, 'b', -1, 64, "5348024557502464p-49"},
    {0x1.3p+03, 'b', -1, 32, "9961472p-20"},
    {0x1.3p+03, 'b', 0, 64, "5348024557502464p-49"},
    {0x1.3p+03, 'b', 3, 64, "5348024557502464p-49"},
    {0x1.3p+03, 'b', 3, 32, "9961472p-20"},
    {0x1.3p+03, 'b', 17, 64, "5348024557502464p-49"},
    {0x1.3p+03, 'x', -1, 64, "0x1.3p+03"},
    {0x1.3p+03, 'x', -1, 32, "0x1.3p+03"},
    {0x1.3p+03, 'x', 0, 64, "0x1p+03"},
    {0x1.3p+03, 'x', 3, 64, "0x1.300p+03"},
    {0x1.3p+03, 'x', 3, 32, "0x1.300p+03"},
    {0x1.3p+03, 'x', 17, 64, "0x1.30000000000000000p+03"},
    {0x1p-01, 'e', -1, 64, "5e-01"},
    {0x1p-01, 'e', -1, 32, "5e-01"},
    {0x1p-01, 'e', 0, 64, "5e-01"},
    {0x1p-01, 'e', 3, 64, "5.000e-01"},
    {0x1p-01, 'e', 3, 32, "5.000e-01"},
    {0x1p-01, 'e', 17, 64, "5.00000000000000000e-01"},
    {0x1p-01, 'f', -1, 64, "0.5"},
    {0x1p-01, 'f', -1, 32, "0.5"},
    {0x1p-01, 'f', 0, 64, "0"},
    {0x1p-01, 'f', 3, 64, "0.500"},
    {0x1p-01, 'f', 3, 32, "0.500"},
    {0x1p-01, 'f', 17, 64, "0.50000000000000000"},
    {0x1p-01, 'g', -1, 64, "0.5"},
    {0x1p-01, 'g', -1, 32, "0.5"},
    {0x1p-01, 'g', 0, 64, "0.5"},
    {0x1p-01, 'g', 3, 64, "0.5"},
    {0x1p-01, 'g', 3, 32, "0.5"},
    {0x1p-01, 'g', 17, 64, "0.5"},
    {0x1p-01, 'b', -1, 64, "4503599627370496p-53"},
    {0x1p-01, 'b', -1, 32, "8388608p-24"},
    {0x1p-01, 'b', 0, 64, "4503599627370496p-53"},
    {0x1p-01, 'b', 3, 64, "4503599627370496p-53"},
    {0x1p-01, 'b', 3, 32, "8388608p-24"},
    {0x1p-01, 'b', 17, 64, "4503599627370496p-53"},
    {0x1p-01, 'x', -1, 64, "0x1p-01"},
    {0x1p-01, 'x', -1, 32, "0x1p-01"},
    {0x1p-01, 'x', 0, 64, "0x1p-01"},
    {0x1p-01, 'x', 3, 64, "0x1.000p-01"},
    {0x1p-01, 'x', 3, 32, "0x1.000p-01"},
    {0x1p-01, 'x', 17, 64, "0x1.00000000000000000p-01"},
    {0x1p-1022, 'e', -1, 64, "2.2250738585072014e-308"},
    {0x1p-1022, 'e', -1, 32, "0e+00"},
    {0x1p-1022, 'e', 0, 64, "2e-308"},
    {0x1p-1022, 'e', 3, 64, "2.225e-308"},
    {0x1p-1022, 'e', 3, 32, "0.000e+00"},
    {0x1p-1022, 'e', 17, 64, "2.22507385850720138e-308"},
    {0x1p-1022, 'f', -1, 64, "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000022250738585072014"},
    {0x1p-1022, 'f', -1, 32, "0"},
    {0x1p-1022, 'f', 0, 64, "0"},
    {0x1p-1022, 'f', 3, 64, "0.000"},
    {0x1p-1022, 'f', 3, 32, "0.000"},
    {0x1p-1022, 'f', 17, 64, "0.00000000000000000"},
    {0x1p-1022, 'g', -1, 64, "2.2250738585072014e-308"},
    {0x1p-1022, 'g', -1, 32, "0"},
    {0x1p-1022, 'g', 0, 64, "2e-308"},
    {0x1p-1022, 'g', 3, 64, "2.23e-308"},
    {0x1p-1022, 'g', 3, 32, "0"},
    {0x1p-1022, 'g', 17, 64, "2.2250738585072014e-308"},
    {0x1p-1022, 'b', -1, 64, "4503599627370496p-1074"},
    {0x1p-1022, 'b', -1, 32, "0p-149"},
    {0x1p-1022, 'b', 0, 64, "4503599627370496p-1074"},
    {0x1p-1022, 'b', 3, 64, "4503599627370496p-1074"},
    {0x1p-1022, 'b', 3, 32, "0p-149"},
    {0x1p-1022, 'b', 17, 64, "4503599627370496p-1074"},
    {0x1p-1022, 'x', -1, 64, "0x1p-1022"},
    {0x1p-1022, 'x', -1, 32, "0x0p+00"},
    {0x1p-1022, 'x', 0, 64, "0x1p-1022"},
    {0x1p-1022, 'x', 3, 64, "0x1.000p-1022"},
    {0x1p-1022, 'x', 3, 32, "0x0.000p+00"},
    {0x1p-1022, 'x', 17, 64, "0x1.00000000000000000p-1022"},
    {0x1p+60, 'e', -1, 64, "1.152921504606847e+18"},
    {0x1p+60, 'e', -1, 32, "1.1529215e+18"},
    {0x1p+60, 'e', 0, 64, "1e+18"},
    {0x1p+60, 'e', 3, 64, "1.153e+18"},
    {0x1p+60, 'e', 3, 32, "1.153e+18"},
    {0x1p+60, 'e', 17, 64, "1.15292150460684698e+18"},
    {0x1p+60, 'f', -1, 64, "1152921504606847000"},
    {0x1p+60, 'f', -1, 32, "1152921500000000000"},
    {0x1p+60, 'f', 0, 64, "1152921504606846976"},
    {0x1p+60, 'f', 3, 64, "1152921504606846976.000"},
    {0x1p+60, 'f', 3, 32, "1152921504606846976.000"},
    {0x1p+60, 'f', 17, 64, "1152921504606846976.00000000000000000"},
    {0x1p+60, 'g', -1, 64, "1.152921504606847e+18"},
    {0x1p+60, 'g', -1, 32, "1.1529215e+18"},
    {0x1p+60, 'g', 0, 64, "1e+18"},
    {0x1p+60, 'g', 3, 64, "1.15e+18"},
    {0x1p+60, 'g', 3, 32, "1.15e+18"},
    {0x1p+60, 'g', 17, 64, "1.152921504606847e+18"},
    {0x1p+60, 'b', -1, 64, "4503599627370496p+8"},
    {0x1p+60, 'b', -1, 32, "8388608p+37"},
    {0x1p+60, 'b', 0, 64, "4503599627370496p+8"},
    {0x1p+60, 'b', 3, 64, "4503599627370496p+8"},
    {0x1p+60, 'b', 3, 32, "8388608p+37"},
    {0x1p+60, 'b', 17, 64, "4503599627370496p+8"},
    {0x1p+60, 'x', -1, 64, "0x1p+60"},
    {0x1p+60, 'x', -1, 32, "0x1p+60"},
    {0x1p+60, 'x', 0, 64, "0x1p+60"},
    {0x1p+60, 'x', 3, 64, "0x1.000p+60"},
    {0x1p+60, 'x', 3, 32, "0x1.000p+60"},
    {0x1p+60, 'x', 17, 64, "0x1.00000000000000000p+60"},
    {0x1.fe185ca57c517p+78, 'e', -1, 64, "6.02214076e+23"},
    {0x1.fe185ca57c517p+78, 'e', -1, 32, "6.0221406e+23"},
    {0x1.fe185ca57c517p+78, 'e', 0, 64, "6e+23"},
    {0x1.fe185ca57c517p+78, 'e', 3, 64, "6.022e+23"},
    {0x1.fe185ca57c517p+78, 'e', 3, 32, "6.022e+23"},
    {0x1.fe185ca57c517p+78, 'e', 17, 64, "6.02214075999999987e+23"},
    {0x1.fe185ca57c517p+78, 'f', -1, 64, "602214076000000000000000"},
    {0x1.fe185ca57c517p+78, 'f', -1, 32, "602214060000000000000000"},
    {0x1.fe185ca57c517p+78, 'f', 0, 64, "602214075999999987023872"},
    {0x1.fe185ca57c517p+78, 'f', 3, 64, "602214075999999987023872.000"},
    {0x1.fe185ca57c517p+78, 'f', 3, 32, "602214064354984894398464.000"},
    {0x1.fe185ca57c517p+78, 'f', 17, 64, "602214075999999987023872.00000000000000000"},
    {0x1.fe185ca57c517p+78, 'g', -1, 64, "6.02214076e+23"},
    {0x1.fe185ca57c517p+78, 'g', -1, 32, "6.0221406e+23"},
    {0x1.fe185ca57c517p+78, 'g', 0, 64, "6e+23"},
    {0x1.fe185ca57c517p+78, 'g', 3, 64, "6.02e+23"},
    {0x1.fe185ca57c517p+78, 'g', 3, 32, "6.02e+23"},
    {0x1.fe185ca57c517p+78, 'g', 17, 64, "6.0221407599999999e+23"},
    {0x1.fe185ca57c517p+78, 'b', -1, 64, "8973689019680023p+26"},
    {0x1.fe185ca57c517p+78, 'b', -1, 32, "16714798p+55"},
    {0x1.fe185ca57c517p+78, 'b', 0, 64, "8973689019680023p+26"},
    {0x1.fe185ca57c517p+78, 'b', 3, 64, "8973689019680023p+26"},
    {0x1.fe185ca57c517p+78, 'b', 3, 32, "16714798p+55"},
    {0x1.fe185ca57c517p+78, 'b', 17, 64, "8973689019680023p+26"},
    {0x1.fe185ca57c517p+78, 'x', -1, 64, "0x1.fe185ca57c517p+78"},
    {0x1.fe185ca57c517p+78, 'x', -1, 32, "0x1.fe185cp+78"},
    {0x1.fe185ca57c517p+78, 'x', 0, 64, "0x1p+79"},
    {0x1.fe185ca57c517p+78, 'x', 3, 64, "0x1.fe2p+78"},
    {0x1.fe185ca57c517p+78, 'x', 3, 32, "0x1.fe2p+78"},
    {0x1.fe185ca57c517p+78, 'x', 17, 64, "0x1.fe185ca57c5170000p+78"},
    {0x1.5555555555555p-02, 'e', -1, 64, "3.333333333333333e-01"},
    {0x1.5555555555555p-02, 'e', -1, 32, "3.3333334e-01"},
    {0x1.5555555555555p-02, 'e', 0, 64, "3e-01"},
    {0x1.5555555555555p-02, 'e', 3, 64, "3.333e-01"},
    {0x1.5555555555555p-02, 'e', 3, 32, "3.333e-01"},
    {0x1.5555555555555p-02, 'e', 17, 64, "3.33333333333333315e-01"},
    {0x1.5555555555555p-02, 'f', -1, 64, "0.3333333333333333"},
    {0x1.5555555555555p-02, 'f', -1, 32, "0.33333334"},
    {0x1.5555555555555p-02, 'f', 0, 64, "0"},
    {0x1.5555555555555p-02, 'f', 3, 64, "0.333"},
    {0x1.5555555555555p-02, 'f', 3, 32, "0.333"},
    {0x1.5555555555555p-02, 'f', 17, 64, "0.33333333333333331"},
    {0x1.5555555555555p-02, 'g', -1, 64, "0.3333333333333333"},
    {0x1.5555555555555p-02, 'g', -1, 32, "0.33333334"},
    {0x1.5555555555555p-02, 'g', 0, 64, "0.3"},
    {0x1.5555555555555p-02, 'g', 3, 64, "0.333"},
    {0x1.5555555555555p-02, 'g', 3, 32, "0.333"},
    {0x1.5555555555555p-02, 'g', 17, 64, "0.33333333333333331"},
    {0x1.5555555555555p-02, 'b', -1, 64, "6004799503160661p-54"},
    {0x1.5555555555555p-02, 'b', -1, 32, "11184811p-25"},
    {0x1.5555555555555p-02, 'b', 0, 64, "6004799503160661p-54"},
    {0x1.5555555555555p-02, 'b', 3, 64, "6004799503160661p-54"},
    {0x1.5555555555555p-02, 'b', 3, 32, "11184811p-25"},
    {0x1.5555555555555p-02, 'b', 17, 64, "6004799503160661p-54"},
    {0x1.5555555555555p-02, 'x', -1, 64, "0x1.5555555555555p-02"},
    {0x1.5555555555555p-02, 'x', -1, 32, "0x1.555556p-02"},
    {0x1.5555555555555p-02, 'x', 0, 64, "0x1p-02"},
    {0x1.5555555555555p-02, 'x', 3, 64, "0x1.555p-02"},
    {0x1.5555555555555p-02, 'x', 3, 32, "0x1.555p-02"},
    {0x1.5555555555555p-02, 'x', 17, 64, "0x1.55555555555550000p-02"},
    {0x1.b1ae4d6e2ef5p+69, 'E', -1, 64, "1E+21"},
    {0x1.b1ae4d6e2ef5p+69, 'E', 3, 64, "1.000E+21"},
    {0x1.421f5f40d8376p-23, 'E', -1, 64, "1.5E-07"},
    {0x1.421f5f40d8376p-23, 'E', 3, 64, "1.500E-07"},
    {-0x1.ffp+07, 'E', -1, 64, "-2.555E+02"},
    {-0x1.ffp+07, 'E', 3, 64, "-2.555E+02"},
    {0x1.b1ae4d6e2ef5p+69, 'G', -1, 64, "1E+21"},
    {0x1.b1ae4d6e2ef5p+69, 'G', 3, 64, "1E+21"},
    {0x1.421f5f40d8376p-23, 'G', -1, 64, "1.5E-07"},
    {0x1.421f5f40d8376p-23, 'G', 3, 64, "1.5E-07"},
    {-0x1.ffp+07, 'G', -1, 64, "-255.5"},
    {-0x1.ffp+07, 'G', 3, 64, "-256"},
    {0x1.b1ae4d6e2ef5p+69, 'X', -1, 64, "0X1.B1AE4D6E2EF5P+69"},
    {0x1.b1ae4d6e2ef5p+69, 'X', 3, 64, "0X1.B1BP+69"},
    {0x1.421f5f40d8376p-23, 'X', -1, 64, "0X1.421F5F40D8376P-23"},
    {0x1.421f5f40d8376p-23, 'X', 3, 64, "0X1.422P-23"},
    {-0x1.ffp+07, 'X', -1, 64, "-0X1.FFP+07"},
    {-0x1.ffp+07, 'X', 3, 64, "-0X1.FF0P+07"},
    {0x1.999999999999ap-04, 'e', 40, 64, "1.0000000000000000555111512312578270211816e-01"},
    {0x1.999999999999ap-04, 'f', 40, 64, "0.1000000000000000055511151231257827021182"},
    {0x1.999999999999ap-04, 'g', 40, 64, "0.1000000000000000055511151231257827021182"},
    {0x1.5555555555555p-02, 'e', 40, 64, "3.3333333333333331482961625624739099293947e-01"},
    {0x1.5555555555555p-02, 'f', 40, 64, "0.3333333333333333148296162562473909929395"},
    {0x1.5555555555555p-02, 'g', 40, 64, "0.3333333333333333148296162562473909929395"},
    {0x1.7e43c8800759cp+996, 'e', 40, 64, "1.0000000000000000525047602552044202487045e+300"},
    {0x1.7e43c8800759cp+996, 'f', 40, 64, "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.0000000000000000000000000000000000000000"},
    {0x1.7e43c8800759cp+996, 'g', 40, 64, "1.000000000000000052504760255204420248704e+300"},
    {0x1p-1074, 'e', 40, 64, "4.9406564584124654417656879286822137236506e-324"},
    {0x1p-1074, 'f', 40, 64, "0.0000000000000000000000000000000000000000"},
    {0x1p-1074, 'g', 40, 64, "4.940656458412465441765687928682213723651e-324"},
    {1.5, 'z', 2, 64, "%z"},
    {-1.5, 'z', -1, 64, "%z"},
};

/* s, n, Quote, QuoteToASCII, QuoteToGraphic, CanBackquote */
typedef struct QuoteCase { const char *s; size_t n; const char *q, *ascii, *graphic; int backq; } QuoteCase;

static const QuoteCase quote_cases[] = {
    {"", 0, "\"\"", "\"\"", "\"\"", 1},
    {"hello", 5, "\"hello\"", "\"hello\"", "\"hello\"", 1},
    {"a\"b'c\\d", 7, "\"a\\\"b'c\\\\d\"", "\"a\\\"b'c\\\\d\"", "\"a\\\"b'c\\\\d\"", 1},
    {"\007\010\014\012\015\011\013\000\001\037\177", 11, "\"\\a\\b\\f\\n\\r\\t\\v\\x00\\x01\\x1f\\x7f\"", "\"\\a\\b\\f\\n\\r\\t\\v\\x00\\x01\\x1f\\x7f\"", "\"\\a\\b\\f\\n\\r\\t\\v\\x00\\x01\\x1f\\x7f\"", 0},
    {"\344\270\226\347\225\214", 6, "\"\344\270\226\347\225\214\"", "\"\\u4e16\\u754c\"", "\"\344\270\226\347\225\214\"", 1},
    {"\302\240\302\255\342\200\250\342\200\251\342\200\213\357\273\277\343\200\200", 19, "\"\\u00a0\\u00ad\\u2028\\u2029\\u200b\\ufeff\\u3000\"", "\"\\u00a0\\u00ad\\u2028\\u2029\\u200b\\ufeff\\u3000\"", "\"\302\240\\u00ad\\u2028\\u2029\\u200b\\ufeff\343\200\200\"", 0},
    {"\360\237\230\200\364\217\277\277\363\240\204\200\363\240\207\260", 16, "\"\360\237\230\200\\U0010ffff\363\240\204\200\\U000e01f0\"", "\"\\U0001f600\\U0010ffff\\U000e0100\\U000e01f0\"", "\"\360\237\230\200\\U0010ffff\363\240\204\200\\U000e01f0\"", 1},
    {"\377", 1, "\"\\xff\"", "\"\\xff\"", "\"\\xff\"", 0},
    {"a\300\200b", 4, "\"a\\xc0\\x80b\"", "\"a\\xc0\\x80b\"", "\"a\\xc0\\x80b\"", 0},
    {"\344\270", 2, "\"\\xe4\\xb8\"", "\"\\xe4\\xb8\"", "\"\\xe4\\xb8\"", 0},
    {"\355\240\200", 3, "\"\\xed\\xa0\\x80\"", "\"\\xed\\xa0\\x80\"", "\"\\xed\\xa0\\x80\"", 0},
    {"\364\220\200\200", 4, "\"\\xf4\\x90\\x80\\x80\"", "\"\\xf4\\x90\\x80\\x80\"", "\"\\xf4\\x90\\x80\\x80\"", 0},
    {"tab\011here", 8, "\"tab\\there\"", "\"tab\\there\"", "\"tab\\there\"", 1},
    {"back`tick", 9, "\"back`tick\"", "\"back`tick\"", "\"back`tick\"", 0},
    {"\303\251\314\201", 4, "\"\303\251\314\201\"", "\"\\u00e9\\u0301\"", "\"\303\251\314\201\"", 1},
    {"\315\270\341\232\200\342\200\200", 8, "\"\\u0378\\u1680\\u2000\"", "\"\\u0378\\u1680\\u2000\"", "\"\\u0378\341\232\200\342\200\200\"", 1},
    {"\200\277", 2, "\"\\x80\\xbf\"", "\"\\x80\\xbf\"", "\"\\x80\\xbf\"", 0},
};

/* r, QuoteRune, QuoteRuneToASCII, QuoteRuneToGraphic */
typedef struct QuoteRuneCase { int32_t r; const char *q, *ascii, *graphic; } QuoteRuneCase;

static const QuoteRuneCase quote_rune_cases[] = {
    {97, "'a'", "'a'", "'a'"},
    {39, "'\\''", "'\\''", "'\\''"},
    {34, "'\"'", "'\"'", "'\"'"},
    {92, "'\\\\'", "'\\\\'", "'\\\\'"},
    {10, "'\\n'", "'\\n'", "'\\n'"},
    {0, "'\\x00'", "'\\x00'", "'\\x00'"},
    {127, "'\\x7f'", "'\\x7f'", "'\\x7f'"},
    {160, "'\\u00a0'", "'\\u00a0'", "'\302\240'"},
    {173, "'\\u00ad'", "'\\u00ad'", "'\\u00ad'"},
    {19990, "'\344\270\226'", "'\\u4e16'", "'\344\270\226'"},
    {8232, "'\\u2028'", "'\\u2028'", "'\\u2028'"},
    {128512, "'\360\237\230\200'", "'\\U0001f600'", "'\360\237\230\200'"},
    {1114111, "'\\U0010ffff'", "'\\U0010ffff'", "'\\U0010ffff'"},
    {1114112, "'\357\277\275'", "'\\ufffd'", "'\357\277\275'"},
    {55296, "'\357\277\275'", "'\\ufffd'", "'\357\277\275'"},
    {-1, "'\357\277\275'", "'\\ufffd'", "'\357\277\275'"},
    {12288, "'\\u3000'", "'\\u3000'", "'\343\200\200'"},
    {917760, "'\363\240\204\200'", "'\\U000e0100'", "'\363\240\204\200'"},
};

typedef struct UnquoteCase { const char *s; size_t n; int ok; const char *want; size_t want_len; } UnquoteCase;

static const UnquoteCase unquote_cases[] = {
    {"\"\"", 2, 1, "", 0},
    {"\"abc\"", 5, 1, "abc", 3},
    {"\"a\\nb\"", 6, 1, "a\012b", 3},
    {"\"\\x41\\101\\u4e16\\U0001F600\"", 26, 1, "AA\344\270\226\360\237\230\200", 9},
    {"\"\\xff\"", 6, 1, "\377", 1},
    {"\"\\377\"", 6, 1, "\377", 1},
    {"\"\\400\"", 6, 0, "", 0},
    {"'a'", 3, 1, "a", 1},
    {"'ab'", 4, 0, "", 0},
    {"''", 2, 1, "", 0},
    {"'\\''", 4, 1, "'", 1},
    {"\"\\'\"", 4, 0, "", 0},
    {"'\\\"'", 4, 0, "", 0},
    {"'\344\270\226'", 5, 1, "\344\270\226", 3},
    {"'\\u4e16'", 8, 1, "\344\270\226", 3},
    {"`raw\\n`", 7, 1, "raw\\n", 5},
    {"`a\015b`", 5, 1, "ab", 2},
    {"`a` ", 4, 0, "", 0},
    {"\"a", 2, 0, "", 0},
    {"a\"", 2, 0, "", 0},
    {"\"", 1, 0, "", 0},
    {"\"a\"b\"", 5, 0, "", 0},
    {"\"a\012b\"", 5, 0, "", 0},
    {"\"\377\"", 3, 1, "\357\277\275", 3},
    {"\"\377\\n\"", 5, 1, "\357\277\275\012", 4},
    {"\"\\ud800\"", 8, 0, "", 0},
    {"\"\\U00110000\"", 12, 0, "", 0},
    {"\"\\z\"", 4, 0, "", 0},
    {"\"\\x4\"", 5, 0, "", 0},
    {"'\\x80'", 6, 1, "\200", 1},
    {"'\377'", 3, 1, "\357\277\275", 3},
    {"\"\\a\\b\\f\\r\\t\\v\\\\\"", 16, 1, "\007\010\014\015\011\013\\", 7},
    {"'\012'", 3, 0, "", 0},
    {"\"\\\"\"", 4, 1, "\"", 1},
    {"\"abc", 4, 0, "", 0},
    {"x", 1, 0, "", 0},
    {"'", 1, 0, "", 0},
};

/* s, base, bitsize, ParseInt value and error, ParseUint value and error */
typedef struct IntCase {
    const char *s; int base, bitsize; long long i; NumErr ierr; unsigned long long u; NumErr uerr;
} IntCase;

static const IntCase int_cases[] = {
    {"0", 10, 64, 0LL, NUM_OK, 0ULL, NUM_OK},
    {"42", 10, 64, 42LL, NUM_OK, 42ULL, NUM_OK},
    {"-42", 10, 64, -42LL, NUM_OK, 0ULL, NUM_SYNTAX},
    {"+42", 10, 64, 42LL, NUM_OK, 0ULL, NUM_SYNTAX},
    {"", 10, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"-", 10, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"9223372036854775807", 10, 64, 9223372036854775807LL, NUM_OK, 9223372036854775807ULL, NUM_OK},
    {"9223372036854775808", 10, 64, 9223372036854775807LL, NUM_RANGE, 9223372036854775808ULL, NUM_OK},
    {"-9223372036854775808", 10, 64, INT64_MIN, NUM_OK, 0ULL, NUM_SYNTAX},
    {"-9223372036854775809", 10, 64, INT64_MIN, NUM_RANGE, 0ULL, NUM_SYNTAX},
    {"99999999999999999999999", 10, 64, 9223372036854775807LL, NUM_RANGE, 18446744073709551615ULL, NUM_RANGE},
    {"127", 10, 8, 127LL, NUM_OK, 127ULL, NUM_OK},
    {"128", 10, 8, 127LL, NUM_RANGE, 128ULL, NUM_OK},
    {"-129", 10, 8, -128LL, NUM_RANGE, 0ULL, NUM_SYNTAX},
    {"0x1F", 0, 64, 31LL, NUM_OK, 31ULL, NUM_OK},
    {"0X1f", 0, 64, 31LL, NUM_OK, 31ULL, NUM_OK},
    {"0b101", 0, 64, 5LL, NUM_OK, 5ULL, NUM_OK},
    {"0o17", 0, 64, 15LL, NUM_OK, 15ULL, NUM_OK},
    {"017", 0, 64, 15LL, NUM_OK, 15ULL, NUM_OK},
    {"0x", 0, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"1_000", 0, 64, 1000LL, NUM_OK, 1000ULL, NUM_OK},
    {"1__000", 0, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"_1000", 0, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"1000_", 0, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"0x_1f", 0, 64, 31LL, NUM_OK, 31ULL, NUM_OK},
    {"1_000", 10, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"-0x10", 0, 64, -16LL, NUM_OK, 0ULL, NUM_SYNTAX},
    {"zz", 36, 64, 1295LL, NUM_OK, 1295ULL, NUM_OK},
    {"ZZ", 36, 64, 1295LL, NUM_OK, 1295ULL, NUM_OK},
    {"12", 2, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"12", 1, 64, 0LL, NUM_BASE, 0ULL, NUM_BASE},
    {"12", 37, 64, 0LL, NUM_BASE, 0ULL, NUM_BASE},
    {"12", 10, 65, 0LL, NUM_BITSIZE, 0ULL, NUM_BITSIZE},
    {"12", 10, 0, 12LL, NUM_OK, 12ULL, NUM_OK},
    {"0", 0, 64, 0LL, NUM_OK, 0ULL, NUM_OK},
    {"08", 0, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {" 1", 10, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"1 ", 10, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"ff", 16, 8, 127LL, NUM_RANGE, 255ULL, NUM_OK},
    {"-80", 16, 8, -128LL, NUM_OK, 0ULL, NUM_SYNTAX},
    {"0_7", 0, 64, 7LL, NUM_OK, 7ULL, NUM_OK},
    {"0b", 0, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"+-1", 10, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
    {"\331\241", 10, 64, 0LL, NUM_SYNTAX, 0ULL, NUM_SYNTAX},
};

/* s, ParseFloat(s, 64) value and error, ParseFloat(s, 32) value and error */
typedef struct FloatParseCase { const char *s; double f64; NumErr e64; double f32; NumErr e32; } FloatParseCase;

static const FloatParseCase float_parse_cases[] = {
    {"0", 0x0p+00, NUM_OK, 0x0p+00, NUM_OK},
    {"-0", -0.0, NUM_OK, -0.0, NUM_OK},
    {"1", 0x1p+00, NUM_OK, 0x1p+00, NUM_OK},
    {"3.14", 0x1.91eb851eb851fp+01, NUM_OK, 0x1.91eb86p+01, NUM_OK},
    {".5", 0x1p-01, NUM_OK, 0x1p-01, NUM_OK},
    {"5.", 0x1.4p+02, NUM_OK, 0x1.4p+02, NUM_OK},
    {".", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"1e10", 0x1.2a05f2p+33, NUM_OK, 0x1.2a05f2p+33, NUM_OK},
    {"1E-10", 0x1.b7cdfd9d7bdbbp-34, NUM_OK, 0x1.b7cdfep-34, NUM_OK},
    {"1e", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"1e+", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"1.5e+308", 0x1.ab36d48e1acfp+1023, NUM_OK, INFINITY, NUM_RANGE},
    {"1.8e308", INFINITY, NUM_RANGE, INFINITY, NUM_RANGE},
    {"-1.8e308", -INFINITY, NUM_RANGE, -INFINITY, NUM_RANGE},
    {"1e-400", 0x0p+00, NUM_OK, 0x0p+00, NUM_OK},
    {"4.9e-324", 0x1p-1074, NUM_OK, 0x0p+00, NUM_OK},
    {"2.4e-324", 0x0p+00, NUM_OK, 0x0p+00, NUM_OK},
    {"inf", INFINITY, NUM_OK, INFINITY, NUM_OK},
    {"+Inf", INFINITY, NUM_OK, INFINITY, NUM_OK},
    {"-INF", -INFINITY, NUM_OK, -INFINITY, NUM_OK},
    {"infinity", INFINITY, NUM_OK, INFINITY, NUM_OK},
    {"-Infinity", -INFINITY, NUM_OK, -INFINITY, NUM_OK},
    {"infin", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"nan", NAN, NUM_OK, NAN, NUM_OK},
    {"NaN", NAN, NUM_OK, NAN, NUM_OK},
    {"-nan", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"+nan", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"0x1p-2", 0x1p-02, NUM_OK, 0x1p-02, NUM_OK},
    {"0x1.8p3", 0x1.8p+03, NUM_OK, 0x1.8p+03, NUM_OK},
    {"0X1P+2", 0x1p+02, NUM_OK, 0x1p+02, NUM_OK},
    {"0x1", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"0x1.fffffffffffff8p1023", INFINITY, NUM_RANGE, INFINITY, NUM_RANGE},
    {"0x1p1024", INFINITY, NUM_RANGE, INFINITY, NUM_RANGE},
    {"0x_1p0", 0x1p+00, NUM_OK, 0x1p+00, NUM_OK},
    {"1_000.5", 0x1.f44p+09, NUM_OK, 0x1.f44p+09, NUM_OK},
    {"0x1_0p0", 0x1p+04, NUM_OK, 0x1p+04, NUM_OK},
    {"1e1_0", 0x1.2a05f2p+33, NUM_OK, 0x1.2a05f2p+33, NUM_OK},
    {"0.000_1", 0x1.a36e2eb1c432dp-14, NUM_OK, 0x1.a36e2ep-14, NUM_OK},
    {"12abc", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {" 1", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"1 ", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"0x", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"0x.p1", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"0xp1", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"123456789012345678901234567890", 0x1.8ee90ff6c373ep+96, NUM_OK, 0x1.8ee91p+96, NUM_OK},
    {"0.1000000000000000055511151231257827021181583404541015625", 0x1.999999999999ap-04, NUM_OK, 0x1.99999ap-04, NUM_OK},
    {"2.2250738585072011e-308", 0x1.ffffffffffffep-1023, NUM_OK, 0x0p+00, NUM_OK},
    {"1e23", 0x1.52d02c7e14af6p+76, NUM_OK, 0x1.52d02cp+76, NUM_OK},
    {"9007199254740993", 0x1p+53, NUM_OK, 0x1p+53, NUM_OK},
    {"3.4028235e38", 0x1.fffffe54daff8p+127, NUM_OK, 0x1.fffffep+127, NUM_OK},
    {"3.5e38", 0x1.074f8c4d3cd7bp+128, NUM_OK, INFINITY, NUM_RANGE},
    {"1e-46", 0x1.244ce242c5561p-153, NUM_OK, 0x0p+00, NUM_OK},
    {"0x1p-149", 0x1p-149, NUM_OK, 0x1p-149, NUM_OK},
    {"0x1p-150", 0x1p-150, NUM_OK, 0x0p+00, NUM_OK},
    {"1.00000017881393432617187499", 0x1.000003p+00, NUM_OK, 0x1.000002p+00, NUM_OK},
    {"++1", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"1e1e1", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"1..2", 0x0p+00, NUM_SYNTAX, 0x0p+00, NUM_SYNTAX},
    {"00001", 0x1p+00, NUM_OK, 0x1p+00, NUM_OK},
    {"1_2", 0x1.8p+03, NUM_OK, 0x1.8p+03, NUM_OK},
    {"0_1", 0x1p+00, NUM_OK, 0x1p+00, NUM_OK},
    {"1e99999999999", INFINITY, NUM_RANGE, INFINITY, NUM_RANGE},
};

/* ---- tests ------------------------------------------------------------- */

static void test_printf(void)
{
    for (size_t k = 0; k < sizeof printf_cases / sizeof printf_cases[0]; k++) {
        const PrintfCase *c = &printf_cases[k];
        FmtArgs args = {c->nargs, (void *)c->args, format_arg, arg_as_int, arg_type_and_value};
        Buf b = BUF_INIT;
        char name[200];
        snprintf(name, sizeof name, "Sprintf(\"%s\", ...)", c->format);
        fmt_printf(&b, c->format, strlen(c->format), &args);
        is_bytes(&b, c->want, c->want_len, name);
        buf_fini(&b);
    }
}

static void test_format_float(void)
{
    for (size_t k = 0; k < sizeof float_cases / sizeof float_cases[0]; k++) {
        const FloatCase *c = &float_cases[k];
        Buf b = BUF_INIT;
        char name[200];
        snprintf(name, sizeof name, "FormatFloat(%a, '%c', %d, %d)", c->v, c->fmt, c->prec,
                 c->bitsize);
        fmt_float(&b, c->v, c->fmt, c->prec, c->bitsize);
        is_bytes(&b, c->want, strlen(c->want), name);
        buf_fini(&b);
    }
}

static void test_quote(void)
{
    for (size_t k = 0; k < sizeof quote_cases / sizeof quote_cases[0]; k++) {
        const QuoteCase *c = &quote_cases[k];
        Buf b = BUF_INIT;
        fmt_quote(&b, c->s, c->n, false, false);
        is_bytes(&b, c->q, strlen(c->q), "Quote");
        buf_reset(&b);
        fmt_quote(&b, c->s, c->n, true, false);
        is_bytes(&b, c->ascii, strlen(c->ascii), "QuoteToASCII");
        buf_reset(&b);
        fmt_quote(&b, c->s, c->n, false, true);
        is_bytes(&b, c->graphic, strlen(c->graphic), "QuoteToGraphic");
        is_int(fmt_can_backquote(c->s, c->n), c->backq, "CanBackquote(%s)", c->q);
        buf_fini(&b);
    }
    for (size_t k = 0; k < sizeof quote_rune_cases / sizeof quote_rune_cases[0]; k++) {
        const QuoteRuneCase *c = &quote_rune_cases[k];
        Buf b = BUF_INIT;
        char name[64];
        snprintf(name, sizeof name, "QuoteRune(%d)", (int)c->r);
        fmt_quote_rune(&b, c->r, false);
        is_bytes(&b, c->q, strlen(c->q), name);
        buf_reset(&b);
        fmt_quote_rune(&b, c->r, true);
        is_bytes(&b, c->ascii, strlen(c->ascii), "QuoteRuneToASCII");
        buf_reset(&b);
        fmt_quote_rune_graphic(&b, c->r);
        is_bytes(&b, c->graphic, strlen(c->graphic), "QuoteRuneToGraphic");
        buf_fini(&b);
    }
    for (size_t k = 0; k < sizeof unquote_cases / sizeof unquote_cases[0]; k++) {
        const UnquoteCase *c = &unquote_cases[k];
        Buf b = BUF_INIT;
        bool good = fmt_unquote(c->s, c->n, &b);
        is_int(good, c->ok, "Unquote(%s) ok", c->s);
        if (good && c->ok) is_bytes(&b, c->want, c->want_len, "Unquote value");
        buf_fini(&b);
    }
}

static void test_parse(void)
{
    for (size_t k = 0; k < sizeof int_cases / sizeof int_cases[0]; k++) {
        const IntCase *c = &int_cases[k];
        int64_t i;
        uint64_t u;
        NumErr e = fmt_parse_int(c->s, strlen(c->s), c->base, c->bitsize, &i);
        is_int(e, c->ierr, "ParseInt(\"%s\", %d, %d) error", c->s, c->base, c->bitsize);
        is_int(i, c->i, "ParseInt(\"%s\", %d, %d) value", c->s, c->base, c->bitsize);
        e = fmt_parse_uint(c->s, strlen(c->s), c->base, c->bitsize, &u);
        is_int(e, c->uerr, "ParseUint(\"%s\", %d, %d) error", c->s, c->base, c->bitsize);
        ok(u == c->u, "ParseUint(\"%s\", %d, %d) value %llu", c->s, c->base, c->bitsize,
           (unsigned long long)u);
    }
    for (size_t k = 0; k < sizeof float_parse_cases / sizeof float_parse_cases[0]; k++) {
        const FloatParseCase *c = &float_parse_cases[k];
        for (int bits = 64; bits >= 32; bits -= 32) {
            double f, want = bits == 64 ? c->f64 : c->f32;
            NumErr e = fmt_parse_float(c->s, strlen(c->s), bits, &f);
            is_int(e, bits == 64 ? c->e64 : c->e32, "ParseFloat(\"%s\", %d) error", c->s, bits);
            bool same = isnan(want) ? isnan(f) : memcmp(&f, &want, sizeof f) == 0;
            ok(same, "ParseFloat(\"%s\", %d) = %a (want %a)", c->s, bits, f, want);
        }
    }
    static const struct { const char *s; NumErr e; bool v; } bools[] = {
        {"1", NUM_OK, true}, {"t", NUM_OK, true}, {"T", NUM_OK, true}, {"TRUE", NUM_OK, true},
        {"true", NUM_OK, true}, {"True", NUM_OK, true}, {"0", NUM_OK, false}, {"f", NUM_OK, false},
        {"F", NUM_OK, false}, {"FALSE", NUM_OK, false}, {"false", NUM_OK, false},
        {"False", NUM_OK, false}, {"tRUE", NUM_SYNTAX, false}, {"", NUM_SYNTAX, false},
        {"yes", NUM_SYNTAX, false},
    };
    for (size_t k = 0; k < sizeof bools / sizeof bools[0]; k++) {
        bool v = !bools[k].v;
        NumErr e = fmt_parse_bool(bools[k].s, strlen(bools[k].s), &v);
        ok(e == bools[k].e && v == bools[k].v, "ParseBool(\"%s\")", bools[k].s);
    }

    Buf b = BUF_INIT;
    fmt_num_error(&b, "ParseInt", "x1", 2, NUM_SYNTAX, 0);
    is_str(buf_str(&b), "strconv.ParseInt: parsing \"x1\": invalid syntax", "NumError syntax");
    buf_reset(&b);
    fmt_num_error(&b, "Atoi", "99999999999999999999", 20, NUM_RANGE, 0);
    is_str(buf_str(&b), "strconv.Atoi: parsing \"99999999999999999999\": value out of range",
           "NumError range");
    buf_reset(&b);
    fmt_num_error(&b, "ParseInt", "1", 1, NUM_BASE, 1);
    is_str(buf_str(&b), "strconv.ParseInt: parsing \"1\": invalid base 1", "NumError base");
    buf_reset(&b);
    fmt_num_error(&b, "ParseUint", "1", 1, NUM_BITSIZE, 65);
    is_str(buf_str(&b), "strconv.ParseUint: parsing \"1\": invalid bit size 65", "NumError bits");
    buf_fini(&b);
}

static void test_itoa(void)
{
    static const struct { int64_t v; int base; const char *want; } ints[] = {
        {0, 10, "0"}, {-255, 16, "-ff"}, {35, 36, "z"}, {-36, 36, "-10"}, {5, 2, "101"},
        {INT64_MIN, 10, "-9223372036854775808"}, {INT64_MAX, 16, "7fffffffffffffff"},
        {INT64_MIN, 2, "-1000000000000000000000000000000000000000000000000000000000000000"},
    };
    for (size_t k = 0; k < sizeof ints / sizeof ints[0]; k++) {
        Buf b = BUF_INIT;
        fmt_int(&b, ints[k].v, ints[k].base);
        is_str(buf_str(&b), ints[k].want, "FormatInt(%lld, %d)", (long long)ints[k].v,
               ints[k].base);
        buf_fini(&b);
    }
    Buf b = BUF_INIT;
    fmt_uint(&b, UINT64_MAX, 10);
    is_str(buf_str(&b), "18446744073709551615", "FormatUint(max, 10)");
    buf_reset(&b);
    fmt_uint(&b, UINT64_MAX, 36);
    is_str(buf_str(&b), "3w5e11264sgsf", "FormatUint(max, 36)");
    buf_fini(&b);
}

static void test_misc(void)
{
    ok(fmt_is_print('a') && !fmt_is_print('\n') && !fmt_is_print(0xAD), "IsPrint latin-1");
    ok(fmt_is_print(0x4E16) && !fmt_is_print(0x2028) && !fmt_is_print(0xFEFF), "IsPrint BMP");
    ok(fmt_is_print(0x1F600) && !fmt_is_print(0x1000C) && !fmt_is_print(0x110000), "IsPrint astral");
    ok(!fmt_is_print(0x3000) && fmt_is_graphic(0x3000) && !fmt_is_graphic(0x2028), "IsGraphic");

    /* width counts runes, not bytes */
    FmtSpec sp = {.has_width = true, .width = 6, .verb = 's'};
    Buf b = BUF_INIT;
    fmt_pad(&b, &sp, "世界", strlen("世界"));
    is_str(buf_str(&b), "    世界", "pad counts runes");
    buf_reset(&b);
    sp.minus = true;
    fmt_pad(&b, &sp, "世界", strlen("世界"));
    is_str(buf_str(&b), "世界    ", "pad right");
    buf_reset(&b);
    sp.minus = false;
    sp.zero = true;
    fmt_pad(&b, &sp, "ab", 2);
    is_str(buf_str(&b), "0000ab", "pad with zeros");
    buf_reset(&b);

    /* a bad verb writes nothing */
    FmtSpec z = {.verb = 'z'};
    ok(!fmt_spec_int(&b, &z, 1, true, 64) && !fmt_spec_float(&b, &z, 1, 64) &&
       !fmt_spec_string(&b, &z, "a", 1) && !fmt_spec_bool(&b, &z, true) &&
       !fmt_pointer(&b, &z, 1) && !fmt_spec_bytes(&b, &z, (const uint8_t *)"a", 1, false, NULL) &&
       !fmt_spec_complex(&b, &z, 1, 1, 128) && b.len == 0, "bad verbs write nothing");

    /* appending keeps what is there */
    buf_puts(&b, "x=");
    fmt_float(&b, 0.1, 'g', -1, 64);
    is_str(buf_str(&b), "x=0.1", "fmt_float appends");
    buf_fini(&b);
}

int main(void)
{
    plan_lazy();
    test_printf();
    test_format_float();
    test_quote();
    test_parse();
    test_itoa();
    test_misc();
    return done_testing();
}
