/* lang/lit.c: decoding of Go literals' source text (parse.h: lit_*).
 *
 * Mirrors strconv.Unquote and the compiler's constant parsing. The lexer has
 * already reported malformed literals; these functions only say "false". */
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "lang/parse.h"

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

int32_t lit_decode_utf8(const unsigned char *s, size_t n, int *size)
{
    *size = 1;
    if (n == 0) return 0xFFFD;
    unsigned c = s[0];
    if (c < 0x80) return (int32_t)c;
    int len;
    uint32_t r, min;
    if ((c & 0xE0) == 0xC0) { len = 2; r = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; r = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; r = c & 0x07; min = 0x10000; }
    else return 0xFFFD;
    if ((size_t)len > n) return 0xFFFD;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0xFFFD;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) return 0xFFFD;
    *size = len;
    return (int32_t)r;
}

/* escape decodes the escape at s[*i] (just past the backslash) inside a
 * literal quoted by `quote`. Sets *r and *is_byte (\x and octal give bytes). */
static bool escape(const char *s, size_t n, size_t *i, int quote, int32_t *r, bool *is_byte)
{
    if (*i >= n) return false;
    int c = (unsigned char)s[(*i)++];
    *is_byte = false;
    switch (c) {
    case 'a': *r = 7; return true;
    case 'b': *r = 8; return true;
    case 'f': *r = 12; return true;
    case 'n': *r = 10; return true;
    case 'r': *r = 13; return true;
    case 't': *r = 9; return true;
    case 'v': *r = 11; return true;
    case '\\': *r = '\\'; return true;
    case '\'': case '"':
        if (c != quote) return false;
        *r = c;
        return true;
    case 'x': case 'u': case 'U': {
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 0; k < digits; k++) {
            if (*i >= n) return false;
            int d = hexval((unsigned char)s[(*i)++]);
            if (d < 0) return false;
            v = v * 16 + (uint32_t)d;
        }
        if (c == 'x') {
            *is_byte = true;
        } else if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) {
            return false;
        }
        *r = (int32_t)v;
        return true;
    }
    default:
        if (c >= '0' && c <= '7') {
            uint32_t v = (uint32_t)(c - '0');
            for (int k = 0; k < 2; k++) {
                if (*i >= n) return false;
                int d = (unsigned char)s[(*i)++];
                if (d < '0' || d > '7') return false;
                v = v * 8 + (uint32_t)(d - '0');
            }
            if (v > 255) return false;
            *is_byte = true;
            *r = (int32_t)v;
            return true;
        }
        return false;
    }
}

bool lit_string(const char *raw, size_t len, Buf *out)
{
    if (len < 2) return false;
    char q = raw[0];
    if (raw[len - 1] != q) return false;
    const char *s = raw + 1;
    size_t n = len - 2;
    if (q == '`') {
        for (size_t i = 0; i < n; i++)
            if (s[i] != '\r') buf_putc(out, s[i]);
        return true;
    }
    if (q != '"') return false;
    for (size_t i = 0; i < n;) {
        char c = s[i];
        if (c == '\\') {
            i++;
            int32_t r;
            bool is_byte;
            if (!escape(s, n, &i, '"', &r, &is_byte)) return false;
            if (is_byte)
                buf_putc(out, (char)r);
            else
                buf_rune(out, r);
        } else if (c == '\n' || c == '"') {
            return false;
        } else {
            buf_putc(out, c);
            i++;
        }
    }
    if (!out->data) buf_puts(out, "");
    return true;
}

bool lit_rune(const char *raw, size_t len, int32_t *out)
{
    if (len < 3 || raw[0] != '\'' || raw[len - 1] != '\'') return false;
    const char *s = raw + 1;
    size_t n = len - 2;
    size_t i = 0;
    int32_t r;
    if (s[0] == '\\') {
        i = 1;
        bool is_byte;
        if (!escape(s, n, &i, '\'', &r, &is_byte)) return false;
    } else {
        int size;
        r = lit_decode_utf8((const unsigned char *)s, n, &size);
        i = (size_t)size;
        if (s[0] == '\n' || s[0] == '\'') return false;
    }
    if (i != n) return false;
    *out = r;
    return true;
}

bool lit_int(const char *raw, size_t len, __int128 *out)
{
    unsigned base = 10;
    size_t i = 0;
    if (len >= 2 && raw[0] == '0') {
        char c = (char)(raw[1] | 0x20);
        if (c == 'x') { base = 16; i = 2; }
        else if (c == 'o') { base = 8; i = 2; }
        else if (c == 'b') { base = 2; i = 2; }
        else { base = 8; i = 1; }
    }
    const unsigned __int128 max = ((unsigned __int128)1 << 127) - 1;
    unsigned __int128 v = 0;
    bool any = base == 8 && i == 1; /* "0..." has a digit already */
    if (len == 1 && raw[0] == '0') any = true;
    for (; i < len; i++) {
        if (raw[i] == '_') continue;
        int d = hexval((unsigned char)raw[i]);
        if (d < 0 || (unsigned)d >= base) return false;
        if (v > (max - (unsigned)d) / base) return false;
        v = v * base + (unsigned)d;
        any = true;
    }
    if (!any) return false;
    *out = (__int128)v;
    return true;
}

bool lit_float(const char *raw, size_t len, double *out)
{
    bool imag = len > 0 && raw[len - 1] == 'i';
    if (imag) len--; /* an imaginary literal's value */
    if (len == 0) return false;
    bool hex = len >= 2 && raw[0] == '0' && (raw[1] | 0x20) == 'x';
    bool is_int = true;
    for (size_t i = 0; i < len; i++) {
        char c = (char)(raw[i] | 0x20);
        if (raw[i] == '.' || (c == 'p') || (!hex && c == 'e')) is_int = false;
    }
    /* legacy 0123i is decimal (Go spec, "Imaginary literals"): strtod reads it so */
    bool legacy_imag = imag && len > 1 && raw[0] == '0' && (raw[1] == '_' || (raw[1] >= '0' && raw[1] <= '9'));
    if (is_int && !legacy_imag) {
        __int128 v;
        if (!lit_int(raw, len, &v)) return false;
        *out = (double)v;
        return true;
    }
    char *buf = malloc(len + 1);
    size_t j = 0;
    for (size_t i = 0; i < len; i++)
        if (raw[i] != '_') buf[j++] = raw[i];
    buf[j] = 0;
    char *end;
    double d = strtod(buf, &end);
    bool okk = *end == 0 && j > 0;
    free(buf);
    if (!okk) return false;
    *out = d;
    return true;
}
