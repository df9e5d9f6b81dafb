/* lang/parse.c: Go's parser (parse.h), after cmd/compile/internal/syntax/parser.go.
 *
 * Recursive descent with one token of lookahead (two in the `type T[` case).
 * Error messages are Go 1.19's ("syntax error: unexpected X, expecting Y"),
 * at most one syntax error per line, with Go's recovery (advance() to a
 * follow set). Invariants: every loop consumes a token or stops at T_EOF;
 * recursion that nears the end of compile_program's stack (base/stack.h),
 * or deeper than PARSE_MAX_DEPTH elsewhere, and blocks nested deeper than
 * PARSE_MAX_DEPTH report once and turn the rest of the input into T_EOF, so
 * no input can exhaust the C stack. */
#include "lang/parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/stack.h"
#include "base/xalloc.h"

/* Deep enough for any real program; shallow enough that the C stack (even
 * under ASan) survives nested parentheses or blocks in a fuzzer's input. */
enum { PARSE_MAX_DEPTH = 1000 };

typedef struct Parser {
    Lexer     lx;
    Token     tok;          /* the current token */
    Arena    *a;
    Interner *in;
    DiagList *diags;
    int       xnest;        /* expression nesting; < 0 in if/for/switch headers */
    int       fnest;        /* function nesting */
    int       depth;        /* recursion depth, against PARSE_MAX_DEPTH (or the stack) */
    int       bdepth;       /* blocks' nesting, against PARSE_MAX_DEPTH */
    bool      dead;         /* too deep: everything after is EOF */
    uint32_t  err_line;     /* line of the last syntax error (one per line, as Go) */
    int       diags0;       /* diags->len when the parse began */
} Parser;

/* Tokens from T_BREAK on do not fit 64 bits; fold keywords into a second word. */
typedef struct FollowSet {
    uint64_t lo, hi;
} FollowSet;

static void next(Parser *p)
{
    if (p->dead) {
        p->tok.kind = T_EOF;
        p->tok.start = "";
        p->tok.len = 0;
        return;
    }
    p->tok = lex_next(&p->lx);
}

static bool got(Parser *p, TokKind k)
{
    if (p->tok.kind == k) {
        next(p);
        return true;
    }
    return false;
}

static SrcPos pos(Parser *p) { return p->tok.pos; }

/* tok_desc describes the current token as Go's syntax errors do. */
static void tok_desc(Parser *p, char *out, size_t n)
{
    Token t = p->tok;
    switch (t.kind) {
    case T_IDENT: snprintf(out, n, "%.*s", (int)(t.len > 60 ? 60 : t.len), t.start); break;
    case T_SEMICOLON:
        snprintf(out, n, "%s", t.len == 0 ? "EOF" : t.start[0] == '\n' ? "newline" : "semicolon");
        break;
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        snprintf(out, n, "literal %.*s", (int)(t.len > 60 ? 60 : t.len), t.start);
        break;
    case T_COMMA: snprintf(out, n, "comma"); break;
    case T_EOF: snprintf(out, n, "EOF"); break;
    default: snprintf(out, n, "%s", tok_text[t.kind]); break;
    }
}

static void error_at(Parser *p, SrcPos at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void error_at(Parser *p, SrcPos at, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    bool syntax = strncmp(msg, "syntax error", 12) == 0;
    if (syntax) {
        if (at.line == p->err_line) return;
        p->err_line = at.line;
    }
    diag_add(p->diags, at, "%s", msg);
}

/* syntax_error_at reports msg as cmd/compile does: messages starting "in ",
 * "at ", "after " or "expecting " are about the current token. */
static void syntax_error_at(Parser *p, SrcPos at, const char *msg)
{
    if (p->dead) return;
    /* avoid meaningless follow-up errors at EOF, as Go does */
    if (p->tok.kind == T_EOF && p->diags->len > p->diags0) return;
    char tok[128];
    if (strncmp(msg, "in ", 3) == 0 || strncmp(msg, "at ", 3) == 0 ||
        strncmp(msg, "after ", 6) == 0) {
        tok_desc(p, tok, sizeof tok);
        error_at(p, at, "syntax error: unexpected %s %s", tok, msg);
    } else if (strncmp(msg, "expecting ", 10) == 0) {
        tok_desc(p, tok, sizeof tok);
        error_at(p, at, "syntax error: unexpected %s, %s", tok, msg);
    } else {
        error_at(p, at, "syntax error: %s", msg);
    }
}

static void syntax_error(Parser *p, const char *msg) { syntax_error_at(p, pos(p), msg); }

static const char *tokstring(TokKind k)
{
    switch (k) {
    case T_COMMA: return "comma";
    case T_SEMICOLON: return "semicolon or newline";
    default: return tok_text[k];
    }
}

static void want(Parser *p, TokKind k)
{
    if (!got(p, k)) {
        char msg[64];
        snprintf(msg, sizeof msg, "expecting %s", tokstring(k));
        syntax_error(p, msg);
        /* advance() with no follow list: skip one token */
        if (p->tok.kind != T_EOF) next(p);
    }
}

static bool in_set(FollowSet s, TokKind k)
{
    return k < 64 ? (s.lo >> k) & 1 : (s.hi >> (k - 64)) & 1;
}
static void set_add(FollowSet *s, TokKind k)
{
    if (k < 64) s->lo |= (uint64_t)1 << k;
    else s->hi |= (uint64_t)1 << (k - 64);
}

/* advance skips tokens until one in the follow list (plus, inside a function,
 * the statement keywords); the list ends with T_EOF. */
static void advance(Parser *p, ...)
{
    FollowSet s = {0, 0};
    set_add(&s, T_EOF);
    va_list ap;
    va_start(ap, p);
    for (int k; (k = va_arg(ap, int)) != T_EOF;) set_add(&s, (TokKind)k);
    va_end(ap);
    if (p->fnest > 0) {
        static const TokKind stop[] = {T_BREAK, T_CONST, T_CONTINUE, T_DEFER, T_FALLTHROUGH,
                                       T_FOR, T_GO, T_GOTO, T_IF, T_RETURN, T_SELECT,
                                       T_SWITCH, T_TYPE, T_VAR};
        for (size_t i = 0; i < sizeof stop / sizeof stop[0]; i++) set_add(&s, stop[i]);
    }
    while (!in_set(s, p->tok.kind)) next(p);
}

/* enter/leave bound the recursion depth. */
static bool enter(Parser *p)
{
    /* on compile_program's stack the bytes left are the limit (Go has none) */
    bool deep = stack_watched() ? stack_deep() : p->depth + 1 > PARSE_MAX_DEPTH;
    p->depth++;
    if (deep) {
        if (!p->dead) {
            if (stack_watched())
                error_at(p, pos(p), "syntax error: nesting too deep for gorolab's parser (%d levels)", p->depth);
            else
                error_at(p, pos(p), "syntax error: nesting too deep (more than %d levels)", PARSE_MAX_DEPTH);
            p->dead = true;
            next(p);
        }
        return false;
    }
    return true;
}
static void leave(Parser *p) { p->depth--; }

/* Blocks (and if's else chains) nest at most PARSE_MAX_DEPTH deep whatever
 * the stack: each one is a scope, and names are looked up through all of
 * them (a deeper program would take quadratic time). */
static bool enter_block(Parser *p)
{
    p->bdepth++;
    if (p->bdepth > PARSE_MAX_DEPTH) {
        p->depth++;
        if (!p->dead) {
            error_at(p, pos(p), "syntax error: nesting too deep (more than %d levels)", PARSE_MAX_DEPTH);
            p->dead = true;
            next(p);
        }
        return false;
    }
    return enter(p);
}
static void leave_block(Parser *p)
{
    p->bdepth--;
    leave(p);
}

/* A token's identity, to detect a loop that made no progress. */
typedef struct Mark {
    SrcPos  pos;
    TokKind kind;
} Mark;

/* stuck returns true (after skipping a token) when the current token is the
 * one a loop's previous iteration started with: a guard against any recovery
 * path that fails to consume input. */
static bool stuck(Parser *p, Mark *last)
{
    if (last->kind == p->tok.kind && srcpos_cmp(last->pos, p->tok.pos) == 0) {
        next(p);
        return true;
    }
    last->pos = p->tok.pos;
    last->kind = p->tok.kind;
    return false;
}

static Node *new_node(Parser *p, NodeKind k, SrcPos at) { return ast_new(p->a, k, at); }
static void push(Parser *p, NodeList *l, Node *n) { ast_push(p->a, l, n); }

static Node *bad(Parser *p, SrcPos at) { return new_node(p, N_BAD, at); }

static Node *ident_from_tok(Parser *p)
{
    Node *n = new_node(p, N_IDENT, pos(p));
    n->u.ident.name = intern(p->in, p->tok.start, p->tok.len);
    return n;
}

static Node *make_ident(Parser *p, SrcPos at, const char *s)
{
    Node *n = new_node(p, N_IDENT, at);
    n->u.ident.name = intern(p->in, s, strlen(s));
    return n;
}

/* name parses an identifier, or reports and returns "_". */
static Node *name(Parser *p)
{
    if (p->tok.kind == T_IDENT) {
        Node *n = ident_from_tok(p);
        next(p);
        return n;
    }
    Node *n = make_ident(p, pos(p), "_");
    syntax_error(p, "expecting name");
    advance(p, T_EOF);
    if (p->tok.kind != T_EOF) next(p);
    return n;
}

/* ---- expressions ---- */

static Node *expr(Parser *p);
static Node *type_or_nil(Parser *p);
static Node *type_(Parser *p);
static Node *block_stmt(Parser *p, const char *context);
static Node *func_type(Parser *p, SrcPos at);
static void param_list(Parser *p, NodeList *out, TokKind close);
static NodeList stmt_list(Parser *p);
static Node *unary_expr(Parser *p);

static Node *unparen(Node *x)
{
    while (x && x->kind == N_PAREN) x = x->u.unary.x;
    return x;
}

static bool is_value(Node *x)
{
    switch (x->kind) {
    case N_BASIC_LIT: case N_COMPOSITE_LIT: case N_FUNC_LIT: case N_SLICE_EXPR:
    case N_TYPE_ASSERT: case N_CALL: case N_UNARY: case N_BINARY:
        return true;
    case N_PAREN: return is_value(x->u.unary.x);
    case N_INDEX: return is_value(x->u.index.x) || is_value(x->u.index.index);
    default: return false;
    }
}

static void expr_list(Parser *p, NodeList *out)
{
    push(p, out, expr(p));
    while (got(p, T_COMMA)) push(p, out, expr(p));
}

static Node *func_body(Parser *p)
{
    p->fnest++;
    int outer = p->xnest;
    p->xnest = 0;
    Node *b = block_stmt(p, "");
    p->xnest = outer;
    p->fnest--;
    return b;
}

static Node *bare_complit_expr(Parser *p);

/* complit_expr parses `{ elts }` for a literal of type `type` (NULL: elided). */
static Node *complit_expr(Parser *p, Node *type)
{
    Node *n = new_node(p, N_COMPOSITE_LIT, type ? type->pos : pos(p));
    n->u.comp.type = type;
    p->xnest++;
    want(p, T_LBRACE);
    Mark last_ = {{0, 0, 0}, T_EOF};
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE) {
        if (stuck(p, &last_)) continue;
        Node *e = bare_complit_expr(p);
        if (p->tok.kind == T_COLON) {
            Node *kv = new_node(p, N_KEY_VALUE, e->pos);
            next(p);
            kv->u.kv.key = e;
            kv->u.kv.value = bare_complit_expr(p);
            e = kv;
        }
        push(p, &n->u.comp.elts, e);
        if (!got(p, T_COMMA) && p->tok.kind != T_RBRACE) {
            syntax_error(p, "in composite literal; possibly missing comma or }");
            advance(p, T_RPAREN, T_RBRACK, T_RBRACE, T_EOF);
            if (p->tok.kind != T_RBRACE) {
                n->u.comp.rbrace = pos(p);
                p->xnest--;
                return n;
            }
        }
    }
    n->u.comp.rbrace = pos(p);
    p->xnest--;
    want(p, T_RBRACE);
    return n;
}

