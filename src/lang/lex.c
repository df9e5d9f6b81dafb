/* lang/lex.c: Go's lexer (lex.h), after cmd/compile/internal/syntax/scanner.go.
 *
 * Error wording and positions follow that scanner: errors about a literal as
 * a whole are reported at its start, errors about a character at that
 * character. Invariants: cur never passes end; pos always describes cur. A
 * byte >= 0x80 counts as an identifier character (no UTF-8 decoding). */
#include "lang/lex.h"

#include <ctype.h>
#include <string.h>

const char *const tok_text[T_COUNT] = {
#define TOK(name, str) str,
#include "lang/token.def"
#undef TOK
};

void lex_init(Lexer *lx, const char *src, size_t len, uint16_t file, DiagList *diags)
{
    lx->src = src;
    lx->cur = src;
    lx->end = src + len;
    lx->line_start = src;
    lx->pos.line = 1;
    lx->pos.col = 1;
    lx->pos.file = file;
    lx->insert_semi = false;
    lx->diags = diags;
}

static int peek(const Lexer *lx, size_t k)
{
    return lx->cur + k < lx->end ? (unsigned char)lx->cur[k] : -1;
}

static int ch(const Lexer *lx) { return peek(lx, 0); }

static void advance(Lexer *lx)
{
    if (lx->cur >= lx->end) return;
    if (*lx->cur == '\n') {
        if (lx->pos.line < UINT32_MAX) lx->pos.line++;
        lx->pos.col = 1;
        lx->cur++;
        lx->line_start = lx->cur;
        return;
    }
    lx->cur++;
    if (lx->pos.col < UINT32_MAX) lx->pos.col++;
}

static bool is_letter(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}
static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c)
{
    return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int lower(int c) { return c | 0x20; }

/* A position k bytes after the token start `at` on the same line. */
static SrcPos pos_plus(SrcPos at, size_t k)
{
    /* saturating, also where size_t has 32 bits */
    at.col = k > UINT32_MAX - at.col ? UINT32_MAX : at.col + (uint32_t)k;
    return at;
}

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

/* digits scans digits of `base` and '_'; returns bit 0 for a digit, bit 1 for
 * '_'; records the offset (from `start`) of the first digit invalid in base. */
static int digits(Lexer *lx, int base, const char *start, long *invalid)
{
    int digsep = 0;
    if (base <= 10) {
        int max = '0' + base;
        while (is_decimal(ch(lx)) || ch(lx) == '_') {
            int ds = 1;
            if (ch(lx) == '_')
                ds = 2;
            else if (ch(lx) >= max && invalid && *invalid < 0)
                *invalid = lx->cur - start;
            digsep |= ds;
            advance(lx);
        }
    } else {
        while (is_hex(ch(lx)) || ch(lx) == '_') {
            digsep |= ch(lx) == '_' ? 2 : 1;
            advance(lx);
        }
    }
    return digsep;
}

/* invalid_sep returns the index of the first misplaced '_' in x, or -1. */
static long invalid_sep(const char *x, size_t n)
{
    int x1 = ' ', d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower((unsigned char)x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = (unsigned char)x[i];
        if (d == '_') {
            if (p != '0') return (long)i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_') return (long)i - 1;
            d = '.';
        }
    }
    if (d == '_') return (long)n - 1;
    return -1;
}

static TokKind number(Lexer *lx, bool seen_point)
{
    const char *start = lx->cur;
    SrcPos at = lx->pos;
    bool okk = true;
    TokKind kind = T_INT;
    int base = 10, prefix = 0, digsep = 0;
    long invalid = -1;

    if (seen_point) {
        advance(lx); /* the '.' */
    } else {
        if (ch(lx) == '0') {
            advance(lx);
            switch (lower(ch(lx))) {
            case 'x': advance(lx); base = 16; prefix = 'x'; break;
            case 'o': advance(lx); base = 8; prefix = 'o'; break;
            case 'b': advance(lx); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;
            }
        }
        digsep |= digits(lx, base, start, &invalid);
        if (ch(lx) == '.') {
            if (prefix == 'o' || prefix == 'b') {
                diag_add(lx->diags, lx->pos, "invalid radix point in %s literal", base_name(base));
                okk = false;
            }
            advance(lx);
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = T_FLOAT;
        digsep |= digits(lx, base, start, &invalid);
    }
    if ((digsep & 1) == 0 && okk) {
        diag_add(lx->diags, lx->pos, "%s literal has no digits", base_name(base));
        okk = false;
    }
    int e = lower(ch(lx));
    if (e == 'e' || e == 'p') {
        if (okk) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                diag_add(lx->diags, lx->pos, "'%c' exponent requires decimal mantissa", ch(lx));
                okk = false;
            } else if (e == 'p' && prefix != 'x') {
                diag_add(lx->diags, lx->pos, "'%c' exponent requires hexadecimal mantissa",
                         ch(lx));
                okk = false;
            }
        }
        advance(lx);
        kind = T_FLOAT;
        if (ch(lx) == '+' || ch(lx) == '-') advance(lx);
        digsep = digits(lx, 10, start, NULL) | (digsep & 2);
        if ((digsep & 1) == 0 && okk) {
            diag_add(lx->diags, lx->pos, "exponent has no digits");
            okk = false;
        }
    } else if (prefix == 'x' && kind == T_FLOAT && okk) {
        diag_add(lx->diags, lx->pos, "hexadecimal mantissa requires a 'p' exponent");
        okk = false;
    }
    if (ch(lx) == 'i') {
        kind = T_IMAG;
        advance(lx);
    }
    size_t n = lx->cur - start;
    if (kind == T_INT && invalid >= 0 && okk) {
        diag_add(lx->diags, pos_plus(at, invalid), "invalid digit '%c' in %s literal",
                 start[invalid], base_name(base));
        okk = false;
    }
    if ((digsep & 2) && okk) {
        long i = invalid_sep(start, n);
        if (i >= 0) {
            diag_add(lx->diags, pos_plus(at, i), "'_' must separate successive digits");
            okk = false;
        }
    }
    return kind;
}

