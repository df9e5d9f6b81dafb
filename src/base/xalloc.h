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
/* xadvise_huge asks for transparent huge pages on the 2 MB-aligned part of
 * block p of size bytes (none below 4 MB): a big block touched all over takes
 * a page fault per 2 MB instead of per 4 KB, and a TLB entry as few. */
void  xadvise_huge(void *p, size_t size);
/* xpages returns n zeroed bytes in fresh pages of their own (mmap), 2 MB-aligned
 * with huge pages advised: for big blocks written all over (a slice's backing
 * array), which calloc would hand out at 4 KB a fault, or reused and memset.
 * 16-byte aligned; free with xpages_free. */
void *xpages(size_t n);
void  xpages_free(void *p);

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