static Node *bare_complit_expr(Parser *p)
{
    if (p->tok.kind == T_LBRACE) return complit_expr(p, NULL);
    return expr(p);
}

static Node *operand(Parser *p)
{
    Node *x;
    switch (p->tok.kind) {
    case T_IDENT:
        x = ident_from_tok(p);
        next(p);
        return x;
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING:
        x = new_node(p, N_BASIC_LIT, pos(p));
        x->u.lit.kind = p->tok.kind;
        x->u.lit.text = p->tok.start;
        x->u.lit.len = p->tok.len;
        next(p);
        return x;
    case T_LPAREN: {
        SrcPos at = pos(p);
        next(p);
        p->xnest++;
        x = new_node(p, N_PAREN, at);
        x->u.unary.x = expr(p);
        p->xnest--;
        want(p, T_RPAREN);
        return x;
    }
    case T_FUNC: {
        SrcPos at = pos(p);
        next(p);
        Node *ft = func_type(p, at);
        if (p->tok.kind == T_LBRACE) {
            x = new_node(p, N_FUNC_LIT, at);
            x->u.func.type = ft;
            x->u.func.body = func_body(p);
            return x;
        }
        return ft;
    }
    case T_LBRACK: case T_CHAN: case T_MAP: case T_STRUCT: case T_INTERFACE:
        return type_or_nil(p);
    default:
        x = bad(p, pos(p));
        syntax_error(p, "expecting expression");
        advance(p, T_RPAREN, T_RBRACK, T_RBRACE, T_EOF);
        return x;
    }
}

static Node *pexpr(Parser *p)
{
    Node *x = operand(p);
    for (;;) {
        SrcPos at = pos(p);
        switch (p->tok.kind) {
        case T_PERIOD:
            next(p);
            if (p->tok.kind == T_IDENT) {
                Node *s = new_node(p, N_SELECTOR, x->pos);
                s->u.sel.x = x;
                s->u.sel.name = name(p);
                x = s;
            } else if (p->tok.kind == T_LPAREN) {
                next(p);
                Node *t = new_node(p, N_TYPE_ASSERT, x->pos);
                t->u.assert.x = x;
                if (!got(p, T_TYPE)) t->u.assert.type = type_(p);
                want(p, T_RPAREN);
                x = t;
            } else {
                syntax_error(p, "expecting name or (");
                advance(p, T_SEMICOLON, T_RPAREN, T_EOF);
            }
            break;
        case T_LBRACK: {
            next(p);
            p->xnest++;
            Node *i = NULL;
            if (p->tok.kind != T_COLON) {
                i = expr(p);
                if (p->tok.kind == T_COMMA) {
                    /* x[a, b]: a generic instantiation */
                    error_at(p, i->pos,
                             "generic instantiation (x[a, b]) is outside gorolab's Go subset");
                    while (got(p, T_COMMA) && p->tok.kind != T_RBRACK) expr(p);
                }
                if (p->tok.kind != T_COLON) {
                    Node *n = new_node(p, N_INDEX, x->pos);
                    n->u.index.x = x;
                    n->u.index.index = i;
                    x = n;
                    p->xnest--;
                    want(p, T_RBRACK);
                    break;
                }
            }
            Node *s = new_node(p, N_SLICE_EXPR, x->pos);
            s->u.slice.x = x;
            s->u.slice.lo = i;
            next(p); /* ':' */
            if (p->tok.kind != T_COLON && p->tok.kind != T_RBRACK) s->u.slice.hi = expr(p);
            if (p->tok.kind == T_COLON) {
                s->u.slice.three = true;
                if (!s->u.slice.hi) error_at(p, pos(p), "middle index required in 3-index slice");
                next(p);
                if (p->tok.kind != T_RBRACK)
                    s->u.slice.max = expr(p);
                else
                    error_at(p, pos(p), "final index required in 3-index slice");
            }
            x = s;
            p->xnest--;
            want(p, T_RBRACK);
            break;
        }
        case T_LPAREN: {
            next(p);
            Node *c = new_node(p, N_CALL, x->pos);
            c->u.call.fun = x;
            p->xnest++;
            Mark last_ = {{0, 0, 0}, T_EOF};
            while (p->tok.kind != T_EOF && p->tok.kind != T_RPAREN) {
                if (stuck(p, &last_)) continue;
                push(p, &c->u.call.args, expr(p));
                if (p->tok.kind == T_ELLIPSIS) {
                    c->u.call.ellipsis = pos(p);
                    next(p);
                }
                if (!got(p, T_COMMA) && p->tok.kind != T_RPAREN) {
                    syntax_error(p, "in argument list; possibly missing comma or )");
                    advance(p, T_RPAREN, T_RBRACK, T_RBRACE, T_EOF);
                    if (p->tok.kind != T_RPAREN) break;
                }
            }
            p->xnest--;
            c->u.call.rparen = pos(p);
            if (p->tok.kind == T_RPAREN) next(p);
            else if (p->tok.kind == T_EOF) want(p, T_RPAREN);
            x = c;
            break;
        }
        case T_LBRACE: {
            Node *t = unparen(x);
            bool ok = false;
            switch (t->kind) {
            case N_IDENT: case N_SELECTOR: ok = p->xnest >= 0; break;
            case N_INDEX: ok = p->xnest >= 0 && !is_value(t); break;
            case N_ARRAY_TYPE: case N_STRUCT_TYPE: case N_MAP_TYPE: ok = true; break;
            default: break;
            }
            if (!ok) return x;
            if (t != x) syntax_error(p, "cannot parenthesize type in composite literal");
            x = complit_expr(p, x);
            break;
        }
        default:
            (void)at;
            return x;
        }
    }
}

