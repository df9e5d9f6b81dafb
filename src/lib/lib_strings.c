/* lib/lib_strings.c: the natives of package strings (src/lib/go/strings.go).
 *
 * Each is a port of the Go 1.19 function of the same name, with Go's results
 * on the edge cases: empty separators split into UTF-8 sequences, invalid
 * UTF-8 decodes one byte at a time as U+FFFD (utf8.DecodeRuneInString),
 * case mapping and Fields follow package unicode for the scripts in the
 * table below (Latin-1, Latin Extended-A, Greek, Cyrillic; other letters,
 * CJK among them, have no case and stay as they are).
 * Results that equal an argument reuse it; new strings are allocated only
 * after every argument has been read, and partly built slices are rooted
 * with vm_push_tmp while their elements are allocated.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "base/buf.h"
#include "lang/types.h"
#include "lib/stdlib.h"

#define RUNE_ERROR 0xFFFD
#define RUNE_SELF 0x80

/* ---- UTF-8, as Go's unicode/utf8 ------------------------------------- */

/* decode is utf8.DecodeRuneInString: an invalid or short sequence is
 * (RUNE_ERROR, 1); an empty string is (RUNE_ERROR, 0). */
static int32_t decode(const unsigned char *s, int64_t n, int *width)
{
    if (n <= 0) { *width = 0; return RUNE_ERROR; }
    unsigned c = s[0];
    if (c < 0x80) { *width = 1; return (int32_t)c; }
    int need;
    int32_t r;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) { need = 1; r = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2; r = c & 0x0F;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;   /* no surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3; r = c & 0x07;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else { *width = 1; return RUNE_ERROR; }
    if (n < need + 1) { *width = 1; return RUNE_ERROR; }
    for (int i = 1; i <= need; i++) {
        unsigned b = s[i];
        unsigned l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (b < l || b > h) { *width = 1; return RUNE_ERROR; }
        r = (r << 6) | (int32_t)(b & 0x3F);
    }
    *width = need + 1;
    return r;
}

/* decode_last is utf8.DecodeLastRuneInString. */
static int32_t decode_last(const unsigned char *s, int64_t n, int *width)
{
    if (n <= 0) { *width = 0; return RUNE_ERROR; }
    if (s[n - 1] < 0x80) { *width = 1; return s[n - 1]; }
    int64_t lim = n - 4 < 0 ? 0 : n - 4;
    int64_t start = n - 1;
    for (start--; start >= lim; start--)
        if ((s[start] & 0xC0) != 0x80) break;
    if (start < 0) start = 0;
    int w;
    int32_t r = decode(s + start, n - start, &w);
    if (start + w != n) { *width = 1; return RUNE_ERROR; }
    *width = w;
    return r;
}

static bool valid_rune(int64_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

/* encode writes r's UTF-8 form (invalid runes as U+FFFD) and returns its length. */
static int encode(char *p, int64_t r)
{
    if (!valid_rune(r)) r = RUNE_ERROR;
    if (r < 0x80) { p[0] = (char)r; return 1; }
    if (r < 0x800) { p[0] = (char)(0xC0 | (r >> 6)); p[1] = (char)(0x80 | (r & 0x3F)); return 2; }
    if (r < 0x10000) {
        p[0] = (char)(0xE0 | (r >> 12)); p[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        p[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    p[0] = (char)(0xF0 | (r >> 18)); p[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    p[2] = (char)(0x80 | ((r >> 6) & 0x3F)); p[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

static int64_t rune_count(const unsigned char *s, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        int w;
        if (s[i] < 0x80) { i++; continue; }
        decode(s + i, n - i, &w);
        i += w;
    }
    return c;
}

/* ---- Unicode properties for the scripts we case-map ------------------- */

/* is_space is unicode.IsSpace. */
static bool is_space(int32_t r)
{
    if (r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 ||
           r == 0x202F || r == 0x205F || r == 0x3000;
}

/* to_upper is unicode.ToUpper for the scripts named in the file header. */
static int32_t to_upper(int32_t r)
{
    if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
    if (r < 0x100) {
        if (r == 0xB5) return 0x39C;
        if (r == 0xFF) return 0x178;
        if (r >= 0xE0 && r <= 0xFE && r != 0xF7) return r - 32;
        return r;
    }
    if ((r >= 0x1C4 && r <= 0x1CC) || (r >= 0x1F1 && r <= 0x1F3)) {   /* DŽ Dž dž ... */
        int32_t first = r >= 0x1F1 ? 0x1F1 : 0x1C4 + (r - 0x1C4) / 3 * 3;
        return first;
    }
    if (r < 0x180) {
        if (r == 0x131) return 'I';
        if (r == 0x17F) return 'S';
        if ((r >= 0x100 && r <= 0x12F) || (r >= 0x132 && r <= 0x137) ||
            (r >= 0x14A && r <= 0x177))
            return (r & 1) ? r - 1 : r;
        if ((r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E))
            return (r & 1) ? r : r - 1;
        return r;
    }
    if (r >= 0x370 && r <= 0x3FF) {
        if (r == 0x3C2) return 0x3A3;
        if (r >= 0x3B1 && r <= 0x3CB) return r - 32;
        if (r == 0x3AC) return 0x386;
        if (r >= 0x3AD && r <= 0x3AF) return r - 37;
        if (r == 0x3CC) return 0x38C;
        if (r == 0x3CD || r == 0x3CE) return r - 63;
        return r;
    }
    if (r >= 0x400 && r <= 0x52F) {
        if (r >= 0x430 && r <= 0x44F) return r - 32;
        if (r >= 0x450 && r <= 0x45F) return r - 80;
        if (r == 0x4CF) return 0x4C0;
        if ((r >= 0x460 && r <= 0x481) || (r >= 0x48A && r <= 0x4BF) || (r >= 0x4D0 && r <= 0x52F))
            return (r & 1) ? r - 1 : r;
        if (r >= 0x4C1 && r <= 0x4CE) return (r & 1) ? r : r - 1;
        return r;
    }
    return r;
}

/* to_lower is unicode.ToLower for the same scripts. */
static int32_t to_lower(int32_t r)
{
    if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + 32 : r;
    if (r < 0x100) return (r >= 0xC0 && r <= 0xDE && r != 0xD7) ? r + 32 : r;
    if ((r >= 0x1C4 && r <= 0x1CC) || (r >= 0x1F1 && r <= 0x1F3)) {
        int32_t first = r >= 0x1F1 ? 0x1F1 : 0x1C4 + (r - 0x1C4) / 3 * 3;
        return first + 2;
    }
    if (r < 0x180) {
        if (r == 0x130) return 'i';
        if (r == 0x178) return 0xFF;
        if ((r >= 0x100 && r <= 0x12F) || (r >= 0x132 && r <= 0x137) ||
            (r >= 0x14A && r <= 0x177))
            return (r & 1) ? r : r + 1;
        if ((r >= 0x139 && r <= 0x148) || (r >= 0x179 && r <= 0x17E))
            return (r & 1) ? r + 1 : r;
        return r;
    }
    if (r >= 0x370 && r <= 0x3FF) {
        if (r >= 0x391 && r <= 0x3AB && r != 0x3A2) return r + 32;
        if (r == 0x386) return 0x3AC;
        if (r >= 0x388 && r <= 0x38A) return r + 37;
        if (r == 0x38C) return 0x3CC;
        if (r == 0x38E || r == 0x38F) return r + 63;
        return r;
    }
    if (r >= 0x400 && r <= 0x52F) {
        if (r >= 0x410 && r <= 0x42F) return r + 32;
        if (r >= 0x400 && r <= 0x40F) return r + 80;
        if (r == 0x4C0) return 0x4CF;
        if ((r >= 0x460 && r <= 0x481) || (r >= 0x48A && r <= 0x4BF) || (r >= 0x4D0 && r <= 0x52F))
            return (r & 1) ? r : r + 1;
        if (r >= 0x4C1 && r <= 0x4CE) return (r & 1) ? r + 1 : r;
        return r;
    }
    if (r == 0x212A) return 'k';     /* KELVIN SIGN */
    if (r == 0x212B) return 0xE5;    /* ANGSTROM SIGN */
    if (r == 0x2126) return 0x3C9;   /* OHM SIGN */
    return r;
}

/* fold maps r to a representative of its unicode.SimpleFold orbit. */
static int32_t fold(int32_t r)
{
    if (r == 0x130 || r == 0x131) return r;   /* dotted/dotless i fold with nothing */
    return to_lower(to_upper(r));
}

/* ---- values ------------------------------------------------------------ */

#define SDATA(v) ((const unsigned char *)str_data(v))

/* substr returns s[i:j], reusing s when it is the whole string. */
static Value substr(VM *vm, Value s, int64_t i, int64_t j)
{
    if (i == 0 && j == str_len(s)) return s;
    if (i >= j) return val_zero();
    return vm_string(vm, str_data(s) + i, j - i);
}

static Value mkstr(VM *vm, const char *p, int64_t n)
{
    return n == 0 ? val_zero() : vm_string(vm, p, n);
}

/* A []string under construction: its backing array stays rooted until done. */
typedef struct StrSlice {
    ObjCells *arr;
    int64_t   len;
} StrSlice;

static void ss_begin(VM *vm, StrSlice *ss, int64_t cap)
{
    ss->arr = obj_cells(vm, ty_string, cap);
    ss->len = 0;
    vm_push_tmp(vm, val_ref(&ss->arr->hdr));
}

/* ss_add appends s[i:j]; it may allocate. */
static void ss_add(VM *vm, StrSlice *ss, Value s, int64_t i, int64_t j)
{
    Value v = substr(vm, s, i, j);
    ss->arr->v[ss->len++] = v;
}

static Value ss_end(VM *vm, StrSlice *ss)
{
    Value sl = obj_slice(vm, ss->arr, 0, ss->len, ss->arr->n);
    vm_pop_tmp(vm, 1);
    return sl;
}

/* ---- searching ----------------------------------------------------------- */

static int64_t index_of(const unsigned char *s, int64_t n, const unsigned char *sub, int64_t m)
{
    if (m == 0) return 0;
    if (m > n) return -1;
    if (m == 1) {
        const void *p = memchr(s, sub[0], (size_t)n);
        return p ? (const unsigned char *)p - s : -1;
    }
    /* memchr for the first byte, then compare (memmem is not POSIX) */
    const unsigned char *p = s, *last = s + (n - m);
    while (p <= last) {
        p = memchr(p, sub[0], (size_t)(last - p + 1));
        if (!p) return -1;
        if (memcmp(p + 1, sub + 1, (size_t)(m - 1)) == 0) return p - s;
        p++;
    }
    return -1;
}

static int64_t last_index_of(const unsigned char *s, int64_t n, const unsigned char *sub,
                             int64_t m)
{
    if (m == 0) return n;
    for (int64_t i = n - m; i >= 0; i--)
        if (s[i] == sub[0] && memcmp(s + i, sub, (size_t)m) == 0) return i;
    return -1;
}

static int64_t count_of(const unsigned char *s, int64_t n, const unsigned char *sub, int64_t m)
{
    if (m == 0) return rune_count(s, n) + 1;
    int64_t c = 0;
    for (;;) {
        int64_t i = index_of(s, n, sub, m);
        if (i < 0) return c;
        c++;
        s += i + m;
        n -= i + m;
    }
}

/* index_rune is strings.IndexRune. */
static int64_t index_rune(const unsigned char *s, int64_t n, int64_t r)
{
    if (r >= 0 && r < RUNE_SELF) {
        const void *p = memchr(s, (int)r, (size_t)n);
        return p ? (const unsigned char *)p - s : -1;
    }
    if (r == RUNE_ERROR) {
        for (int64_t i = 0; i < n;) {
            int w;
            int32_t c = decode(s + i, n - i, &w);
            if (c == RUNE_ERROR) return i;
            i += w;
        }
        return -1;
    }
    if (!valid_rune(r)) return -1;
    char buf[4];
    int m = encode(buf, r);
    return index_of(s, n, (const unsigned char *)buf, m);
}

/* index_any is strings.IndexAny. */
static int64_t index_any(const unsigned char *s, int64_t n, const unsigned char *chars, int64_t m)
{
    if (m == 0) return -1;
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = decode(s + i, n - i, &w);
        if (index_rune(chars, m, r) >= 0) return i;
        i += w;
    }
    return -1;
}

static NatStatus n_contains(VM *vm, Value *a, Value *r)
{
    int64_t i = index_of(SDATA(a[0]), str_len(a[0]), SDATA(a[1]), str_len(a[1]));
    r[0] = val_bool(i >= 0);
    return NAT_OK;
}

static NatStatus n_contains_rune(VM *vm, Value *a, Value *r)
{
    r[0] = val_bool(index_rune(SDATA(a[0]), str_len(a[0]), (int32_t)a[1].i) >= 0);
    return NAT_OK;
}

static NatStatus n_contains_any(VM *vm, Value *a, Value *r)
{
    r[0] = val_bool(index_any(SDATA(a[0]), str_len(a[0]), SDATA(a[1]), str_len(a[1])) >= 0);
    return NAT_OK;
}

static NatStatus n_has_prefix(VM *vm, Value *a, Value *r)
{
    int64_t n = str_len(a[0]), m = str_len(a[1]);
    r[0] = val_bool(n >= m && memcmp(str_data(a[0]), str_data(a[1]), (size_t)m) == 0);
    return NAT_OK;
}

static NatStatus n_has_suffix(VM *vm, Value *a, Value *r)
{
    int64_t n = str_len(a[0]), m = str_len(a[1]);
    r[0] = val_bool(n >= m && memcmp(str_data(a[0]) + n - m, str_data(a[1]), (size_t)m) == 0);
    return NAT_OK;
}

static NatStatus n_index(VM *vm, Value *a, Value *r)
{
    r[0] = val_int(index_of(SDATA(a[0]), str_len(a[0]), SDATA(a[1]), str_len(a[1])));
    return NAT_OK;
}

static NatStatus n_index_byte(VM *vm, Value *a, Value *r)
{
    const void *p = memchr(str_data(a[0]), (int)(uint8_t)a[1].i, (size_t)str_len(a[0]));
    r[0] = val_int(p ? (const char *)p - str_data(a[0]) : -1);
    return NAT_OK;
}

static NatStatus n_index_rune(VM *vm, Value *a, Value *r)
{
    r[0] = val_int(index_rune(SDATA(a[0]), str_len(a[0]), (int32_t)a[1].i));
    return NAT_OK;
}

static NatStatus n_index_any(VM *vm, Value *a, Value *r)
{
    r[0] = val_int(index_any(SDATA(a[0]), str_len(a[0]), SDATA(a[1]), str_len(a[1])));
    return NAT_OK;
}

static NatStatus n_last_index(VM *vm, Value *a, Value *r)
{
    r[0] = val_int(last_index_of(SDATA(a[0]), str_len(a[0]), SDATA(a[1]), str_len(a[1])));
    return NAT_OK;
}

static NatStatus n_last_index_byte(VM *vm, Value *a, Value *r)
{
    const unsigned char *s = SDATA(a[0]);
    int64_t i = str_len(a[0]) - 1;
    uint8_t c = (uint8_t)a[1].i;
    while (i >= 0 && s[i] != c) i--;
    r[0] = val_int(i);
    return NAT_OK;
}

static NatStatus n_count(VM *vm, Value *a, Value *r)
{
    r[0] = val_int(count_of(SDATA(a[0]), str_len(a[0]), SDATA(a[1]), str_len(a[1])));
    return NAT_OK;
}

static NatStatus n_last_rune(VM *vm, Value *a, Value *r)
{
    int64_t end = a[1].i;
    if (end < 0) end = 0;
    if (end > str_len(a[0])) end = str_len(a[0]);
    int w;
    int32_t c = decode_last(SDATA(a[0]), end, &w);
    r[0] = val_int(c);
    r[1] = val_int(w);
    return NAT_OK;
}

/* ---- splitting and joining ------------------------------------------------ */

/* explode is Go's explode: s split into UTF-8 sequences, at most n (n < 0:
 * all); an invalid byte becomes "\uFFFD", except in the last piece. */
static Value explode(VM *vm, Value s, int64_t n)
{
    const unsigned char *p = SDATA(s);
    int64_t len = str_len(s), l = rune_count(p, len);
    if (n < 0 || n > l) n = l;
    StrSlice ss;
    ss_begin(vm, &ss, n);
    int64_t i = 0;
    for (int64_t k = 0; k < n - 1; k++) {
        int w;
        int32_t c = decode(SDATA(s) + i, len - i, &w);
        if (c == RUNE_ERROR) ss.arr->v[ss.len++] = vm_string(vm, "\xEF\xBF\xBD", 3);
        else ss_add(vm, &ss, s, i, i + w);
        i += w;
    }
    if (n > 0) ss_add(vm, &ss, s, i, len);
    return ss_end(vm, &ss);
}

/* gen_split is Go's genSplit: sep_save bytes of sep stay with each piece. */
static Value gen_split(VM *vm, Value s, Value sep, int64_t sep_save, int64_t n)
{
    if (n == 0) return val_zero();
    int64_t m = str_len(sep), len = str_len(s);
    if (m == 0) return explode(vm, s, n);
    if (n < 0) n = count_of(SDATA(s), len, SDATA(sep), m) + 1;
    if (n > len + 1) n = len + 1;
    StrSlice ss;
    ss_begin(vm, &ss, n);
    int64_t start = 0;
    while (ss.len < n - 1) {
        int64_t k = index_of(SDATA(s) + start, len - start, SDATA(sep), m);
        if (k < 0) break;
        ss_add(vm, &ss, s, start, start + k + sep_save);
        start += k + m;
    }
    ss_add(vm, &ss, s, start, len);
    return ss_end(vm, &ss);
}

static NatStatus n_split(VM *vm, Value *a, Value *r)
{
    r[0] = gen_split(vm, a[0], a[1], 0, -1);
    return NAT_OK;
}

static NatStatus n_split_n(VM *vm, Value *a, Value *r)
{
    r[0] = gen_split(vm, a[0], a[1], 0, a[2].i);
    return NAT_OK;
}

static NatStatus n_split_after(VM *vm, Value *a, Value *r)
{
    r[0] = gen_split(vm, a[0], a[1], str_len(a[1]), -1);
    return NAT_OK;
}

static NatStatus n_split_after_n(VM *vm, Value *a, Value *r)
{
    r[0] = gen_split(vm, a[0], a[1], str_len(a[1]), a[2].i);
    return NAT_OK;
}

static NatStatus n_fields(VM *vm, Value *a, Value *r)
{
    Value s = a[0];
    const unsigned char *p = SDATA(s);
    int64_t len = str_len(s), n = 0;
    bool in_field = false;
    for (int64_t i = 0; i < len;) {
        int w;
        int32_t c = decode(p + i, len - i, &w);
        bool sp = is_space(c);
        if (!sp && !in_field) n++;
        in_field = !sp;
        i += w;
    }
    StrSlice ss;
    ss_begin(vm, &ss, n);
    int64_t start = -1;
    for (int64_t i = 0; i < len;) {
        int w;
        int32_t c = decode(SDATA(s) + i, len - i, &w);
        if (is_space(c)) {
            if (start >= 0) ss_add(vm, &ss, s, start, i);
            start = -1;
        } else if (start < 0) {
            start = i;
        }
        i += w;
    }
    if (start >= 0) ss_add(vm, &ss, s, start, len);
    r[0] = ss_end(vm, &ss);
    return NAT_OK;
}

static NatStatus n_join(VM *vm, Value *a, Value *r)
{
    ObjSlice *sl = (ObjSlice *)a[0].o;
    Value sep = a[1];
    int64_t n = slice_len(a[0]);
    if (n == 0) { r[0] = val_zero(); return NAT_OK; }
    if (n == 1) { r[0] = sl->arr->v[sl->off]; return NAT_OK; }
    int64_t total = str_len(sep) * (n - 1);
    for (int64_t i = 0; i < n; i++) total += str_len(sl->arr->v[sl->off + i]);
    if (total == 0) { r[0] = val_zero(); return NAT_OK; }
    ObjString *out = obj_string_uninit(vm, total);
    sl = (ObjSlice *)a[0].o;   /* still rooted in the argument registers */
    char *w = out->data;
    for (int64_t i = 0; i < n; i++) {
        Value e = sl->arr->v[sl->off + i];
        if (i > 0) { memcpy(w, str_data(sep), (size_t)str_len(sep)); w += str_len(sep); }
        memcpy(w, str_data(e), (size_t)str_len(e));
        w += str_len(e);
    }
    out->data[total] = '\0';
    r[0] = val_ref(&out->hdr);
    return NAT_OK;
}

static NatStatus n_repeat(VM *vm, Value *a, Value *r)
{
    int64_t n = str_len(a[0]), count = a[1].i;
    if (count < 0) return vm_panic_string(vm, "strings: negative Repeat count");
    if (n > 0 && count > INT64_MAX / n)
        return vm_panic_string(vm, "strings: Repeat output length overflow");
    if (n == 0 || count == 0) { r[0] = val_zero(); return NAT_OK; }
    if (count == 1) { r[0] = a[0]; return NAT_OK; }
    ObjString *out = obj_string_uninit(vm, n * count);
    const char *src = str_data(a[0]);
    memcpy(out->data, src, (size_t)n);
    int64_t have = n, total = n * count;
    while (have < total) {   /* doubling, as Go does */
        int64_t c = have < total - have ? have : total - have;
        memcpy(out->data + have, out->data, (size_t)c);
        have += c;
    }
    out->data[total] = '\0';
    r[0] = val_ref(&out->hdr);
    return NAT_OK;
}

/* n_replace is strings.Replace(s, old, new, n). */
static NatStatus n_replace(VM *vm, Value *a, Value *r)
{
    Value s = a[0], old = a[1], nw = a[2];
    int64_t n = a[3].i;
    int64_t len = str_len(s), lo = str_len(old), ln = str_len(nw);
    if ((lo == ln && memcmp(str_data(old), str_data(nw), (size_t)lo) == 0) || n == 0) {
        r[0] = s;
        return NAT_OK;
    }
    int64_t m = count_of(SDATA(s), len, SDATA(old), lo);
    if (m == 0) { r[0] = s; return NAT_OK; }
    if (n < 0 || m < n) n = m;
    Buf b = BUF_INIT;
    const unsigned char *p = SDATA(s);
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (lo == 0) {
            if (i > 0) {
                int w;
                decode(p + start, len - start, &w);
                j += w;
            }
        } else {
            j += index_of(p + start, len - start, SDATA(old), lo);
        }
        buf_add(&b, p + start, (size_t)(j - start));
        buf_add(&b, str_data(nw), (size_t)ln);
        start = j + lo;
    }
    buf_add(&b, p + start, (size_t)(len - start));
    Value out = mkstr(vm, b.data, (int64_t)b.len);
    buf_fini(&b);
    r[0] = out;
    return NAT_OK;
}

/* ---- case mapping -------------------------------------------------------- */

static Value map_case(VM *vm, Value s, bool upper)
{
    const unsigned char *p = SDATA(s);
    int64_t n = str_len(s);
    bool ascii = true, change = false;
    for (int64_t i = 0; i < n; i++) {
        if (p[i] >= 0x80) { ascii = false; break; }
        if (upper ? (p[i] >= 'a' && p[i] <= 'z') : (p[i] >= 'A' && p[i] <= 'Z')) change = true;
    }
    if (ascii) {
        if (!change) return s;
        ObjString *out = obj_string_uninit(vm, n);
        p = SDATA(s);
        for (int64_t i = 0; i < n; i++) {
            unsigned char c = p[i];
            if (upper && c >= 'a' && c <= 'z') c -= 32;
            else if (!upper && c >= 'A' && c <= 'Z') c += 32;
            out->data[i] = (char)c;
        }
        out->data[n] = '\0';
        return val_ref(&out->hdr);
    }
    /* Go's Map(unicode.ToUpper, s): invalid bytes become U+FFFD. */
    Buf b = BUF_INIT;
    change = false;
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t c = decode(p + i, n - i, &w);
        int32_t m = upper ? to_upper(c) : to_lower(c);
        if (m != c || (c == RUNE_ERROR && w == 1)) change = true;
        char enc[4];
        buf_add(&b, enc, (size_t)encode(enc, m));
        i += w;
    }
    Value out = change ? mkstr(vm, b.data, (int64_t)b.len) : s;
    buf_fini(&b);
    return out;
}

static NatStatus n_to_upper(VM *vm, Value *a, Value *r)
{
    r[0] = map_case(vm, a[0], true);
    return NAT_OK;
}

static NatStatus n_to_lower(VM *vm, Value *a, Value *r)
{
    r[0] = map_case(vm, a[0], false);
    return NAT_OK;
}

static NatStatus n_equal_fold(VM *vm, Value *a, Value *r)
{
    const unsigned char *s = SDATA(a[0]), *t = SDATA(a[1]);
    int64_t n = str_len(a[0]), m = str_len(a[1]), i = 0, j = 0;
    bool eq = true;
    while (i < n && j < m) {
        int ws, wt;
        int32_t rs = decode(s + i, n - i, &ws), rt = decode(t + j, m - j, &wt);
        i += ws;
        j += wt;
        if (rs == rt) continue;
        if (fold(rs) != fold(rt)) { eq = false; break; }
    }
    r[0] = val_bool(eq && i == n && j == m);
    return NAT_OK;
}

static NatStatus n_compare(VM *vm, Value *a, Value *r)
{
    int64_t n = str_len(a[0]), m = str_len(a[1]);
    int c = memcmp(str_data(a[0]), str_data(a[1]), (size_t)(n < m ? n : m));
    if (c == 0) c = n < m ? -1 : n > m;
    r[0] = val_int(c < 0 ? -1 : c > 0);
    return NAT_OK;
}

/* ---- trimming ------------------------------------------------------------ */

static bool in_cutset(const unsigned char *cs, int64_t m, int32_t r)
{
    return index_rune(cs, m, r) >= 0;
}

/* trim returns s[i:j] without the leading (left) and trailing (right) code
 * points of the cutset, or of white space when cs is NULL. */
static Value trim(VM *vm, Value s, const unsigned char *cs, int64_t m, bool left, bool right)
{
    const unsigned char *p = SDATA(s);
    int64_t i = 0, j = str_len(s);
    if (j == 0 || (cs && m == 0)) return s;
    while (left && i < j) {
        int w;
        int32_t c = decode(p + i, j - i, &w);
        if (!(cs ? in_cutset(cs, m, c) : is_space(c))) break;
        i += w;
    }
    while (right && j > i) {
        int w;
        int32_t c = decode_last(p + i, j - i, &w);
        if (!(cs ? in_cutset(cs, m, c) : is_space(c))) break;
        j -= w;
    }
    return substr(vm, s, i, j);
}

static NatStatus n_trim_space(VM *vm, Value *a, Value *r)
{
    r[0] = trim(vm, a[0], NULL, 0, true, true);
    return NAT_OK;
}

static NatStatus n_trim(VM *vm, Value *a, Value *r)
{
    r[0] = trim(vm, a[0], SDATA(a[1]), str_len(a[1]), true, true);
    return NAT_OK;
}

static NatStatus n_trim_left(VM *vm, Value *a, Value *r)
{
    r[0] = trim(vm, a[0], SDATA(a[1]), str_len(a[1]), true, false);
    return NAT_OK;
}

static NatStatus n_trim_right(VM *vm, Value *a, Value *r)
{
    r[0] = trim(vm, a[0], SDATA(a[1]), str_len(a[1]), false, true);
    return NAT_OK;
}

const NativeDef lib_strings_natives[] = {
    {"strings.Contains", n_contains},
    {"strings.ContainsRune", n_contains_rune},
    {"strings.ContainsAny", n_contains_any},
    {"strings.HasPrefix", n_has_prefix},
    {"strings.HasSuffix", n_has_suffix},
    {"strings.Index", n_index},
    {"strings.IndexByte", n_index_byte},
    {"strings.IndexRune", n_index_rune},
    {"strings.IndexAny", n_index_any},
    {"strings.LastIndex", n_last_index},
    {"strings.LastIndexByte", n_last_index_byte},
    {"strings.Count", n_count},
    {"strings.lastRune", n_last_rune},
    {"strings.Split", n_split},
    {"strings.SplitN", n_split_n},
    {"strings.SplitAfter", n_split_after},
    {"strings.SplitAfterN", n_split_after_n},
    {"strings.Fields", n_fields},
    {"strings.Join", n_join},
    {"strings.Repeat", n_repeat},
    {"strings.Replace", n_replace},
    {"strings.ToUpper", n_to_upper},
    {"strings.ToLower", n_to_lower},
    {"strings.EqualFold", n_equal_fold},
    {"strings.Compare", n_compare},
    {"strings.TrimSpace", n_trim_space},
    {"strings.Trim", n_trim},
    {"strings.TrimLeft", n_trim_left},
    {"strings.TrimRight", n_trim_right},
    {NULL, NULL},
};
