/* tests/unit/gosrc.h: what the runtime unit tests share: compile Go source
 * text as /tmp/prog.go, run it, and capture what the program writes. */
#ifndef GOROLAB_TESTS_GOSRC_H
#define GOROLAB_TESTS_GOSRC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "base/buf.h"
#include "lang/compile.h"

extern Buf out, err;    /* what the last program wrote to stdout and stderr */

/* capture is the VMOptions.write that appends to out and err. */
void capture(void *ctx, int fd, const char *s, size_t n);

/* compile_src empties out and err and compiles src; on error it returns
 * NULL with the diagnostics in err (and as TAP diagnostics). The caller
 * frees the program and calls compile_fini(). */
Program *compile_src(const char *src);

/* run_opts compiles and runs src with rt_run; returns the exit status, or
 * -1 when it does not compile. run is run_opts with the defaults. */
int run_opts(const char *src, uint64_t seed, bool dump, uint64_t max_goroutines);
int run(const char *src, uint64_t seed);

/* starts tells whether s begins with prefix, showing s when it does not. */
bool starts(const char *s, const char *prefix);

#endif