static Node *unary_expr(Parser *p)
{
    if (!enter(p)) return bad(p, pos(p));
    Node *x;
    SrcPos at = pos(p);
    switch (p->tok.kind) {
    case T_ADD: case T_SUB: case T_NOT: case T_XOR: case T_AND: case T_TILDE:
        x = new_node(p, N_UNARY, at);
        x->u.unary.op = p->tok.kind;
        next(p);
        x->u.unary.x = unary_expr(p);
        break;
    case T_MUL:
        x = new_node(p, N_STAR, at);
        next(p);
        x->u.unary.x = unary_expr(p);
        break;
    case T_ARROW: {
        next(p);
        Node *y = unary_expr(p);
        if (y->kind == N_CHAN_TYPE) {
            /* <-chan T: re-associate the arrow with the channel type */
            int dir = CHAN_SEND;
            Node *t = y;
            while (dir == CHAN_SEND && t && t->kind == N_CHAN_TYPE) {
                dir = t->u.chan.dir;
                if (dir == CHAN_RECV) syntax_error(p, "unexpected <-, expecting chan");
                t->u.chan.dir = CHAN_RECV;
                t = t->u.chan.elem;
            }
            if (dir == CHAN_SEND) syntax_error(p, "unexpected <-, expecting chan");
            y->pos = at;
            x = y;
        } else {
            x = new_node(p, N_UNARY, at);
            x->u.unary.op = T_ARROW;
            x->u.unary.x = y;
        }
        break;
    }
    default:
        x = pexpr(p);
        break;
    }
    leave(p);
    return x;
}

static int precedence(TokKind k)
{
    switch (k) {
    case T_LOR: return 1;
    case T_LAND: return 2;
    case T_EQL: case T_NEQ: case T_LSS: case T_LEQ: case T_GTR: case T_GEQ: return 3;
    case T_ADD: case T_SUB: case T_OR: case T_XOR: return 4;
    case T_MUL: case T_QUO: case T_REM: case T_SHL: case T_SHR: case T_AND: case T_AND_NOT:
        return 5;
    default: return 0;
    }
}

static Node *binary_expr(Parser *p, int prec)
{
    Node *x = unary_expr(p);
    int tp;
    while ((tp = precedence(p->tok.kind)) > prec) {
        Node *b = new_node(p, N_BINARY, x->pos);
        b->op_pos = pos(p);
        b->u.binary.op = p->tok.kind;
        next(p);
        b->u.binary.x = x;
        if (!enter(p)) return b->u.binary.y = bad(p, pos(p)), b;
        b->u.binary.y = binary_expr(p, tp);
        leave(p);
        x = b;
    }
    return x;
}

static Node *expr(Parser *p) { return binary_expr(p, 0); }

/* ---- types ---- */

static Node *qualified_name(Parser *p)
{
    Node *x = name(p);
    if (p->tok.kind == T_PERIOD) {
        next(p);
        Node *s = new_node(p, N_SELECTOR, x->pos);
        s->u.sel.x = x;
        s->u.sel.name = name(p);
        x = s;
    }
    if (p->tok.kind == T_LBRACK) {
        /* a generic type's instantiation T[int] */
        SrcPos at = pos(p);
        next(p);
        p->xnest++;
        Node *n = new_node(p, N_INDEX, x->pos);
        n->u.index.x = x;
        n->u.index.index = type_(p);
        while (got(p, T_COMMA) && p->tok.kind != T_RBRACK) type_(p);
        p->xnest--;
        want(p, T_RBRACK);
        (void)at;
        x = n;
    }
    return x;
}

static Node *struct_type(Parser *p)
{
    Node *st = new_node(p, N_STRUCT_TYPE, pos(p));
    next(p); /* struct */
    want(p, T_LBRACE);
    Mark last_ = {{0, 0, 0}, T_EOF};
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE) {
        if (stuck(p, &last_)) continue;
        Node *f = new_node(p, N_FIELD, pos(p));
        if (p->tok.kind == T_IDENT) {
            Node *n = name(p);
            if (p->tok.kind == T_PERIOD || p->tok.kind == T_SEMICOLON ||
                p->tok.kind == T_RBRACE || p->tok.kind == T_STRING) {
                /* embedded T or pkg.T */
                Node *t = n;
                if (got(p, T_PERIOD)) {
                    t = new_node(p, N_SELECTOR, n->pos);
                    t->u.sel.x = n;
                    t->u.sel.name = name(p);
                }
                f->u.field.type = t;
            } else if (p->tok.kind == T_LBRACK) {
                /* `a [N]T`, `a []T`, or an embedded generic type `G[T]` */
                SrcPos lb = pos(p);
                next(p);
                if (got(p, T_RBRACK)) {
                    Node *t = new_node(p, N_ARRAY_TYPE, lb);
                    t->u.array.elem = type_(p);
                    push(p, &f->u.field.names, n);
                    f->u.field.type = t;
                } else {
                    Node *len = NULL;
                    p->xnest++;
                    if (p->tok.kind == T_ELLIPSIS) {
                        len = new_node(p, N_ELLIPSIS, pos(p));
                        next(p);
                    } else {
                        len = expr(p);
                    }
                    while (got(p, T_COMMA) && p->tok.kind != T_RBRACK) expr(p);
                    p->xnest--;
                    want(p, T_RBRACK);
                    if (p->tok.kind == T_SEMICOLON || p->tok.kind == T_RBRACE ||
                        p->tok.kind == T_STRING) {
                        Node *t = new_node(p, N_INDEX, n->pos);
                        t->u.index.x = n;
                        t->u.index.index = len;
                        f->u.field.type = t;
                    } else {
                        Node *t = new_node(p, N_ARRAY_TYPE, lb);
                        t->u.array.len = len;
                        t->u.array.elem = type_(p);
                        push(p, &f->u.field.names, n);
                        f->u.field.type = t;
                    }
                }
            } else {
                push(p, &f->u.field.names, n);
                while (got(p, T_COMMA)) push(p, &f->u.field.names, name(p));
                f->u.field.type = type_(p);
            }
        } else if (p->tok.kind == T_MUL) {
            Node *s = new_node(p, N_STAR, pos(p));
            next(p);
            s->u.unary.x = qualified_name(p);
            f->u.field.type = s;
        } else if (p->tok.kind == T_LPAREN) {
            syntax_error(p, "cannot parenthesize embedded type");
            f->u.field.type = type_(p);
        } else {
            syntax_error(p, "expecting field name or embedded type");
            advance(p, T_SEMICOLON, T_RBRACE, T_EOF);
            f = NULL;
        }
        if (f && p->tok.kind == T_STRING) {
            Node *tag = new_node(p, N_BASIC_LIT, pos(p));
            tag->u.lit.kind = T_STRING;
            tag->u.lit.text = p->tok.start;
            tag->u.lit.len = p->tok.len;
            next(p);
            f->u.field.tag = tag;
        }
        if (f) push(p, &st->u.fields.list, f);
        if (!got(p, T_SEMICOLON) && p->tok.kind != T_RBRACE) {
            syntax_error(p, "in struct type; possibly missing semicolon or newline or }");
            advance(p, T_RPAREN, T_RBRACK, T_RBRACE, T_EOF);
            if (p->tok.kind != T_RBRACE) return st;
        }
    }
    want(p, T_RBRACE);
    return st;
}

