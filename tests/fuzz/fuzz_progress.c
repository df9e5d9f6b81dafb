/* tests/fuzz/fuzz_progress.c: libFuzzer target for the progress file: any
 * bytes as the file are read without a crash; then a row whose ids come
 * from the input (blanks, '%', newlines, empty) is set and saved, and must
 * read back exactly, with every row that read before still there. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "lesson/lesson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64], path[128];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!*dir) {
        snprintf(dir, sizeof dir, "/tmp/fuzz_progress.XXXXXX");
        if (!mkdtemp(dir)) abort();
        snprintf(path, sizeof path, "%s/progress", dir);
    }
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    if (size) fwrite(data, 1, size, f);
    fclose(f);
    /* ids: the first two NUL-ended pieces of the input, at most 24 bytes each */
    char a[25] = "", b[25] = "";
    size_t i = 0, n = 0;
    while (i < size && data[i] && n < 24) a[n++] = (char)data[i++];
    a[n] = 0;
    i++;
    n = 0;
    while (i < size && data[i] && n < 24) b[n++] = (char)data[i++];
    b[n] = 0;
    char *warn = NULL;
    Progress *p = prog_open(path, &warn);
    free(warn);
    ProgEntry before;
    prog_get(p, "demo", "x", &before);
    ProgEntry e = {PROG_DONE, 1000000, 12345};
    prog_set(p, a, b, &e);
    char *cause = NULL;
    if (!prog_save(p, &cause)) abort();
    prog_free(p);
    p = prog_open(path, &warn);
    free(warn);
    ProgEntry got, after;
    prog_get(p, a, b, &got);
    if (got.status != PROG_DONE || got.hints != 1000000 || got.seed != 12345) abort();
    prog_get(p, "demo", "x", &after);
    if (!(strcmp(a, "demo") == 0 && strcmp(b, "x") == 0) &&
        (after.status != before.status || after.hints != before.hints || after.seed != before.seed))
        abort();   /* another row changed or was lost */
    prog_free(p);
    return 0;
}
