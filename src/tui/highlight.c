/* tui/highlight.c: Go syntax roles for one line (see highlight.h).
 *
 * Follows go/scanner's token rules. Every byte >= 0x80 is taken as an
 * identifier character: Go identifiers may hold any Unicode letter, and a
 * non-letter there is invalid Go anyway; this keeps UTF-8 characters whole
 * (strings and comments end only at ASCII bytes, so they cannot split one).
 */
#include <stdbool.h>
#include <string.h>

#include "tui/highlight.h"

typedef struct Word {
    const char   *s;
    unsigned char len;
    unsigned char role;
} Word;

#define W(s, role) { s, sizeof s - 1, role }

/* Go's keywords and predeclared identifiers (the universe block). */
static const Word words[] = {
    W("break", HL_KEYWORD), W("case", HL_KEYWORD), W("chan", HL_KEYWORD),
    W("const", HL_KEYWORD), W("continue", HL_KEYWORD), W("default", HL_KEYWORD),
    W("defer", HL_KEYWORD), W("else", HL_KEYWORD), W("fallthrough", HL_KEYWORD),
    W("for", HL_KEYWORD), W("func", HL_KEYWORD), W("go", HL_KEYWORD),
    W("goto", HL_KEYWORD), W("if", HL_KEYWORD), W("import", HL_KEYWORD),
    W("interface", HL_KEYWORD), W("map", HL_KEYWORD), W("package", HL_KEYWORD),
    W("range", HL_KEYWORD), W("return", HL_KEYWORD), W("select", HL_KEYWORD),
    W("struct", HL_KEYWORD), W("switch", HL_KEYWORD), W("type", HL_KEYWORD),
    W("var", HL_KEYWORD),

    W("bool", HL_TYPE), W("byte", HL_TYPE), W("complex64", HL_TYPE),
    W("complex128", HL_TYPE), W("error", HL_TYPE), W("float32", HL_TYPE),
    W("float64", HL_TYPE), W("int", HL_TYPE), W("int8", HL_TYPE), W("int16", HL_TYPE),
    W("int32", HL_TYPE), W("int64", HL_TYPE), W("rune", HL_TYPE), W("string", HL_TYPE),
    W("uint", HL_TYPE), W("uint8", HL_TYPE), W("uint16", HL_TYPE), W("uint32", HL_TYPE),
    W("uint64", HL_TYPE), W("uintptr", HL_TYPE), W("any", HL_TYPE),
    W("comparable", HL_TYPE),

    W("append", HL_BUILTIN), W("cap", HL_BUILTIN), W("clear", HL_BUILTIN),
    W("close", HL_BUILTIN), W("complex", HL_BUILTIN), W("copy", HL_BUILTIN),
    W("delete", HL_BUILTIN), W("imag", HL_BUILTIN), W("len", HL_BUILTIN),
    W("make", HL_BUILTIN), W("max", HL_BUILTIN), W("min", HL_BUILTIN),
    W("new", HL_BUILTIN), W("panic", HL_BUILTIN), W("print", HL_BUILTIN),
    W("println", HL_BUILTIN), W("real", HL_BUILTIN), W("recover", HL_BUILTIN),
    W("true", HL_BUILTIN), W("false", HL_BUILTIN), W("iota", HL_BUILTIN),
    W("nil", HL_BUILTIN),
};

enum { MAX_WORD = 11 };     /* "fallthrough" */

static bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

