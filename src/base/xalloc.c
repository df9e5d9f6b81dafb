/* base/xalloc.c: C heap allocation that aborts with a message on failure. */
#include "base/xalloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sys/mman.h>

static void oom(size_t n)
{
    fprintf(stderr, "gorolab: out of memory allocating %zu bytes\n", n);
    abort();
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) oom(n);
    return p;
}

void *xcalloc(size_t count, size_t n)
{
    void *p = calloc(count ? count : 1, n ? n : 1);
    if (!p) oom(count * n);
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p) oom(n);
    return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xstrndup(const char *s, size_t n)
{
    char *d = xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

void xadvise_huge(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
    const uintptr_t huge = (uintptr_t)2 << 20;
    if (size < huge) return;
    uintptr_t a = ((uintptr_t)p + huge - 1) & ~(huge - 1), b = ((uintptr_t)p + size) & ~(huge - 1);
    if (b > a) madvise((void *)a, b - a, MADV_HUGEPAGE);
#else
    (void)p;
    (void)size;
#endif
}

/* An xpages block: the mapping's length, then the caller's bytes. */
#define XPAGES_HDR 16
#define XPAGES_ALIGN ((size_t)2 << 20)

void *xpages(size_t n)
{
    size_t len = (n + XPAGES_HDR + XPAGES_ALIGN - 1) & ~(XPAGES_ALIGN - 1);
    if (len < n) oom(n);
    /* map an extra 2 MB, keep the aligned part */
    unsigned char *raw = mmap(NULL, len + XPAGES_ALIGN, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) oom(n);
    uintptr_t a = ((uintptr_t)raw + XPAGES_ALIGN - 1) & ~(XPAGES_ALIGN - 1);
    unsigned char *p = (unsigned char *)a;
    if (p > raw) munmap(raw, (size_t)(p - raw));
    if (raw + len + XPAGES_ALIGN > p + len) munmap(p + len, (size_t)(raw + len + XPAGES_ALIGN - (p + len)));
#ifdef MADV_HUGEPAGE
    madvise(p, len, MADV_HUGEPAGE);
#endif
    memcpy(p, &len, sizeof len);
    return p + XPAGES_HDR;
}

void xpages_free(void *q)
{
    if (!q) return;
    unsigned char *p = (unsigned char *)q - XPAGES_HDR;
    size_t len;
    memcpy(&len, p, sizeof len);
    munmap(p, len);
}
