/* tests/fuzz/fuzz_lesson.c: libFuzzer target for lesson and pack YAML: any
 * bytes as a lesson file (first byte even) or as pack.yaml (odd), loaded
 * through pack_load in a small pack with a valid lesson beside it. Bad
 * input must give diagnostics, never a crash, a leak, a path outside the
 * pack, or more than a second of loading (the caps make it linear). */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lesson/lesson.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char dir[64];

static void put(const char *name, const void *data, size_t n)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f) abort();
    if (n) fwrite(data, 1, n, f);
    fclose(f);
}

static void setup(void)
{
    snprintf(dir, sizeof dir, "/tmp/fuzz_lesson.XXXXXX");
    if (!mkdtemp(dir)) abort();
    char p[256];
    snprintf(p, sizeof p, "%s/scenarios", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/scenarios/a", dir);
    mkdir(p, 0755);
    const char *go = "package main\n\nfunc main() {}\n";
    put("scenarios/a/main.go", go, strlen(go));
    put("a.lua", "return pass('ok')\n", 18);
    const char *ok = "id: ok\ntitle: T\nlevel: 1\nstory: S\ngoal: G\nscenario: {files: [a/main.go], edit: [a/main.go]}\n"
                     "grader: a.lua\nhints: [H]\n";
    put("ok.yaml", ok, strlen(ok));
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!*dir) setup();
    if (size == 0) return 0;
    bool as_pack = data[0] & 1;
    if (as_pack) {
        put("pack.yaml", data + 1, size - 1);
    } else {
        const char *pk = "id: fuzz\nlessons: [l.yaml, ok.yaml]\n";
        put("pack.yaml", pk, strlen(pk));
        put("l.yaml", data + 1, size - 1);
    }
    DiagList d;
    diag_init(&d, NULL);
    double t0 = now();
    Pack *p = pack_load(dir, &d);
    if (now() - t0 > 1.0) abort();   /* quadratic somewhere */
    for (int i = 0; p && i < p->nlessons; i++) {
        Lesson *l = p->lessons[i];
        LessonText t;
        lesson_text(l, "zh", &t);
        if (!t.title || !t.story || !t.hints) abort();
        if (!l->broken) {
            /* a sound lesson names only files inside the pack */
            if (!l->id || !*l->id || !l->title || !*l->title) abort();
            const StrList *lists[] = {&l->files_abs, &l->edit_abs, &l->solution_abs};
            for (int k = 0; k < 3; k++)
                for (int j = 0; j < lists[k]->len; j++) {
                    char *rp = realpath(lists[k]->items[j], NULL);
                    if (!rp || strncmp(rp, p->root, strlen(p->root)) != 0) abort();
                    free(rp);
                }
        }
        if (l->broken && l->diags.len == 0) abort();   /* broken says why */
        pack_find(p, l->name);
    }
    if (p && p->id && strchr(p->id, '/') && !as_pack) abort();
    pack_free(p);
    diag_fini(&d);
    return 0;
}
