/* base/srcpos.h: a position in a source file: file index, 1-based line and
 * byte column (as go/token counts them). */
#ifndef GOROLAB_BASE_SRCPOS_H
#define GOROLAB_BASE_SRCPOS_H

#include <stdint.h>

typedef struct SrcPos {
    uint32_t line;   /* 1-based; 0 means "no position" */
    uint32_t col;    /* 1-based byte column (lines may be longer than 64 KiB) */
    uint16_t file;   /* index into the program's file table */
} SrcPos;

static inline int srcpos_cmp(SrcPos a, SrcPos b)
{
    if (a.file != b.file) return a.file < b.file ? -1 : 1;
    if (a.line != b.line) return a.line < b.line ? -1 : 1;
    if (a.col != b.col) return a.col < b.col ? -1 : 1;
    return 0;
}

#endif
