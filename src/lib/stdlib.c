/* lib/stdlib.c: finding the embedded std packages and registering their natives. */
#include "lib/stdlib.h"

#include <stdbool.h>
#include <string.h>

const StdSource *stdlib_source(const char *path)
{
    for (const StdSource *s = stdlib_sources; s->path; s++)
        if (strcmp(s->path, path) == 0) return s;
    return NULL;
}

void stdlib_register_natives(void)
{
    static bool done;
    if (done) return;
    done = true;
    const NativeDef *tables[] = {
        lib_fmt_natives, lib_errors_natives, lib_os_natives, lib_strings_natives,
        lib_strconv_natives, lib_math_natives, lib_sort_natives, lib_time_natives,
        lib_runtime_natives,
        lib_atomic_natives, lib_rand_natives, lib_sync_natives,
    };
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++) native_register(tables[i]);
}
