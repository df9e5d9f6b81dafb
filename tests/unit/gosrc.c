/* tests/unit/gosrc.c: compile, run and capture Go source for the unit tests. */
#include "gosrc.h"

#include <string.h>

#include "base/diag.h"
#include "rt/sched.h"
#include "tap.h"
#include "vm/vm.h"

Buf out, err;

void capture(void *ctx, int fd, const char *s, size_t n)
{
    (void)ctx;
    buf_add(fd == 1 ? &out : &err, s, n);
}

Program *compile_src(const char *src)
{
    buf_reset(&out);
    buf_reset(&err);
    SourceFile f = {.name = "prog.go", .abspath = "/tmp/prog.go", .text = src, .len = strlen(src)};
    CompileOptions co = {0};
    DiagList diags;
    diag_init(&diags, NULL);
    Program *prog = compile_program(&f, 1, &co, &diags);
    if (!prog) {
        for (int i = 0; i < diags.len; i++) {
            buf_printf(&err, "%s\n", diags.items[i].msg);
            diag("compile: %s", diags.items[i].msg);
        }
    }
    diag_fini(&diags);
    return prog;
}

int run_opts(const char *src, uint64_t seed, bool dump, uint64_t max_goroutines)
{
    Program *prog = compile_src(src);
    if (!prog) {
        compile_fini();
        return -1;
    }
    VMOptions vo = {.seed = seed, .write = capture, .max_goroutines = max_goroutines};
    VM *vm = vm_new(prog, &vo);
    int st = rt_run(vm, dump);
    vm_free(vm);
    program_free(prog);
    compile_fini();
    return st;
}

int run(const char *src, uint64_t seed)
{
    return run_opts(src, seed, false, 0);
}

bool starts(const char *s, const char *prefix)
{
    bool r = strncmp(s, prefix, strlen(prefix)) == 0;
    if (!r) diag("got: %s", s);
    return r;
}