static bool is_hex(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static bool is_ident(unsigned char c)
{
    return c == '_' || is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c >= 0x80;
}

static void fill(unsigned char *roles, size_t from, size_t to, HlRole r)
{
    memset(roles + from, r, to - from);
}

/* find returns the index just past the first `a b` pair (b may be 0 for a
 * single byte) at or after i, or len if there is none. *found says which. */
static size_t find(const unsigned char *s, size_t i, size_t len, unsigned char a,
                   unsigned char b, bool *found)
{
    for (; i < len; i++) {
        if (s[i] != a) continue;
        if (!b) { *found = true; return i + 1; }
        if (i + 1 < len && s[i + 1] == b) { *found = true; return i + 2; }
    }
    *found = false;
    return len;
}

/* quoted returns the end of a "..." or '...' literal opened at i; an
 * unterminated one ends with the line. */
static size_t quoted(const unsigned char *s, size_t i, size_t len)
{
    unsigned char q = s[i++];
    while (i < len) {
        if (s[i] == '\\') i += 2;
        else if (s[i++] == q) return i;
    }
    return len;
}

static size_t digits(const unsigned char *s, size_t i, size_t len, bool hex)
{
    while (i < len && (s[i] == '_' || (hex ? is_hex(s[i]) : is_digit(s[i])))) i++;
    return i;
}

/* number returns the end of the number literal starting at i (a digit, or a
 * '.' before a digit): 0x/0o/0b prefixes, '_' separators, a fraction, an
 * exponent (e, or p for hex) and an imaginary 'i'. Bad digits for 0b/0o are
 * kept, as go/scanner does before it reports them. */
static size_t number(const unsigned char *s, size_t i, size_t len)
{
    bool hex = false, prefixed = false;
    if (s[i] == '0' && i + 1 < len) {
        unsigned char p = s[i + 1] | 0x20;  /* lower case */
        if (p == 'x' || p == 'o' || p == 'b') {
            hex = p == 'x';
            prefixed = true;
            i += 2;
        }
    }
    i = digits(s, i, len, hex);
    if (i < len && s[i] == '.' && (hex || !prefixed)) i = digits(s, i + 1, len, hex);
    if (i < len && (s[i] | 0x20) == (hex ? 'p' : 'e') && (hex || !prefixed)) {
        size_t j = i + 1;
        if (j < len && (s[j] == '+' || s[j] == '-')) j++;
        if (j < len && is_digit(s[j])) i = digits(s, j, len, false);
    }
    if (i < len && s[i] == 'i') i++;
    return i;
}

static HlRole word_role(const unsigned char *s, size_t n)
{
    if (n > MAX_WORD) return HL_PLAIN;
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
        if (words[k].len == n && memcmp(words[k].s, s, n) == 0) return words[k].role;
    return HL_PLAIN;
}

/* after_selector says whether the identifier at i follows a selector '.'
 * (blanks allowed between), not the '...' of a variadic parameter. Bytes
 * before i already have their roles, so a '.' inside a number, string or
 * comment does not count. */
static bool after_selector(const unsigned char *s, size_t i, const unsigned char *roles)
{
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) i--;
    if (i == 0 || s[i - 1] != '.' || roles[i - 1] != HL_PLAIN) return false;
    return i < 2 || s[i - 2] != '.';
}

void hl_line(const char *line, size_t len, HlState *st, unsigned char *roles)
{
    const unsigned char *s = (const unsigned char *)line;
    size_t i = 0, end;
    bool found;

    if (len == 0) return;   /* an empty line changes no state */

    /* Finish what the previous line left open. */
    if (st->in == HL_IN_COMMENT || st->in == HL_IN_RAW) {
        bool comment = st->in == HL_IN_COMMENT;
        end = comment ? find(s, 0, len, '*', '/', &found) : find(s, 0, len, '`', 0, &found);
        fill(roles, 0, end, comment ? HL_COMMENT : HL_STRING);
        if (!found) return;
        i = end;
    }
    st->in = HL_IN_NONE;

    while (i < len) {
        unsigned char c = s[i];
        unsigned char next = i + 1 < len ? s[i + 1] : 0;
        HlRole role = HL_PLAIN;

        if (c == '/' && next == '/') {
            end = len;
            role = HL_COMMENT;
        } else if (c == '/' && next == '*') {
            end = find(s, i + 2, len, '*', '/', &found);
            if (!found) st->in = HL_IN_COMMENT;
            role = HL_COMMENT;
        } else if (c == '`') {
            end = find(s, i + 1, len, '`', 0, &found);
            if (!found) st->in = HL_IN_RAW;
            role = HL_STRING;
        } else if (c == '"' || c == '\'') {
            end = quoted(s, i, len);
            role = HL_STRING;
        } else if (is_digit(c) || (c == '.' && is_digit(next) && !(i > 0 && is_ident(s[i - 1])))) {
            end = number(s, i, len);
            role = HL_NUMBER;
        } else if (is_ident(c)) {
            end = i;
            while (end < len && is_ident(s[end])) end++;
            if (!after_selector(s, i, roles)) role = word_role(s + i, end - i);
        } else {
            end = i + 1;
        }
        fill(roles, i, end, role);
        i = end;
    }
}
