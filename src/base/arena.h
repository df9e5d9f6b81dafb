/* base/arena.h: a bump allocator for data that dies together (an AST, a
 * compilation's types), and a string interner on top of it: interned strings
 * compare equal by pointer. */
#ifndef GOROLAB_BASE_ARENA_H
#define GOROLAB_BASE_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct ArenaChunk ArenaChunk;
typedef struct Arena { ArenaChunk *head; } Arena;

void  arena_init(Arena *a);
void  arena_fini(Arena *a);                      /* frees everything allocated from a */
void *arena_alloc(Arena *a, size_t n);           /* zeroed, 16-byte aligned */
char *arena_strndup(Arena *a, const char *s, size_t n);

typedef struct Interner {
    Arena       *arena;     /* borrowed: where the strings live */
    const char **slots;     /* open addressing; NULL = empty */
    size_t       cap, len;
} Interner;

void interner_init(Interner *in, Arena *a);
void interner_fini(Interner *in);                /* frees the table, not the strings */
/* intern returns the unique NUL-terminated copy of s[0..n). */
const char *intern(Interner *in, const char *s, size_t n);

#endif
