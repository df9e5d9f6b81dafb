/* base/buf.c: a growable byte buffer, always NUL-terminated. */
#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

void buf_init(Buf *b) { b->data = NULL; b->len = b->cap = 0; }

void buf_fini(Buf *b) { free(b->data); buf_init(b); }

void buf_reset(Buf *b) { b->len = 0; if (b->data) b->data[0] = '\0'; }

void buf_reserve(Buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap : 32;
    while (cap < b->len + extra + 1) cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
}

void buf_add(Buf *b, const void *p, size_t n)
{
    buf_reserve(b, n);
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_putc(Buf *b, char c) { buf_add(b, &c, 1); }

void buf_rune(Buf *b, int32_t r)
{
    unsigned char s[4];
    uint32_t c = (uint32_t)r;
    if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) c = 0xFFFD;
    if (c < 0x80) { s[0] = (unsigned char)c; buf_add(b, s, 1); }
    else if (c < 0x800) {
        s[0] = (unsigned char)(0xC0 | (c >> 6)); s[1] = (unsigned char)(0x80 | (c & 0x3F));
        buf_add(b, s, 2);
    } else if (c < 0x10000) {
        s[0] = (unsigned char)(0xE0 | (c >> 12)); s[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
        s[2] = (unsigned char)(0x80 | (c & 0x3F));
        buf_add(b, s, 3);
    } else {
        s[0] = (unsigned char)(0xF0 | (c >> 18)); s[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
        s[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3F)); s[3] = (unsigned char)(0x80 | (c & 0x3F));
        buf_add(b, s, 4);
    }
}

void buf_vprintf(Buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n <= 0) return;
    buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *buf_str(Buf *b) { return b->data ? b->data : ""; }

char *buf_take(Buf *b)
{
    char *s = b->data ? b->data : xstrdup("");
    buf_init(b);
    return s;
}
