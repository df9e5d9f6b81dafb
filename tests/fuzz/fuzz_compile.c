/* tests/fuzz/fuzz_compile.c: libFuzzer target for the front end: any bytes
 * as a Go source file through the lexer, parser, type checker and compiler.
 * Bad input must give diagnostics, never a crash, a hang or a leak. */
#include <stddef.h>
#include <stdint.h>

#include "base/diag.h"
#include "lang/compile.h"
#include "vm/proto.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    SourceFile f = {"fuzz.go", "/fuzz/fuzz.go", (const char *)data, size, false};
    DiagList diags;
    diag_init(&diags, NULL);
    Program *p = compile_program(&f, 1, NULL, &diags);
    program_free(p);
    diag_fini(&diags);
    compile_fini();
    return 0;
}