static Node *interface_type(Parser *p)
{
    Node *it = new_node(p, N_INTERFACE_TYPE, pos(p));
    next(p); /* interface */
    want(p, T_LBRACE);
    Mark last_ = {{0, 0, 0}, T_EOF};
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE) {
        if (stuck(p, &last_)) continue;
        Node *f = new_node(p, N_FIELD, pos(p));
        if (p->tok.kind == T_IDENT) {
            Token save = p->tok;
            Node *n = name(p);
            if (p->tok.kind == T_LPAREN) {
                push(p, &f->u.field.names, n);
                f->u.field.type = func_type(p, n->pos);
            } else {
                /* embedded interface, or a constraint element (generics) */
                Node *t = n;
                if (got(p, T_PERIOD)) {
                    t = new_node(p, N_SELECTOR, n->pos);
                    t->u.sel.x = n;
                    t->u.sel.name = name(p);
                }
                (void)save;
                while (p->tok.kind == T_OR) {
                    Node *b = new_node(p, N_BINARY, t->pos);
                    b->op_pos = pos(p);
                    b->u.binary.op = T_OR;
                    next(p);
                    b->u.binary.x = t;
                    b->u.binary.y = unary_expr(p);
                    t = b;
                }
                f->u.field.type = t;
            }
        } else {
            /* ~int | string and similar constraint elements */
            Node *t = binary_expr(p, 3);
            f->u.field.type = t;
        }
        push(p, &it->u.fields.list, f);
        if (!got(p, T_SEMICOLON) && p->tok.kind != T_RBRACE) {
            syntax_error(p, "in interface type; possibly missing semicolon or newline or }");
            advance(p, T_RPAREN, T_RBRACK, T_RBRACE, T_EOF);
            if (p->tok.kind != T_RBRACE) return it;
        }
    }
    want(p, T_RBRACE);
    return it;
}

/* func_type parses a signature (after `func` or a method name). */
static Node *func_type(Parser *p, SrcPos at)
{
    Node *ft = new_node(p, N_FUNC_TYPE, at);
    want(p, T_LPAREN);
    param_list(p, &ft->u.functype.params, T_RPAREN);
    if (p->tok.kind == T_LPAREN) {
        next(p);
        param_list(p, &ft->u.functype.results, T_RPAREN);
    } else {
        Node *t = type_or_nil(p);
        if (t) {
            Node *f = new_node(p, N_FIELD, t->pos);
            f->u.field.type = t;
            push(p, &ft->u.functype.results, f);
        }
    }
    return ft;
}

static Node *chan_elem(Parser *p)
{
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad(p, pos(p));
        syntax_error(p, "missing channel element type");
    }
    return t;
}

static Node *type_or_nil(Parser *p)
{
    if (!enter(p)) return bad(p, pos(p));
    SrcPos at = pos(p);
    Node *t = NULL;
    switch (p->tok.kind) {
    case T_MUL:
        next(p);
        t = new_node(p, N_STAR, at);
        t->u.unary.x = type_(p);
        break;
    case T_ARROW:
        next(p);
        want(p, T_CHAN);
        t = new_node(p, N_CHAN_TYPE, at);
        t->u.chan.dir = CHAN_RECV;
        t->u.chan.elem = chan_elem(p);
        break;
    case T_FUNC:
        next(p);
        t = func_type(p, at);
        break;
    case T_LBRACK:
        next(p);
        t = new_node(p, N_ARRAY_TYPE, at);
        if (got(p, T_RBRACK)) {
            t->u.array.elem = type_(p);
            break;
        }
        if (p->tok.kind == T_ELLIPSIS) {
            t->u.array.len = new_node(p, N_ELLIPSIS, pos(p));
            next(p);
        } else {
            p->xnest++;
            t->u.array.len = expr(p);
            p->xnest--;
        }
        if (p->tok.kind == T_COMMA) {
            /* [a, b] here is Go's generic syntax; report as Go 1.19 does */
            syntax_error(p, "unexpected comma; expecting ]");
            next(p);
        }
        want(p, T_RBRACK);
        t->u.array.elem = type_(p);
        break;
    case T_CHAN:
        next(p);
        t = new_node(p, N_CHAN_TYPE, at);
        t->u.chan.dir = CHAN_BOTH;
        if (got(p, T_ARROW)) t->u.chan.dir = CHAN_SEND;
        t->u.chan.elem = chan_elem(p);
        break;
    case T_MAP:
        next(p);
        t = new_node(p, N_MAP_TYPE, at);
        want(p, T_LBRACK);
        t->u.map.key = type_(p);
        want(p, T_RBRACK);
        t->u.map.value = type_(p);
        break;
    case T_STRUCT: t = struct_type(p); break;
    case T_INTERFACE: t = interface_type(p); break;
    case T_IDENT: t = qualified_name(p); break;
    case T_LPAREN:
        next(p);
        t = new_node(p, N_PAREN, at);
        t->u.unary.x = type_(p);
        want(p, T_RPAREN);
        break;
    default: break;
    }
    leave(p);
    return t;
}

static Node *type_(Parser *p)
{
    Node *t = type_or_nil(p);
    if (!t) {
        t = bad(p, pos(p));
        syntax_error(p, "expecting type");
        advance(p, T_COMMA, T_COLON, T_SEMICOLON, T_RPAREN, T_RBRACK, T_RBRACE, T_EOF);
    }
    return t;
}

/* A parameter as parsed before names and types are sorted out. */
typedef struct Param {
    Node *name, *type;
} Param;

/* param_list parses parameters up to `close` (already past the opener) into
 * N_FIELDs, grouping `a, b int` into one field. */
