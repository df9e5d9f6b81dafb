/* base/diag.h: diagnostics about the user's input (compile errors, YAML errors).
 * The module that finds a problem appends a Diag; the caller decides how to print.
 * Go's compiler prints errors sorted by position, at most 10, then "too many errors". */
#ifndef GOROLAB_BASE_DIAG_H
#define GOROLAB_BASE_DIAG_H

#include <stdbool.h>
#include <stdio.h>
#include "base/srcpos.h"

enum { DIAG_MAX_SHOWN = 10 };   /* Go's limit before "too many errors" */

typedef struct Diag {
    SrcPos pos;
    char  *msg;      /* owned; may contain "\n\t" continuation lines as Go prints them */
} Diag;

typedef struct DiagList {
    Diag *items;
    int   len, cap;
    const char *const *files;   /* borrowed: file names indexed by SrcPos.file */
} DiagList;

void diag_init(DiagList *d, const char *const *files);
void diag_fini(DiagList *d);
void diag_add(DiagList *d, SrcPos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
bool diag_has(const DiagList *d, SrcPos pos);   /* an error already reported at exactly pos */
/* diag_sort sorts by position (stable) and drops exact duplicates (same pos and text). */
void diag_sort(DiagList *d);
/* diag_print prints "file:line:col: msg" lines as Go does, sorted, at most
 * DIAG_MAX_SHOWN, then "file:line:col: too many errors" at the last one shown. */
void diag_print(DiagList *d, FILE *out);

#endif
