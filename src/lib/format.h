/* lib/format.h: Go's formatting and parsing of basic values, knowing nothing
 * of the interpreter's values.
 *
 * A port of Go 1.19's strconv (ftoa.go, itoa.go, quote.go, atoi.go, atof.go,
 * isprint.go) and of fmt/format.go plus the verb dispatch and doPrintf of
 * fmt/print.go. Outputs are byte-for-byte Go's; tests/unit/format_test.c
 * checks them against strings produced by the real Go.
 *
 * Conventions: every function appends to a Buf and never resets it. Strings
 * are (pointer, length) pairs and may hold NUL and invalid UTF-8, which is
 * decoded as Go's utf8.DecodeRune does (one byte at a time, as U+FFFD).
 * Nothing here allocates beyond temporary C heap buffers that it frees.
 */
#ifndef GOROLAB_LIB_FORMAT_H
#define GOROLAB_LIB_FORMAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"

/* ---- strconv: formatting ---------------------------------------------- */

/* fmt_float appends strconv.AppendFloat(f, fmt, prec, bitsize): fmt is one of
 * 'b' 'e' 'E' 'f' 'g' 'G' 'x' 'X' (anything else gives "%c" like Go), prec -1
 * means the shortest digits that round-trip, bitsize is 32 (f is first
 * rounded to float32) or 64. Writes "+Inf", "-Inf" and "NaN". */
void fmt_float(Buf *b, double f, char fmt, int prec, int bitsize);

/* fmt_int appends strconv.FormatInt(v, base); base is 2..36 (lower-case
 * digits). fmt_uint is strconv.FormatUint. */
void fmt_int(Buf *b, int64_t v, int base);
void fmt_uint(Buf *b, uint64_t v, int base);

/* fmt_quote appends strconv.Quote(s) (both flags false), QuoteToASCII
 * (ascii_only) or QuoteToGraphic (graphic_only). Invalid UTF-8 bytes are
 * written as \xNN. */
void fmt_quote(Buf *b, const char *s, size_t n, bool ascii_only, bool graphic_only);

/* fmt_quote_rune appends strconv.QuoteRune(r), or QuoteRuneToASCII with
 * ascii_only. Invalid runes are quoted as U+FFFD. */
void fmt_quote_rune(Buf *b, int32_t r, bool ascii_only);

/* fmt_quote_rune_graphic appends strconv.QuoteRuneToGraphic(r). */
void fmt_quote_rune_graphic(Buf *b, int32_t r);

/* fmt_can_backquote is strconv.CanBackquote. */
bool fmt_can_backquote(const char *s, size_t n);

/* fmt_is_print is strconv.IsPrint (= unicode.IsPrint); fmt_is_graphic is
 * strconv.IsGraphic (= unicode.IsGraphic). */
bool fmt_is_print(int32_t r);
bool fmt_is_graphic(int32_t r);

/* ---- strconv: parsing --------------------------------------------------- */

/* How a parse failed; the strconv error each stands for is in the comment. */
typedef enum {
    NUM_OK,       /* nil */
    NUM_SYNTAX,   /* strconv.ErrSyntax: "invalid syntax" */
    NUM_RANGE,    /* strconv.ErrRange: "value out of range" */
    NUM_BASE,     /* "invalid base N" (ParseInt/ParseUint only) */
    NUM_BITSIZE   /* "invalid bit size N" (ParseInt/ParseUint only) */
} NumErr;

/* fmt_parse_int is strconv.ParseInt(s, base, bitsize): base 0 detects 0b 0o
 * 0x 0 prefixes and then allows underscores as Go literals do; bitsize 0
 * means 64. *out is Go's result: 0 on a syntax/base/bit-size error, the
 * clamped extreme on a range error. */
NumErr fmt_parse_int(const char *s, size_t n, int base, int bitsize, int64_t *out);

/* fmt_parse_uint is strconv.ParseUint(s, base, bitsize); *out as Go sets it
 * (the maximum value on a range error). */
NumErr fmt_parse_uint(const char *s, size_t n, int base, int bitsize, uint64_t *out);

/* fmt_parse_float is strconv.ParseFloat(s, bitsize): decimal and hex
 * ("0x1.8p3") forms, "inf"/"infinity"/"nan" in any case with an optional
 * sign (not on nan), underscores only after a base prefix. bitsize 32 rounds
 * to float32. *out is 0 on a syntax error and ±Inf on a range error
 * (underflow to 0 is not an error, as in Go). */
NumErr fmt_parse_float(const char *s, size_t n, int bitsize, double *out);

/* fmt_parse_bool is strconv.ParseBool: 1 t T TRUE true True, 0 f F FALSE
 * false False. */
NumErr fmt_parse_bool(const char *s, size_t n, bool *out);

/* fmt_num_error appends the text of Go's *strconv.NumError, e.g.
 * `strconv.ParseInt: parsing "x1": invalid syntax`. fn is "ParseInt",
 * "Atoi", ...; arg is the base (NUM_BASE) or bit size (NUM_BITSIZE). */
void fmt_num_error(Buf *b, const char *fn, const char *s, size_t n, NumErr e, int arg);