static void param_list(Parser *p, NodeList *out, TokKind close)
{
    Param *ps = NULL;
    int n = 0, cap = 0, named = 0;
    bool bailed = false;
    Mark last_ = {{0, 0, 0}, T_EOF};
    while (p->tok.kind != T_EOF && p->tok.kind != close) {
        if (stuck(p, &last_)) continue;
        Param q = {NULL, NULL};
        SrcPos at = pos(p);
        if (p->tok.kind == T_IDENT) {
            Node *nm = name(p);
            if (p->tok.kind == T_PERIOD || p->tok.kind == T_LBRACK) {
                /* pkg.T or T[args]: a type */
                Node *t = nm;
                if (got(p, T_PERIOD)) {
                    t = new_node(p, N_SELECTOR, nm->pos);
                    t->u.sel.x = nm;
                    t->u.sel.name = name(p);
                }
                if (p->tok.kind == T_LBRACK) {
                    /* name [N]T (a named array param) or T[args] */
                    Node *at2 = type_or_nil(p);
                    if (t == nm && at2) {
                        q.name = nm;
                        q.type = at2;
                    } else {
                        q.type = at2 ? at2 : t;
                    }
                } else {
                    q.type = t;
                }
            } else if (p->tok.kind == T_ELLIPSIS) {
                Node *e = new_node(p, N_ELLIPSIS, pos(p));
                next(p);
                e->u.ellipsis.elem = type_(p);
                q.name = nm;
                q.type = e;
            } else {
                Node *t = type_or_nil(p);
                if (t) {
                    q.name = nm;
                    q.type = t;
                } else {
                    q.name = nm; /* a name or a type; decided below */
                }
            }
        } else if (p->tok.kind == T_ELLIPSIS) {
            Node *e = new_node(p, N_ELLIPSIS, at);
            next(p);
            e->u.ellipsis.elem = type_(p);
            q.type = e;
        } else {
            Node *t = type_or_nil(p);
            if (!t) {
                t = bad(p, at);
                syntax_error(p, "expecting )");
                advance(p, T_COMMA, close, T_EOF);
            }
            q.type = t;
        }
        if (q.name && q.type) named++;
        XPUSH(ps, n, cap, q);
        if (!got(p, T_COMMA) && p->tok.kind != close) {
            syntax_error(p, close == T_RPAREN ? "in parameter list; possibly missing comma or )"
                                              : "in parameter list; possibly missing comma or ]");
            advance(p, T_RPAREN, T_RBRACK, T_RBRACE, T_EOF);
            if (p->tok.kind != close) {
                bailed = true;
                break;
            }
        }
    }
    if (!bailed) want(p, close);

    if (named == 0) {
        for (int i = 0; i < n; i++) {
            Node *t = ps[i].type ? ps[i].type : ps[i].name;
            Node *f = new_node(p, N_FIELD, t->pos);
            f->u.field.type = t;
            push(p, out, f);
        }
    } else {
        /* distribute types right to left */
        Node *typ = NULL;
        SrcPos err = {0, 0, 0};
        for (int i = n - 1; i >= 0; i--) {
            if (ps[i].type) {
                typ = ps[i].type;
                if (!ps[i].name) {
                    err = typ->pos;
                    ps[i].name = make_ident(p, typ->pos, "_");
                }
            } else if (typ) {
                ps[i].type = typ;
            } else {
                err = ps[i].name->pos;
                ps[i].type = bad(p, err);
            }
        }
        if (err.line) syntax_error_at(p, err, "mixed named and unnamed parameters");
        Node *f = NULL;
        for (int i = 0; i < n; i++) {
            if (!f || f->u.field.type != ps[i].type) {
                f = new_node(p, N_FIELD, ps[i].name->pos);
                f->u.field.type = ps[i].type;
                push(p, out, f);
            }
            push(p, &f->u.field.names, ps[i].name);
        }
    }
    free(ps);
}

/* ---- statements ---- */

static Node *simple_stmt(Parser *p, NodeList *lhs0, TokKind keyword);
static Node *stmt_or_nil(Parser *p);

static Node *range_clause(Parser *p, NodeList *lhs, int tok, SrcPos at)
{
    Node *r = new_node(p, N_RANGE_STMT, at);
    r->op_pos = pos(p);
    next(p); /* range */
    r->u.range.tok = tok;
    if (lhs) {
        if (lhs->len > 0) r->u.range.key = lhs->v[0];
        if (lhs->len > 1) r->u.range.value = lhs->v[1];
        if (lhs->len > 2)
            error_at(p, lhs->v[2]->pos, "range clause permits at most two iteration variables");
    }
    r->u.range.x = expr(p);
    return r;
}

static Node *expr_stmt(Parser *p, Node *x)
{
    Node *s = new_node(p, N_EXPR_STMT, x->pos);
    s->u.expr.x = x;
    return s;
}

static Node *simple_stmt(Parser *p, NodeList *lhs0, TokKind keyword)
{
    SrcPos start = pos(p);
    if (keyword == T_FOR && p->tok.kind == T_RANGE) return range_clause(p, NULL, T_ILLEGAL, start);
    NodeList lhs = {0};
    if (lhs0) {
        lhs = *lhs0;
    } else {
        expr_list(p, &lhs);
    }
    start = lhs.v[0]->pos;
    TokKind k = p->tok.kind;
    if (lhs.len == 1 && k != T_ASSIGN && k != T_DEFINE) {
        Node *x = lhs.v[0];
        SrcPos at = pos(p);
        switch (k) {
        case T_ADD_ASSIGN: case T_SUB_ASSIGN: case T_MUL_ASSIGN: case T_QUO_ASSIGN:
        case T_REM_ASSIGN: case T_AND_ASSIGN: case T_OR_ASSIGN: case T_XOR_ASSIGN:
        case T_SHL_ASSIGN: case T_SHR_ASSIGN: case T_AND_NOT_ASSIGN: {
            Node *s = new_node(p, N_ASSIGN_STMT, start);
            s->op_pos = at;
            s->u.assign.op = k;
            next(p);
            s->u.assign.lhs = lhs;
            push(p, &s->u.assign.rhs, expr(p));
            return s;
        }
        case T_INC: case T_DEC: {
            Node *s = new_node(p, N_INCDEC_STMT, start);
            s->op_pos = at;
            s->u.incdec.op = k;
            s->u.incdec.x = x;
            next(p);
            return s;
        }
        case T_ARROW: {
            Node *s = new_node(p, N_SEND_STMT, start);
            s->op_pos = at;
            next(p);
            s->u.send.ch = x;
            s->u.send.value = expr(p);
            return s;
        }
        default:
            return expr_stmt(p, x);
        }
    }
    if (k == T_ASSIGN || k == T_DEFINE) {
        SrcPos at = pos(p);
        next(p);
        if (keyword == T_FOR && p->tok.kind == T_RANGE) {
            Node *r = range_clause(p, &lhs, k, start);
            r->op_pos = at;
            return r;
        }
        Node *s = new_node(p, N_ASSIGN_STMT, start);
        s->op_pos = at;
        s->u.assign.op = k;
        s->u.assign.lhs = lhs;
        expr_list(p, &s->u.assign.rhs);
        return s;
    }
    syntax_error(p, "expecting := or = or comma");
    advance(p, T_SEMICOLON, T_RBRACE, T_EOF);
    return expr_stmt(p, lhs.v[0]);
}

/* header parses the control clause of if/for/switch: init, and the
 * condition (or tag) as a statement in *cond; the caller unpacks it. */
static void header(Parser *p, TokKind keyword, Node **init, Node **cond, Node **post)
{
    *init = *cond = NULL;
    if (post) *post = NULL;
    if (p->tok.kind == T_LBRACE) {
        if (keyword == T_IF) {
            syntax_error(p, "missing condition in if statement");
            *cond = expr_stmt(p, bad(p, pos(p)));
        }
        return;
    }
    int outer = p->xnest;
    p->xnest = -1;
    if (p->tok.kind != T_SEMICOLON) {
        if (got(p, T_VAR)) {
            char msg[80];
            snprintf(msg, sizeof msg, "var declaration not allowed in %s initializer",
                     tok_text[keyword]);
            syntax_error(p, msg);
        }
        *init = simple_stmt(p, NULL, keyword);
        if ((*init)->kind == N_RANGE_STMT) {
            p->xnest = outer;
            return;
        }
    }
    SrcPos semi_pos = {0, 0, 0};
    bool semi_nl = false;
    if (p->tok.kind != T_LBRACE) {
        if (p->tok.kind == T_SEMICOLON) {
            semi_pos = pos(p);
            semi_nl = p->tok.len == 1 && p->tok.start[0] == '\n';
            next(p);
        } else {
            want(p, T_LBRACE);
            if (p->tok.kind != T_LBRACE) advance(p, T_LBRACE, T_RBRACE, T_EOF);
        }
        if (keyword == T_FOR) {
            if (p->tok.kind != T_SEMICOLON) {
                if (p->tok.kind == T_LBRACE) {
                    syntax_error(p, "expecting for loop condition");
                    goto done;
                }
                *cond = simple_stmt(p, NULL, 0);
            }
            want(p, T_SEMICOLON);
            if (p->tok.kind != T_LBRACE) {
                *post = simple_stmt(p, NULL, 0);
                if ((*post)->kind == N_ASSIGN_STMT && (*post)->u.assign.op == T_DEFINE)
                    syntax_error_at(p, (*post)->op_pos, "cannot declare in post statement of for loop");
            }
        } else if (p->tok.kind != T_LBRACE) {
            *cond = simple_stmt(p, NULL, keyword);
        }
    } else {
        *cond = *init;
        *init = NULL;
    }
done:
    if (!*cond && keyword == T_IF && semi_pos.line) {
        if (!semi_nl)
            syntax_error_at(p, semi_pos, "missing condition in if statement");
        else
            error_at(p, semi_pos, "syntax error: unexpected newline, expecting { after if clause");
        *cond = expr_stmt(p, bad(p, semi_pos));
    }
    p->xnest = outer;
}

