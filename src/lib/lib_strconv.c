/* lib/lib_strconv.c: the natives of package strconv (src/lib/go/strconv.go).
 *
 * Thin wrappers over lib/format.c, which ports Go's strconv. The parsing
 * natives return Go's value and a NumErr code; strconv.go turns the code
 * into the *NumError Go returns, so error texts are built in Go.
 */
#include <stdbool.h>
#include <stdint.h>

#include "base/buf.h"
#include "lib/format.h"
#include "lib/stdlib.h"

/* buf_value returns b's contents as a Go string and frees b. */
static Value buf_value(VM *vm, Buf *b)
{
    Value v = b->len ? vm_string(vm, b->data, (int64_t)b->len) : val_zero();
    buf_fini(b);
    return v;
}

static NatStatus n_format_int(VM *vm, Value *a, Value *r)
{
    int64_t v = a[0].i, base = a[1].i;
    if (base < 2 || base > 36)
        return vm_panic_string(vm, "strconv: illegal AppendInt/FormatInt base");
    Buf b = BUF_INIT;
    fmt_int(&b, v, (int)base);
    r[0] = buf_value(vm, &b);
    return NAT_OK;
}

static NatStatus n_format_uint(VM *vm, Value *a, Value *r)
{
    uint64_t v = a[0].u;
    int64_t base = a[1].i;
    if (base < 2 || base > 36)
        return vm_panic_string(vm, "strconv: illegal AppendInt/FormatInt base");
    Buf b = BUF_INIT;
    fmt_uint(&b, v, (int)base);
    r[0] = buf_value(vm, &b);
    return NAT_OK;
}

/* clamp_int narrows a Go int argument to an int for the C API without
 * changing which error Go reports (out-of-range values stay out of range). */
static int clamp_int(int64_t v)
{
    return v < -1000000 ? -1000000 : v > 1000000 ? 1000000 : (int)v;
}

static NatStatus n_parse_int(VM *vm, Value *a, Value *r)
{
    int64_t out = 0;
    NumErr e = fmt_parse_int(str_data(a[0]), (size_t)str_len(a[0]), clamp_int(a[1].i),
                             clamp_int(a[2].i), &out);
    r[0] = val_int(out);
    r[1] = val_int(e);
    return NAT_OK;
}

static NatStatus n_parse_uint(VM *vm, Value *a, Value *r)
{
    uint64_t out = 0;
    NumErr e = fmt_parse_uint(str_data(a[0]), (size_t)str_len(a[0]), clamp_int(a[1].i),
                              clamp_int(a[2].i), &out);
    Value v = val_zero();
    v.u = out;
    r[0] = v;
    r[1] = val_int(e);
    return NAT_OK;
}

static NatStatus n_parse_float(VM *vm, Value *a, Value *r)
{
    double out = 0;
    int bits = a[1].i == 32 ? 32 : 64;   /* Go: any size but 32 means 64 */
    NumErr e = fmt_parse_float(str_data(a[0]), (size_t)str_len(a[0]), bits, &out);
    r[0] = val_float(out);
    r[1] = val_int(e);
    return NAT_OK;
}

static NatStatus n_format_float(VM *vm, Value *a, Value *r)
{
    double f = a[0].f;
    char fmt = (char)(uint8_t)a[1].i;
    int64_t prec = a[2].i;
    if (a[3].i != 32 && a[3].i != 64)
        return vm_panic_string(vm, "strconv: illegal AppendFloat/FormatFloat bitSize");
    int bits = (int)a[3].i;
    if (prec > 1000000) prec = 1000000;   /* Go would run out of memory first */
    if (prec < -1) prec = -1;
    Buf b = BUF_INIT;
    fmt_float(&b, f, fmt, (int)prec, bits);
    r[0] = buf_value(vm, &b);
    return NAT_OK;
}

static NatStatus quote(VM *vm, Value *a, Value *r, bool ascii, bool graphic)
{
    Buf b = BUF_INIT;
    fmt_quote(&b, str_data(a[0]), (size_t)str_len(a[0]), ascii, graphic);
    r[0] = buf_value(vm, &b);
    return NAT_OK;
}

static NatStatus n_quote(VM *vm, Value *a, Value *r) { return quote(vm, a, r, false, false); }
static NatStatus n_quote_ascii(VM *vm, Value *a, Value *r) { return quote(vm, a, r, true, false); }
static NatStatus n_quote_graphic(VM *vm, Value *a, Value *r) { return quote(vm, a, r, false, true); }

/* A rune argument arrives sign-extended from int32. */
static NatStatus n_quote_rune(VM *vm, Value *a, Value *r)
{
    Buf b = BUF_INIT;
    fmt_quote_rune(&b, (int32_t)a[0].i, false);
    r[0] = buf_value(vm, &b);
    return NAT_OK;
}

static NatStatus n_quote_rune_ascii(VM *vm, Value *a, Value *r)
{
    Buf b = BUF_INIT;
    fmt_quote_rune(&b, (int32_t)a[0].i, true);
    r[0] = buf_value(vm, &b);
    return NAT_OK;
}

static NatStatus n_can_backquote(VM *vm, Value *a, Value *r)
{
    r[0] = val_bool(fmt_can_backquote(str_data(a[0]), (size_t)str_len(a[0])));
    return NAT_OK;
}

static NatStatus n_unquote(VM *vm, Value *a, Value *r)
{
    Buf b = BUF_INIT;
    bool ok = fmt_unquote(str_data(a[0]), (size_t)str_len(a[0]), &b);
    if (!ok) b.len = 0;
    r[0] = buf_value(vm, &b);
    r[1] = val_bool(ok);
    return NAT_OK;
}

const NativeDef lib_strconv_natives[] = {
    {"strconv.FormatInt", n_format_int},
    {"strconv.FormatUint", n_format_uint},
    {"strconv.parseInt", n_parse_int},
    {"strconv.parseUint", n_parse_uint},
    {"strconv.parseFloat", n_parse_float},
    {"strconv.FormatFloat", n_format_float},
    {"strconv.Quote", n_quote},
    {"strconv.QuoteToASCII", n_quote_ascii},
    {"strconv.QuoteToGraphic", n_quote_graphic},
    {"strconv.QuoteRune", n_quote_rune},
    {"strconv.QuoteRuneToASCII", n_quote_rune_ascii},
    {"strconv.CanBackquote", n_can_backquote},
    {"strconv.unquote", n_unquote},
    {NULL, NULL},
};