/* escape scans one escape after the backslash; false (reported) when invalid. */
static bool escape(Lexer *lx, int quote)
{
    int n, base;
    uint32_t max;
    int c = ch(lx);
    if (c == quote || c == 'a' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't' ||
        c == 'v' || c == '\\') {
        advance(lx);
        return true;
    }
    if (c >= '0' && c <= '7') {
        n = 3; base = 8; max = 255;
    } else if (c == 'x') {
        advance(lx); n = 2; base = 16; max = 255;
    } else if (c == 'u') {
        advance(lx); n = 4; base = 16; max = 0x10FFFF;
    } else if (c == 'U') {
        advance(lx); n = 8; base = 16; max = 0x10FFFF;
    } else {
        if (c < 0) return true; /* the caller complains about EOF */
        diag_add(lx->diags, lx->pos, "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        c = ch(lx);
        if (c < 0) return true;
        int d = base;
        if (is_decimal(c))
            d = c - '0';
        else if (lower(c) >= 'a' && lower(c) <= 'f')
            d = lower(c) - 'a' + 10;
        if (d >= base) {
            if (c == '\n')
                diag_add(lx->diags, lx->pos, "invalid character '\\n' in %s escape",
                         base_name(base));
            else if (c >= 0x20 && c < 0x7f && c != '\'' && c != '\\')
                diag_add(lx->diags, lx->pos, "invalid character '%c' in %s escape", c,
                         base_name(base));
            else if (c == '\'' || c == '\\')
                diag_add(lx->diags, lx->pos, "invalid character '\\%c' in %s escape", c,
                         base_name(base));
            else
                diag_add(lx->diags, lx->pos, "invalid character '\\x%02x' in %s escape", c,
                         base_name(base));
            return false;
        }
        x = x * base + d;
        advance(lx);
    }
    if (x > max && base == 8) {
        diag_add(lx->diags, lx->pos, "octal escape value %u > 255", (unsigned)x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        if (x > max)
            diag_add(lx->diags, lx->pos, "escape is invalid Unicode code point U+%04X",
                     (unsigned)x);
        else
            diag_add(lx->diags, lx->pos, "escape is invalid Unicode code point U+%04X",
                     (unsigned)x);
        return false;
    }
    return true;
}

/* utf8_len returns the length of the UTF-8 sequence starting with byte c (1 if invalid). */
static int utf8_len(int c)
{
    if (c < 0xC0) return 1;
    if (c < 0xE0) return 2;
    if (c < 0xF0) return 3;
    if (c < 0xF8) return 4;
    return 1;
}

static void rune_lit(Lexer *lx)
{
    SrcPos at = lx->pos;
    bool okk = true;
    advance(lx);
    for (int n = 0;; n++) {
        int c = ch(lx);
        if (c == '\'') {
            if (okk) {
                if (n == 0) {
                    diag_add(lx->diags, lx->pos,
                             "empty rune literal or unescaped ' in rune literal");
                    okk = false;
                } else if (n != 1) {
                    diag_add(lx->diags, at, "more than one character in rune literal");
                    okk = false;
                }
            }
            advance(lx);
            break;
        }
        if (c == '\\') {
            advance(lx);
            if (!escape(lx, '\'')) okk = false;
            continue;
        }
        if (c == '\n') {
            if (okk) diag_add(lx->diags, lx->pos, "newline in rune literal");
            break;
        }
        if (c < 0) {
            if (okk) diag_add(lx->diags, at, "rune literal not terminated");
            break;
        }
        /* one character: a whole UTF-8 sequence */
        int k = utf8_len(c);
        advance(lx);
        for (int i = 1; i < k && ch(lx) >= 0x80 && ch(lx) < 0xC0; i++) advance(lx);
    }
}

static void std_string(Lexer *lx)
{
    SrcPos at = lx->pos;
    advance(lx);
    for (;;) {
        int c = ch(lx);
        if (c == '"') {
            advance(lx);
            break;
        }
        if (c == '\\') {
            advance(lx);
            escape(lx, '"');
            continue;
        }
        if (c == '\n') {
            diag_add(lx->diags, lx->pos, "newline in string");
            break;
        }
        if (c < 0) {
            diag_add(lx->diags, at, "string literal not terminated");
            break;
        }
        advance(lx);
    }
}

static void raw_string(Lexer *lx)
{
    SrcPos at = lx->pos;
    advance(lx);
    for (;;) {
        int c = ch(lx);
        if (c == '`') {
            advance(lx);
            break;
        }
        if (c < 0) {
            diag_add(lx->diags, at, "string literal not terminated");
            break;
        }
        advance(lx);
    }
}

/* skip_comment skips a comment starting at cur ("//" or "/ *"); returns
 * true when it was a general comment that spans lines. */
static bool skip_comment(Lexer *lx)
{
    if (peek(lx, 1) == '/') {
        while (ch(lx) >= 0 && ch(lx) != '\n') advance(lx);
        return false;
    }
    SrcPos at = lx->pos;
    uint32_t line = lx->pos.line;
    advance(lx);
    advance(lx);
    for (;;) {
        if (ch(lx) < 0) {
            diag_add(lx->diags, at, "comment not terminated");
            break;
        }
        if (ch(lx) == '*' && peek(lx, 1) == '/') {
            advance(lx);
            advance(lx);
            break;
        }
        advance(lx);
    }
    return lx->pos.line != line;
}

static const struct {
    const char *word;
    TokKind     kind;
} keywords[] = {
#define TOK(name, str) {str, T_##name},
#include "lang/token.def"
#undef TOK
};

static TokKind keyword(const char *s, size_t n)
{
    if (n < 2 || n > 11 || s[0] < 'b' || s[0] > 'v') return T_IDENT;
    for (int k = T_BREAK; k <= T_VAR; k++)
        if (strlen(keywords[k].word) == n && memcmp(keywords[k].word, s, n) == 0)
            return keywords[k].kind;
    return T_IDENT;
}

static Token make(TokKind k, SrcPos pos, const char *start, size_t len)
{
    Token t = {k, pos, start, len};
    return t;
}

Token lex_next(Lexer *lx)
{
    bool nlsemi = lx->insert_semi;
    lx->insert_semi = false;
redo:
    while (ch(lx) == ' ' || ch(lx) == '\t' || ch(lx) == '\r' || (ch(lx) == '\n' && !nlsemi))
        advance(lx);
    SrcPos at = lx->pos;
    const char *start = lx->cur;
    int c = ch(lx);
    if (c < 0) {
        if (nlsemi) return make(T_SEMICOLON, at, "", 0);
        return make(T_EOF, at, "", 0);
    }
    if (is_letter(c)) {
        while (is_letter(ch(lx)) || is_decimal(ch(lx))) advance(lx);
        size_t n = lx->cur - start;
        TokKind k = keyword(start, n);
        if (k == T_IDENT || k == T_BREAK || k == T_CONTINUE || k == T_FALLTHROUGH ||
            k == T_RETURN)
            lx->insert_semi = true;
        return make(k, at, start, n);
    }
    if (is_decimal(c) || (c == '.' && is_decimal(peek(lx, 1)))) {
        TokKind k = number(lx, c == '.');
        lx->insert_semi = true;
        return make(k, at, start, lx->cur - start);
    }
    TokKind k = T_ILLEGAL;
    switch (c) {
    case '\n':
        advance(lx);
        return make(T_SEMICOLON, at, "\n", 1);
    case '"':
        std_string(lx);
        lx->insert_semi = true;
        return make(T_STRING, at, start, lx->cur - start);
    case '`':
        raw_string(lx);
        lx->insert_semi = true;
        return make(T_STRING, at, start, lx->cur - start);
    case '\'':
        rune_lit(lx);
        lx->insert_semi = true;
        return make(T_CHAR, at, start, lx->cur - start);
    case '/':
        if (peek(lx, 1) == '/' || peek(lx, 1) == '*') {
            if (skip_comment(lx) && nlsemi) return make(T_SEMICOLON, at, "\n", 1);
            goto redo;
        }
        advance(lx);
        k = T_QUO;
        if (ch(lx) == '=') { advance(lx); k = T_QUO_ASSIGN; }
        break;
    case '(': advance(lx); k = T_LPAREN; break;
    case '[': advance(lx); k = T_LBRACK; break;
    case '{': advance(lx); k = T_LBRACE; break;
    case ',': advance(lx); k = T_COMMA; break;
    case ';': advance(lx); k = T_SEMICOLON; break;
    case ')': advance(lx); k = T_RPAREN; lx->insert_semi = true; break;
    case ']': advance(lx); k = T_RBRACK; lx->insert_semi = true; break;
    case '}': advance(lx); k = T_RBRACE; lx->insert_semi = true; break;
    case '~': advance(lx); k = T_TILDE; break;
    case ':':
        advance(lx);
        k = T_COLON;
        if (ch(lx) == '=') { advance(lx); k = T_DEFINE; }
        break;
    case '.':
        advance(lx);
        k = T_PERIOD;
        if (ch(lx) == '.' && peek(lx, 1) == '.') { advance(lx); advance(lx); k = T_ELLIPSIS; }
        break;
    case '+':
        advance(lx);
        k = T_ADD;
        if (ch(lx) == '+') { advance(lx); k = T_INC; lx->insert_semi = true; }
        else if (ch(lx) == '=') { advance(lx); k = T_ADD_ASSIGN; }
        break;
    case '-':
        advance(lx);
        k = T_SUB;
        if (ch(lx) == '-') { advance(lx); k = T_DEC; lx->insert_semi = true; }
        else if (ch(lx) == '=') { advance(lx); k = T_SUB_ASSIGN; }
        break;
    case '*':
        advance(lx);
        k = T_MUL;
        if (ch(lx) == '=') { advance(lx); k = T_MUL_ASSIGN; }
        break;
    case '%':
        advance(lx);
        k = T_REM;
        if (ch(lx) == '=') { advance(lx); k = T_REM_ASSIGN; }
        break;
    case '&':
        advance(lx);
        k = T_AND;
        if (ch(lx) == '&') { advance(lx); k = T_LAND; }
        else if (ch(lx) == '^') {
            advance(lx);
            k = T_AND_NOT;
            if (ch(lx) == '=') { advance(lx); k = T_AND_NOT_ASSIGN; }
        } else if (ch(lx) == '=') { advance(lx); k = T_AND_ASSIGN; }
        break;
    case '|':
        advance(lx);
        k = T_OR;
        if (ch(lx) == '|') { advance(lx); k = T_LOR; }
        else if (ch(lx) == '=') { advance(lx); k = T_OR_ASSIGN; }
        break;
    case '^':
        advance(lx);
        k = T_XOR;
        if (ch(lx) == '=') { advance(lx); k = T_XOR_ASSIGN; }
        break;
    case '<':
        advance(lx);
        k = T_LSS;
        if (ch(lx) == '-') { advance(lx); k = T_ARROW; }
        else if (ch(lx) == '<') {
            advance(lx);
            k = T_SHL;
            if (ch(lx) == '=') { advance(lx); k = T_SHL_ASSIGN; }
        } else if (ch(lx) == '=') { advance(lx); k = T_LEQ; }
        break;
    case '>':
        advance(lx);
        k = T_GTR;
        if (ch(lx) == '>') {
            advance(lx);
            k = T_SHR;
            if (ch(lx) == '=') { advance(lx); k = T_SHR_ASSIGN; }
        } else if (ch(lx) == '=') { advance(lx); k = T_GEQ; }
        break;
    case '=':
        advance(lx);
        k = T_ASSIGN;
        if (ch(lx) == '=') { advance(lx); k = T_EQL; }
        break;
    case '!':
        advance(lx);
        k = T_NOT;
        if (ch(lx) == '=') { advance(lx); k = T_NEQ; }
        break;
    default:
        if (c >= 0x20 && c < 0x7f)
            diag_add(lx->diags, at, "invalid character U+%04X '%c'", c, c);
        else
            diag_add(lx->diags, at, "invalid character U+%04X", c);
        advance(lx);
        lx->insert_semi = nlsemi; /* keep the state, as Go's scanner does */
        goto redo;
    }
    return make(k, at, start, lx->cur - start);
}