/* expr_string renders x roughly as Go source, for messages (after syntax.String). */
static void expr_string(Buf *b, const Node *x)
{
    if (b->len > 200) return;
    if (!x) return;
    switch (x->kind) {
    case N_IDENT: buf_puts(b, x->u.ident.name); break;
    case N_BASIC_LIT: buf_add(b, x->u.lit.text, x->u.lit.len); break;
    case N_PAREN: buf_putc(b, '('); expr_string(b, x->u.unary.x); buf_putc(b, ')'); break;
    case N_SELECTOR:
        expr_string(b, x->u.sel.x);
        buf_putc(b, '.');
        expr_string(b, x->u.sel.name);
        break;
    case N_INDEX:
        expr_string(b, x->u.index.x);
        buf_putc(b, '[');
        expr_string(b, x->u.index.index);
        buf_putc(b, ']');
        break;
    case N_CALL:
        expr_string(b, x->u.call.fun);
        buf_putc(b, '(');
        for (int i = 0; i < x->u.call.args.len; i++) {
            if (i) buf_puts(b, ", ");
            expr_string(b, x->u.call.args.v[i]);
        }
        if (x->u.call.ellipsis.line) buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case N_STAR: buf_putc(b, '*'); expr_string(b, x->u.unary.x); break;
    case N_UNARY:
        buf_puts(b, tok_text[x->u.unary.op]);
        expr_string(b, x->u.unary.x);
        break;
    case N_BINARY:
        expr_string(b, x->u.binary.x);
        buf_printf(b, " %s ", tok_text[x->u.binary.op]);
        expr_string(b, x->u.binary.y);
        break;
    case N_TYPE_ASSERT:
        expr_string(b, x->u.assert.x);
        buf_puts(b, ".(");
        if (x->u.assert.type) expr_string(b, x->u.assert.type); else buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case N_COMPOSITE_LIT: expr_string(b, x->u.comp.type); buf_puts(b, "{…}"); break;
    case N_FUNC_LIT: buf_puts(b, "func literal"); break;
    default: buf_puts(b, "…"); break;
    }
}

static void list_string(Buf *b, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i) buf_puts(b, ", ");
        expr_string(b, l->v[i]);
    }
}

/* cond_expr unpacks the condition statement of if/for/switch. */
static Node *cond_expr(Parser *p, Node *s)
{
    if (!s) return NULL;
    if (s->kind == N_EXPR_STMT) return s->u.expr.x;
    Buf b = BUF_INIT;
    buf_puts(&b, "cannot use ");
    SrcPos at = s->op_pos.line ? s->op_pos : s->pos;
    switch (s->kind) {
    case N_ASSIGN_STMT:
        list_string(&b, &s->u.assign.lhs);
        buf_printf(&b, " %s ", tok_text[s->u.assign.op]);
        list_string(&b, &s->u.assign.rhs);
        break;
    case N_INCDEC_STMT:
        expr_string(&b, s->u.incdec.x);
        buf_puts(&b, tok_text[s->u.incdec.op]);
        break;
    case N_SEND_STMT:
        expr_string(&b, s->u.send.ch);
        buf_puts(&b, " <- ");
        expr_string(&b, s->u.send.value);
        break;
    default: buf_puts(&b, "statement"); break;
    }
    buf_puts(&b, " as value");
    syntax_error_at(p, at, buf_str(&b));
    buf_fini(&b);
    return bad(p, s->pos);
}

static Node *if_stmt(Parser *p)
{
    if (!enter_block(p)) return NULL;
    Node *s = new_node(p, N_IF_STMT, pos(p));
    next(p); /* if */
    Node *c;
    header(p, T_IF, &s->u.if_.init, &c, NULL);
    s->u.if_.cond = cond_expr(p, c);
    s->u.if_.then = block_stmt(p, "if clause");
    if (got(p, T_ELSE)) {
        if (p->tok.kind == T_IF) {
            s->u.if_.els = if_stmt(p);
        } else if (p->tok.kind == T_LBRACE) {
            s->u.if_.els = block_stmt(p, "");
        } else {
            syntax_error(p, "else must be followed by if or statement block");
            advance(p, T_IDENT, T_RBRACE, T_EOF);
        }
    }
    leave_block(p);
    return s;
}

static Node *for_stmt(Parser *p)
{
    SrcPos at = pos(p);
    next(p); /* for */
    Node *init, *cond, *post;
    header(p, T_FOR, &init, &cond, &post);
    Node *s;
    if (init && init->kind == N_RANGE_STMT) {
        s = init;
        s->pos = at;
    } else {
        s = new_node(p, N_FOR_STMT, at);
        s->u.for_.init = init;
        s->u.for_.cond = cond_expr(p, cond);
        s->u.for_.post = post;
    }
    Node *body = block_stmt(p, "for clause");
    if (s->kind == N_RANGE_STMT)
        s->u.range.body = body;
    else
        s->u.for_.body = body;
    return s;
}

static bool is_type_switch_guard(Node *x)
{
    return x && x->kind == N_TYPE_ASSERT && x->u.assert.type == NULL;
}

static Node *case_clause(Parser *p, bool comm)
{
    Node *c = new_node(p, comm ? N_COMM_CLAUSE : N_CASE_CLAUSE, pos(p));
    switch (p->tok.kind) {
    case T_CASE:
        next(p);
        if (comm)
            c->u.clause.comm = simple_stmt(p, NULL, 0);
        else
            expr_list(p, &c->u.clause.list);
        break;
    case T_DEFAULT:
        next(p);
        c->u.clause.is_default = true;
        break;
    default:
        syntax_error(p, "expecting case or default or }");
        advance(p, T_COLON, T_CASE, T_DEFAULT, T_RBRACE, T_EOF);
        break;
    }
    c->u.clause.colon = pos(p);
    want(p, T_COLON);
    c->u.clause.body = stmt_list(p);
    return c;
}

static Node *clause_block(Parser *p, const char *what, bool comm)
{
    Node *b = new_node(p, N_BLOCK, pos(p));
    if (!got(p, T_LBRACE)) {
        char msg[64];
        snprintf(msg, sizeof msg, "missing { after %s clause", what);
        syntax_error(p, msg);
        advance(p, T_CASE, T_DEFAULT, T_RBRACE, T_EOF);
    }
    Mark last_ = {{0, 0, 0}, T_EOF};
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE) {
        if (stuck(p, &last_)) continue;
        push(p, &b->u.block.stmts, case_clause(p, comm));
    }
    b->u.block.rbrace = pos(p);
    want(p, T_RBRACE);
    return b;
}

static Node *switch_stmt(Parser *p)
{
    SrcPos at = pos(p);
    next(p); /* switch */
    Node *init, *tag;
    header(p, T_SWITCH, &init, &tag, NULL);
    Node *s = new_node(p, N_SWITCH_STMT, at);
    s->u.sw.init = init;
    if (tag) {
        if (tag->kind == N_EXPR_STMT && is_type_switch_guard(tag->u.expr.x)) {
            s->kind = N_TYPE_SWITCH_STMT;
            s->u.sw.assign = tag;
        } else if (tag->kind == N_ASSIGN_STMT && tag->u.assign.op == T_DEFINE &&
                   tag->u.assign.rhs.len == 1 && is_type_switch_guard(tag->u.assign.rhs.v[0])) {
            if (tag->u.assign.lhs.len != 1 || tag->u.assign.lhs.v[0]->kind != N_IDENT)
                syntax_error_at(p, tag->pos, "invalid variable name in type switch");
            s->kind = N_TYPE_SWITCH_STMT;
            s->u.sw.assign = tag;
        } else {
            s->u.sw.tag = cond_expr(p, tag);
        }
    }
    s->u.sw.body = clause_block(p, "switch", false);
    return s;
}

