/* base/arena.c: bump allocation in chunks, and string interning. */
#include "base/arena.h"

#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"

enum { CHUNK_SIZE = 64 * 1024 };

struct ArenaChunk {
    ArenaChunk *next;
    size_t      used, size;
    _Alignas(16) unsigned char data[];
};

void arena_init(Arena *a) { a->head = NULL; }

void arena_fini(Arena *a)
{
    for (ArenaChunk *c = a->head, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    a->head = NULL;
}

void *arena_alloc(Arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    ArenaChunk *c = a->head;
    if (!c || c->used + n > c->size) {
        size_t size = n > CHUNK_SIZE ? n : CHUNK_SIZE;
        c = xmalloc(sizeof *c + size);
        c->used = 0;
        c->size = size;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n)
{
    char *d = arena_alloc(a, n + 1);
    memcpy(d, s, n);
    return d;
}

void interner_init(Interner *in, Arena *a)
{
    in->arena = a;
    in->cap = 256;
    in->len = 0;
    in->slots = xcalloc(in->cap, sizeof *in->slots);
}

void interner_fini(Interner *in)
{
    free(in->slots);
    in->slots = NULL;
    in->cap = in->len = 0;
}

static size_t hash(const char *s, size_t n)
{
    size_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

const char *intern(Interner *in, const char *s, size_t n)
{
    if (in->len * 2 >= in->cap) {
        size_t cap = in->cap * 2;
        const char **slots = xcalloc(cap, sizeof *slots);
        for (size_t i = 0; i < in->cap; i++) {
            const char *t = in->slots[i];
            if (!t) continue;
            size_t j = hash(t, strlen(t)) & (cap - 1);
            while (slots[j]) j = (j + 1) & (cap - 1);
            slots[j] = t;
        }
        free(in->slots);
        in->slots = slots;
        in->cap = cap;
    }
    size_t j = hash(s, n) & (in->cap - 1);
    for (const char *t; (t = in->slots[j]); j = (j + 1) & (in->cap - 1))
        if (strncmp(t, s, n) == 0 && t[n] == '\0') return t;
    const char *t = arena_strndup(in->arena, s, n);
    in->slots[j] = t;
    in->len++;
    return t;
}
