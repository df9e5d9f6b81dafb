/* lang/parse.h: Go's parser: tokens to an AST (lang/ast.h).
 *
 * A recursive-descent parser after go/parser, with Go's composite-literal
 * ambiguity rule (no composite literals of a bare type name in the headers of
 * if/for/switch unless parenthesised). It recovers after an error by skipping
 * to the next statement or declaration, so that every syntax error in a file
 * is reported (Go's wording: "syntax error: unexpected newline, expected {",
 * "syntax error: non-declaration statement outside function body", ...).
 * Constructs outside gorolab's subset that parse in Go (type parameters,
 * `goto`) parse here too and are reported by the checker, not the parser. */
#ifndef GOROLAB_LANG_PARSE_H
#define GOROLAB_LANG_PARSE_H

#include "base/arena.h"
#include "base/diag.h"
#include "lang/ast.h"

/* parse_file parses src[0..len) (file number `file`) into an N_FILE node
 * allocated in `arena`, interning identifiers in `in`. Borrows src for the
 * life of the tree (literal nodes point into it). Never returns NULL: on
 * errors it appends to diags and returns what it could build. */
Node *parse_file(const char *src, size_t len, uint16_t file, Arena *arena, Interner *in,
                 DiagList *diags);

/* Literal decoding, for the checker. Each returns false when the literal is
 * malformed (the lexer has already reported why). */
struct Buf;
bool lit_string(const char *raw, size_t len, struct Buf *out);  /* "..." or `...` to bytes */
bool lit_rune(const char *raw, size_t len, int32_t *out);       /* 'x' */
/* lit_int: decimal, 0x, 0o, 0, 0b forms with '_'; false on overflow of 128 bits too */
bool lit_int(const char *raw, size_t len, __int128 *out);
bool lit_float(const char *raw, size_t len, double *out);       /* decimal and hex floats */
/* lit_decode_utf8 decodes one rune at s[0..n); sets *size; invalid bytes give U+FFFD, size 1. */
int32_t lit_decode_utf8(const unsigned char *s, size_t n, int *size);

#endif
