/* base/xalloc.h: allocation that aborts on failure (C heap only; the Go heap
 * and the Lua heap have their own capped allocators). */
#ifndef GOROLAB_BASE_XALLOC_H
#define GOROLAB_BASE_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t count, size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Grow a dynamic array `arr` with `len` used and `cap` slots to hold one more. */
#define XGROW(arr, len, cap)                                                 \
    do {                                                                     \
        if ((len) >= (cap)) {                                                \
            (cap) = (cap) ? (cap) * 2 : 8;                                   \
            (arr) = xrealloc((arr), (size_t)(cap) * sizeof *(arr));          \
        }                                                                    \
    } while (0)

#define XPUSH(arr, len, cap, v)                                              \
    do {                                                                     \
        XGROW(arr, len, cap);                                                \
        (arr)[(len)++] = (v);                                                \
    } while (0)

#endif