static Node *select_stmt(Parser *p)
{
    Node *s = new_node(p, N_SELECT_STMT, pos(p));
    next(p); /* select */
    s->u.sw.body = clause_block(p, "select", true);
    return s;
}

static Node *call_stmt(Parser *p)
{
    TokKind k = p->tok.kind;
    Node *s = new_node(p, k == T_GO ? N_GO_STMT : N_DEFER_STMT, pos(p));
    next(p);
    Node *x = unary_expr(p);
    Node *t = unparen(x);
    if (t != x) {
        error_at(p, x->pos, "expression in %s must not be parenthesized", tok_text[k]);
        x = t;
    }
    if (x->kind != N_CALL) {
        if (x->kind != N_BAD)
            error_at(p, x->pos, "expression in %s must be function call", tok_text[k]);
        Node *c = new_node(p, N_CALL, x->pos);
        c->u.call.fun = x;
        x = c;
    }
    s->u.go_.call = x;
    return s;
}

static Node *decl_stmt(Parser *p);

static Node *labeled_stmt(Parser *p, Node *label)
{
    Node *s = new_node(p, N_LABELED_STMT, label->pos);
    SrcPos colon = pos(p);
    s->u.labeled.label = label;
    next(p); /* ':' */
    if (p->tok.kind == T_RBRACE) {
        s->u.labeled.stmt = new_node(p, N_EMPTY_STMT, pos(p));
        return s;
    }
    s->u.labeled.stmt = stmt_or_nil(p);
    if (s->u.labeled.stmt) return s;
    syntax_error_at(p, colon, "missing statement after label");
    return NULL;
}

static Node *stmt_or_nil(Parser *p)
{
    SrcPos at = pos(p);
    switch (p->tok.kind) {
    case T_IDENT: {
        NodeList lhs = {0};
        expr_list(p, &lhs);
        if (lhs.len == 1 && lhs.v[0]->kind == N_IDENT && p->tok.kind == T_COLON)
            return labeled_stmt(p, lhs.v[0]);
        return simple_stmt(p, &lhs, 0);
    }
    case T_VAR: case T_CONST: case T_TYPE: return decl_stmt(p);
    case T_LBRACE: return block_stmt(p, "");
    case T_ADD: case T_SUB: case T_MUL: case T_AND: case T_XOR: case T_NOT:
    case T_INT: case T_FLOAT: case T_IMAG: case T_CHAR: case T_STRING: case T_FUNC:
    case T_LPAREN: case T_LBRACK: case T_STRUCT: case T_MAP: case T_CHAN: case T_INTERFACE:
    case T_ARROW:
        return simple_stmt(p, NULL, 0);
    case T_FOR: return for_stmt(p);
    case T_SWITCH: return switch_stmt(p);
    case T_SELECT: return select_stmt(p);
    case T_IF: return if_stmt(p);
    case T_FALLTHROUGH: case T_BREAK: case T_CONTINUE: case T_GOTO: {
        Node *s = new_node(p, N_BRANCH_STMT, at);
        TokKind k = p->tok.kind;
        s->u.branch.op = k;
        next(p);
        if (k == T_GOTO)
            s->u.branch.label = name(p);
        else if (k != T_FALLTHROUGH && p->tok.kind == T_IDENT)
            s->u.branch.label = name(p);
        return s;
    }
    case T_GO: case T_DEFER: return call_stmt(p);
    case T_RETURN: {
        Node *s = new_node(p, N_RETURN_STMT, at);
        next(p);
        if (p->tok.kind != T_SEMICOLON && p->tok.kind != T_RBRACE)
            expr_list(p, &s->u.ret.results);
        return s;
    }
    case T_SEMICOLON: return new_node(p, N_EMPTY_STMT, at);
    default: return NULL;
    }
}

static NodeList stmt_list(Parser *p)
{
    NodeList l = {0};
    Mark last_ = {{0, 0, 0}, T_EOF};
    while (p->tok.kind != T_EOF && p->tok.kind != T_RBRACE && p->tok.kind != T_CASE &&
           p->tok.kind != T_DEFAULT) {
        if (stuck(p, &last_)) continue;
        Node *s = stmt_or_nil(p);
        if (!s) break;
        push(p, &l, s);
        if (!got(p, T_SEMICOLON) && p->tok.kind != T_RBRACE) {
            syntax_error(p, "at end of statement");
            advance(p, T_SEMICOLON, T_RBRACE, T_CASE, T_DEFAULT, T_EOF);
            got(p, T_SEMICOLON);
        }
    }
    /* drop the empty statements the lexer's semicolons produce */
    int j = 0;
    for (int i = 0; i < l.len; i++)
        if (l.v[i]->kind != N_EMPTY_STMT) l.v[j++] = l.v[i];
    l.len = j;
    return l;
}

static Node *block_stmt(Parser *p, const char *context)
{
    Node *b = new_node(p, N_BLOCK, pos(p));
    if (!enter_block(p)) return b;
    if (!got(p, T_LBRACE)) {
        char msg[64];
        snprintf(msg, sizeof msg, "expecting { after %s", context);
        syntax_error(p, msg);
        advance(p, T_IDENT, T_RBRACE, T_EOF);
        b->u.block.rbrace = pos(p);
        if (got(p, T_RBRACE)) {
            leave_block(p);
            return b;
        }
    }
    b->u.block.stmts = stmt_list(p);
    b->u.block.rbrace = pos(p);
    want(p, T_RBRACE);
    leave_block(p);
    return b;
}

/* ---- declarations ---- */

typedef Node *(*SpecFn)(Parser *p, int index, Node *group);

static Node *import_spec(Parser *p, int index, Node *group)
{
    Node *s = new_node(p, N_IMPORT_SPEC, pos(p));
    if (p->tok.kind == T_IDENT) {
        s->u.import.name = name(p);
    } else if (p->tok.kind == T_PERIOD) {
        s->u.import.name = make_ident(p, pos(p), ".");
        next(p);
    }
    if (p->tok.kind == T_STRING || p->tok.kind == T_INT || p->tok.kind == T_FLOAT ||
        p->tok.kind == T_IMAG || p->tok.kind == T_CHAR) {
        Node *l = new_node(p, N_BASIC_LIT, pos(p));
        l->u.lit.kind = p->tok.kind;
        l->u.lit.text = p->tok.start;
        l->u.lit.len = p->tok.len;
        if (p->tok.kind != T_STRING) syntax_error(p, "import path must be a string");
        next(p);
        s->u.import.path = l;
    } else {
        syntax_error(p, "missing import path");
        advance(p, T_SEMICOLON, T_RPAREN, T_EOF);
        s->u.import.path = bad(p, pos(p));
    }
    return s;
}

static bool got_assign(Parser *p)
{
    if (p->tok.kind == T_DEFINE) {
        syntax_error(p, "expecting =");
        next(p);
        return true;
    }
    return got(p, T_ASSIGN);
}

static void name_list(Parser *p, NodeList *out)
{
    push(p, out, name(p));
    while (got(p, T_COMMA)) push(p, out, name(p));
}

static Node *const_spec(Parser *p, int index, Node *group)
{
    Node *s = new_node(p, N_VALUE_SPEC, pos(p));
    s->u.value.iota = index;
    name_list(p, &s->u.value.names);
    if (p->tok.kind != T_EOF && p->tok.kind != T_SEMICOLON && p->tok.kind != T_RPAREN) {
        s->u.value.type = type_or_nil(p);
        if (got_assign(p)) expr_list(p, &s->u.value.values);
    }
    return s;
}

