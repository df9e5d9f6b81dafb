/* base/buf.h: a growable byte buffer, always NUL-terminated. */
#ifndef GOROLAB_BASE_BUF_H
#define GOROLAB_BASE_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Buf {
    char  *data;   /* NUL-terminated; NULL until the first write */
    size_t len;    /* bytes used, not counting the NUL */
    size_t cap;    /* bytes allocated */
} Buf;

#define BUF_INIT {NULL, 0, 0}

void buf_init(Buf *b);
void buf_fini(Buf *b);                    /* frees the data */
void buf_reset(Buf *b);                   /* len = 0, keeps the memory */
void buf_reserve(Buf *b, size_t extra);   /* room for `extra` more bytes */
void buf_add(Buf *b, const void *p, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_putc(Buf *b, char c);
void buf_rune(Buf *b, int32_t r);         /* UTF-8 encoding; invalid runes as U+FFFD */
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(Buf *b, const char *fmt, va_list ap);
const char *buf_str(Buf *b);              /* "" when empty, never NULL */
char *buf_take(Buf *b);                   /* returns the malloc'd string; b is reset to empty */

#endif
