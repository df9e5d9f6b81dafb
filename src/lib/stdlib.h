/* lib/stdlib.h: the standard-library subset: each package is Go source
 * (src/lib/go/PKG.go, embedded at build time into go_embed.c) whose body-less
 * function declarations are bound to C natives by qualified name:
 * "strings.Contains", methods as "time.Duration.String" (pointer receivers too:
 * "strings.Builder.WriteString"). */
#ifndef GOROLAB_LIB_STDLIB_H
#define GOROLAB_LIB_STDLIB_H

#include "vm/vm.h"

typedef struct StdSource {
    const char *path;   /* import path: "strings", "math/rand" */
    const char *file;   /* "strings.go", "math_rand.go" (shown in traces and errors) */
    const char *text;   /* Go source */
} StdSource;

extern const StdSource stdlib_sources[];   /* go_embed.c; NULL-path terminated */

/* stdlib_source returns the embedded package for an import path, or NULL. */
const StdSource *stdlib_source(const char *path);

/* stdlib_register_natives registers every package's natives (idempotent). */
void stdlib_register_natives(void);

/* One table per file lib_PKG.c, NULL-name terminated. */
extern const NativeDef lib_fmt_natives[], lib_errors_natives[], lib_os_natives[],
    lib_strings_natives[], lib_strconv_natives[], lib_math_natives[], lib_sort_natives[],
    lib_time_natives[], lib_runtime_natives[];
extern const NativeDef lib_atomic_natives[], lib_rand_natives[], lib_sync_natives[];

/* time_timers_free frees the time package's timers left at the end of a run
 * (lib_time.c; vm_free calls it). */
void time_timers_free(VM *vm);

#endif