static Node *var_spec(Parser *p, int index, Node *group)
{
    Node *s = new_node(p, N_VALUE_SPEC, pos(p));
    name_list(p, &s->u.value.names);
    if (got_assign(p)) {
        expr_list(p, &s->u.value.values);
    } else {
        s->u.value.type = type_(p);
        if (got_assign(p)) expr_list(p, &s->u.value.values);
    }
    return s;
}

/* peek2 returns the kinds of the next two tokens after the current one,
 * without reporting lexical errors twice. */
static void peek2(Parser *p, TokKind *a, TokKind *b)
{
    Lexer copy = p->lx;
    DiagList scratch;
    diag_init(&scratch, NULL);
    copy.diags = &scratch;
    *a = lex_next(&copy).kind;
    *b = lex_next(&copy).kind;
    diag_fini(&scratch);
}

static Node *tparam_list(Parser *p)
{
    Node *ft = new_node(p, N_FUNC_TYPE, pos(p));
    next(p); /* '[' */
    if (p->tok.kind == T_RBRACK) {
        syntax_error(p, "empty type parameter list");
        next(p);
        return ft;
    }
    param_list(p, &ft->u.functype.params, T_RBRACK);
    return ft;
}

static Node *type_spec(Parser *p, int index, Node *group)
{
    Node *s = new_node(p, N_TYPE_SPEC, pos(p));
    s->u.typespec.name = name(p);
    if (p->tok.kind == T_LBRACK) {
        TokKind a, b;
        peek2(p, &a, &b);
        if (a == T_IDENT && (b == T_IDENT || b == T_COMMA || b == T_INTERFACE || b == T_TILDE ||
                             b == T_LBRACK || b == T_CHAN || b == T_MAP || b == T_FUNC ||
                             b == T_STRUCT || b == T_MUL))
            s->u.typespec.tparams = tparam_list(p);
    }
    if (got(p, T_ASSIGN)) s->u.typespec.alias = true;
    s->u.typespec.type = type_or_nil(p);
    if (!s->u.typespec.type) {
        s->u.typespec.type = bad(p, pos(p));
        syntax_error(p, "in type declaration");
        advance(p, T_SEMICOLON, T_RPAREN, T_EOF);
    }
    return s;
}

/* gen_decl parses `kw spec` or `kw ( spec; ... )`; the keyword is current. */
static Node *gen_decl(Parser *p, SpecFn f)
{
    Node *d = new_node(p, N_GEN_DECL, pos(p));
    d->u.gen.tok = p->tok.kind;
    next(p);
    if (p->tok.kind == T_LPAREN) {
        next(p);
        int i = 0;
        Mark last_ = {{0, 0, 0}, T_EOF};
        while (p->tok.kind != T_EOF && p->tok.kind != T_RPAREN) {
            if (stuck(p, &last_)) continue;
            push(p, &d->u.gen.specs, f(p, i++, d));
            if (!got(p, T_SEMICOLON) && p->tok.kind != T_RPAREN) {
                syntax_error(p, "in grouped declaration; possibly missing semicolon or newline or )");
                advance(p, T_RPAREN, T_RBRACK, T_RBRACE, T_EOF);
                if (p->tok.kind != T_RPAREN) return d;
            }
        }
        want(p, T_RPAREN);
    } else {
        push(p, &d->u.gen.specs, f(p, 0, NULL));
    }
    return d;
}

static Node *decl_stmt(Parser *p)
{
    Node *s = new_node(p, N_DECL_STMT, pos(p));
    SpecFn f = p->tok.kind == T_VAR ? var_spec : p->tok.kind == T_CONST ? const_spec : type_spec;
    s->u.decl.decl = gen_decl(p, f);
    return s;
}

static Node *func_decl(Parser *p)
{
    Node *d = new_node(p, N_FUNC_DECL, pos(p));
    next(p); /* func */
    int nrecv = 0;
    bool has_recv = p->tok.kind == T_LPAREN;
    if (has_recv) {
        SrcPos rp = pos(p);
        next(p);
        NodeList rl = {0};
        param_list(p, &rl, T_RPAREN);
        for (int i = 0; i < rl.len; i++)
            nrecv += rl.v[i]->u.field.names.len ? rl.v[i]->u.field.names.len : 1;
        if (rl.len) d->u.funcdecl.recv = rl.v[0];
        (void)rp;
    }
    /* Go's type checker reports these at the method name */
    if (nrecv == 0 && has_recv && p->tok.kind == T_IDENT)
        error_at(p, pos(p), "method has no receiver");
    else if (nrecv > 1 && p->tok.kind == T_IDENT)
        error_at(p, pos(p), "method has multiple receivers");
    if (p->tok.kind != T_IDENT) {
        syntax_error(p, "expecting name or (");
        advance(p, T_LBRACE, T_SEMICOLON, T_EOF);
        d->u.funcdecl.name = make_ident(p, pos(p), "_");
        d->u.funcdecl.type = new_node(p, N_FUNC_TYPE, d->pos);
        if (p->tok.kind == T_LBRACE) d->u.funcdecl.body = func_body(p);
        return d;
    }
    d->u.funcdecl.name = name(p);
    if (p->tok.kind == T_LBRACK) d->u.funcdecl.tparams = tparam_list(p);
    d->u.funcdecl.type = func_type(p, d->pos);
    if (p->tok.kind == T_LBRACE) d->u.funcdecl.body = func_body(p);
    return d;
}

Node *parse_file(const char *src, size_t len, uint16_t file, Arena *arena, Interner *in,
                 DiagList *diags)
{
    Parser p;
    memset(&p, 0, sizeof p);
    p.a = arena;
    p.in = in;
    p.diags = diags;
    p.diags0 = diags->len;
    lex_init(&p.lx, src, len, file, diags);
    next(&p);
    Node *f = new_node(&p, N_FILE, p.tok.pos);
    if (!got(&p, T_PACKAGE)) {
        syntax_error(&p, "package statement must be first");
        f->u.file.package = make_ident(&p, p.tok.pos, "_");
        return f;
    }
    f->u.file.package = name(&p);
    want(&p, T_SEMICOLON);

    /* Go 1.19 accepts imports only before other declarations; a later one
     * is a "non-declaration statement" */
    while (p.tok.kind == T_IMPORT) {
        Node *d = gen_decl(&p, import_spec);
        for (int i = 0; i < d->u.gen.specs.len; i++)
            push(&p, &f->u.file.imports, d->u.gen.specs.v[i]);
        push(&p, &f->u.file.decls, d);
        if (p.tok.kind != T_EOF && !got(&p, T_SEMICOLON)) {
            syntax_error(&p, "after top level declaration");
            advance(&p, T_CONST, T_TYPE, T_VAR, T_FUNC, T_EOF);
        }
    }
    Mark last = {{0, 0, 0}, T_EOF};
    while (p.tok.kind != T_EOF) {
        Node *d = NULL;
        if (stuck(&p, &last)) continue;
        switch (p.tok.kind) {
        case T_CONST: d = gen_decl(&p, const_spec); break;
        case T_TYPE: d = gen_decl(&p, type_spec); break;
        case T_VAR: d = gen_decl(&p, var_spec); break;
        case T_FUNC: d = func_decl(&p); break;
        default: {
            int nd = f->u.file.decls.len;
            Node *last = nd ? f->u.file.decls.v[nd - 1] : NULL;
            if (p.tok.kind == T_LBRACE && last && last->kind == N_FUNC_DECL && !last->u.funcdecl.body)
                syntax_error(&p, "unexpected semicolon or newline before {");
            else
                syntax_error(&p, "non-declaration statement outside function body");
            advance(&p, T_CONST, T_TYPE, T_VAR, T_FUNC, T_EOF);
            continue;
        }
        }
        push(&p, &f->u.file.decls, d);
        if (p.tok.kind != T_EOF && !got(&p, T_SEMICOLON)) {
            syntax_error(&p, "after top level declaration");
            advance(&p, T_CONST, T_TYPE, T_VAR, T_FUNC, T_EOF);
        }
    }
    return f;
}
