/* tui/highlight.h: Go syntax roles for the Source pane, one line at a time.
 *
 * A small lexer after go/scanner, exact for valid Go: keywords, predeclared
 * types and builtins (whole identifiers, never after a selector `.`),
 * strings, runes, raw strings, comments and number literals. Invalid input
 * never fails; it is coloured as well as it can be.
 * Invariants: every byte of a line gets exactly one role, and the bytes of a
 * UTF-8 character always share one. Pure: no allocation, no mutable globals.
 */
#ifndef GOROLAB_TUI_HIGHLIGHT_H
#define GOROLAB_TUI_HIGHLIGHT_H

#include <stddef.h>

typedef enum HlRole {
    HL_PLAIN, HL_KEYWORD, HL_TYPE, HL_BUILTIN, HL_STRING, HL_NUMBER, HL_COMMENT, HL_COUNT
} HlRole;

/* Values of HlState.in. */
enum { HL_IN_NONE = 0, HL_IN_COMMENT = 1, HL_IN_RAW = 2 };

/* Carried from line to line; start a file with {0}. */
typedef struct HlState {
    int in;     /* inside a block comment or a `raw string` (HL_IN_*), 0: neither */
} HlState;

/* hl_line classifies each byte of one source line (no newline; len bytes)
 * into roles[0..len-1] (HlRole values), updating *st for the next line.
 * st must be non-NULL; line and roles may be NULL only when len is 0. O(len). */
void hl_line(const char *line, size_t len, HlState *st, unsigned char *roles);

#endif