/* fmt_unquote is strconv.Unquote: s is a "..", '.' or `..` literal; appends
 * its value to out and returns true, or returns false (out is then left
 * with whatever was appended before the error was seen: truncate it). */
bool fmt_unquote(const char *s, size_t n, Buf *out);

/* ---- fmt: verbs on basic values (fmt/format.go) ------------------------ */

/* One parsed %-directive, as fmt's pp leaves its fmt struct before printArg. */
typedef struct FmtSpec {
    bool    minus, plus, sharp, space, zero; /* flags '-' '+' '#' ' ' '0' */
    bool    plusV, sharpV;  /* %+v / %#v: set, and plus/sharp cleared, as pp does */
    bool    has_width, has_prec;
    int     width, prec;    /* both >= 0; meaningful only when has_* */
    int32_t verb;           /* 'd', 'v', ... */
} FmtSpec;

/* fmt_spec_int formats an integer (pp.fmtInteger): verbs b c d o O q x X U v.
 * bits is the value as uint64 (a signed value sign-extended to 64 bits);
 * bitsize (8..64) is accepted for the caller's convenience and not needed by
 * Go's logic. %#v of an unsigned value gives 0x.. Returns false, writing
 * nothing, for any other verb (the caller writes the %!verb(T=v) form). */
bool fmt_spec_int(Buf *b, const FmtSpec *sp, uint64_t bits, bool is_signed, int bitsize);

/* fmt_spec_float formats a float (pp.fmtFloat): verbs b e E f F g G x X v;
 * bitsize 32 or 64. Returns false for other verbs, writing nothing. */
bool fmt_spec_float(Buf *b, const FmtSpec *sp, double v, int bitsize);

/* fmt_spec_complex formats a complex number as (re+imi) (pp.fmtComplex);
 * bitsize is 64 or 128. Returns false, writing nothing, for bad verbs. */
bool fmt_spec_complex(Buf *b, const FmtSpec *sp, double re, double im, int bitsize);

/* fmt_spec_string formats a string (pp.fmtString): verbs s q x X v (%#v
 * quotes). Returns false for other verbs, writing nothing. */
bool fmt_spec_string(Buf *b, const FmtSpec *sp, const char *s, size_t n);

/* fmt_spec_bytes formats a []byte (pp.fmtBytes): verbs s q x X, and v d as
 * "[1 2 3]" (or, for %#v, type_str followed by "{0x1, 0x2}", or by "(nil)"
 * when is_nil). type_str is only read for %#v: Go passes "[]byte" for the
 * type []byte itself (not "[]uint8", which is what %T says) and the type's
 * name for a named byte-slice type; NULL means "[]byte". s may be NULL when
 * n is 0. Returns false for other verbs, writing nothing: Go then prints the
 * slice element by element like any other slice ("[%!z(uint8=1)]"). */
bool fmt_spec_bytes(Buf *b, const FmtSpec *sp, const uint8_t *s, size_t n, bool is_nil,
                    const char *type_str);

/* fmt_spec_bool formats a bool: verbs t v. Returns false for other verbs. */
bool fmt_spec_bool(Buf *b, const FmtSpec *sp, bool v);

/* fmt_pointer formats a pointer-like value (pp.fmtPointer for chan, func,
 * map, pointer, slice): %p and %v as 0xc000012345 (%#p without 0x), %v of 0
 * as <nil>, and b o d x X as an unsigned integer. %#v needs the type name and
 * is left to the caller: it and other verbs return false, writing nothing. */
bool fmt_pointer(Buf *b, const FmtSpec *sp, uintptr_t p);

/* fmt_pad appends s padded to sp's width counting runes: on the left unless
 * sp->minus, with '0' when sp->zero (fmt.pad). */
void fmt_pad(Buf *b, const FmtSpec *sp, const char *s, size_t n);

/* ---- fmt: the Printf driver (pp.doPrintf) ------------------------------ */

/* The operands of one Printf call, behind callbacks. */
typedef struct FmtArgs {
    int   n;                                              /* number of operands */
    void *ctx;                                            /* passed to the callbacks */
    /* format operand i with sp (verb set); writes Go's %!d(string=hi) itself
     * when the verb does not apply to the operand, and handles %T and %p */
    void (*format)(void *ctx, Buf *b, int i, const FmtSpec *sp);
    /* operand i as an int for a '*' width or precision; false if not an int */
    bool (*as_int)(void *ctx, int i, int64_t *out);
    /* write operand i as TYPE=VALUE (or <nil> for a nil interface) for
     * %!(EXTRA ...), formatted with %v and no flags */
    void (*type_and_value)(void *ctx, Buf *b, int i);
} FmtArgs;

/* fmt_printf appends fmt.Sprintf(format, args...): flags, width, precision,
 * '*', argument indexes [n], %%, and Go's %!(NOVERB), %!d(MISSING),
 * %!d(BADINDEX), %!(BADWIDTH), %!(BADPREC) and %!(EXTRA T=v, ...) forms. */
void fmt_printf(Buf *b, const char *format, size_t n, const FmtArgs *args);

#endif
