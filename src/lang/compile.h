/* lang/compile.h: the front end's entry point: Go source files to a Program.
 *
 * Type checking and code generation happen in one pass per function
 * (lang/expr.c, lang/stmt.c), after the package-level declarations are
 * collected and resolved (lang/decl.c). Errors are Go's, in Go's words, with
 * file:line:col; compilation continues after an error to report them all. */
#ifndef GOROLAB_LANG_COMPILE_H
#define GOROLAB_LANG_COMPILE_H

#include <stdbool.h>
#include "base/diag.h"
#include "vm/proto.h"

typedef struct SourceFile {
    const char *name;     /* as given on the command line: shown in compile errors */
    const char *abspath;  /* shown in stack traces */
    const char *text;
    size_t      len;
    bool        world;    /* a lesson's world file: an edit file (world false) sees only
                             its exported names, as if it were another package; no file
                             marked world (`gorolab run`): no such rule (lang/world.c) */
} SourceFile;

typedef struct CompileOptions {
    int go_minor;         /* Go 1.N semantics: loop variables per iteration from 22 */
} CompileOptions;

/* compile_program compiles package main from files[0..n) together with the
 * std packages they import. Returns a new Program (free with program_free),
 * or NULL with diags filled. diags' file table is set by this function and
 * stays valid until the next compile_program() or compile_fini(). */
Program *compile_program(const SourceFile *files, int n, const CompileOptions *opt,
                         DiagList *diags);

/* compile_fini frees the state kept for diagnostics (file names). */
void compile_fini(void);

#endif
