/* lang/lex.h: Go's lexer, with automatic semicolon insertion (Go spec,
 * "Semicolons"): after a line's final token when that token is an identifier,
 * a literal, one of the keywords break continue fallthrough return, or one of
 * ++ -- ) ] }, a SEMICOLON token with text "\n" is produced (also at EOF).
 * Comments are skipped (a block comment spanning lines counts as a newline).
 * Errors (illegal characters, unterminated literals, bad escapes, invalid
 * digits like 0b102 or 09, misplaced '_') go to the DiagList with Go's wording
 * where Go has one, and lexing continues. */
#ifndef GOROLAB_LANG_LEX_H
#define GOROLAB_LANG_LEX_H

#include <stdbool.h>
#include <stddef.h>
#include "base/diag.h"
#include "base/srcpos.h"

typedef enum TokKind {
#define TOK(name, str) T_##name,
#include "lang/token.def"
#undef TOK
    T_COUNT
} TokKind;

extern const char *const tok_text[T_COUNT];   /* "+", "break", "IDENT", ... */

typedef struct Token {
    TokKind     kind;
    SrcPos      pos;
    const char *start;   /* into the source buffer (borrowed) */
    size_t      len;     /* raw text length; literals keep their quotes/prefixes */
} Token;

typedef struct Lexer {
    const char *src, *end, *cur;
    SrcPos      pos;          /* position of cur */
    const char *line_start;
    bool        insert_semi;  /* the previous token allows an automatic ';' */
    DiagList   *diags;
} Lexer;

/* lex_init prepares to scan src[0..len) of file number `file`. Borrows src. */
void lex_init(Lexer *lx, const char *src, size_t len, uint16_t file, DiagList *diags);
/* lex_next returns the next token; T_EOF forever at the end. */
Token lex_next(Lexer *lx);

#endif
