/* base/diag.c: collecting and printing diagnostics in Go's compiler format. */
#include "base/diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/xalloc.h"

void diag_init(DiagList *d, const char *const *files)
{
    memset(d, 0, sizeof *d);
    d->files = files;
}

void diag_fini(DiagList *d)
{
    for (int i = 0; i < d->len; i++) free(d->items[i].msg);
    free(d->items);
    d->items = NULL;
    d->len = d->cap = 0;
}

void diag_add(DiagList *d, SrcPos pos, const char *fmt, ...)
{
    Buf b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    Diag x = {pos, buf_take(&b)};
    XPUSH(d->items, d->len, d->cap, x);
}

bool diag_has(const DiagList *d, SrcPos pos)
{
    for (int i = 0; i < d->len; i++)
        if (srcpos_cmp(d->items[i].pos, pos) == 0) return true;
    return false;
}

void diag_sort(DiagList *d)
{
    /* insertion sort: stable, and lists are short */
    for (int i = 1; i < d->len; i++) {
        Diag x = d->items[i];
        int j = i - 1;
        while (j >= 0 && srcpos_cmp(d->items[j].pos, x.pos) > 0) {
            d->items[j + 1] = d->items[j];
            j--;
        }
        d->items[j + 1] = x;
    }
    int w = 0;
    for (int i = 0; i < d->len; i++) {
        if (w > 0 && srcpos_cmp(d->items[w - 1].pos, d->items[i].pos) == 0 &&
            strcmp(d->items[w - 1].msg, d->items[i].msg) == 0) {
            free(d->items[i].msg);
            continue;
        }
        d->items[w++] = d->items[i];
    }
    d->len = w;
}

void diag_print(DiagList *d, FILE *out)
{
    diag_sort(d);
    for (int i = 0; i < d->len; i++) {
        if (i == DIAG_MAX_SHOWN) {
            /* Go gives the line the position of the last error shown */
            Diag *last = &d->items[i - 1];
            const char *file = d->files ? d->files[last->pos.file] : "?";
            fprintf(out, "%s:%u:%u: too many errors\n", file, last->pos.line, last->pos.col);
            break;
        }
        Diag *x = &d->items[i];
        const char *file = d->files ? d->files[x->pos.file] : "?";
        fprintf(out, "%s:%u:%u: %s\n", file, x->pos.line, x->pos.col, x->msg);
    }
}
