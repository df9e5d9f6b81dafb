/* lang/ast.h: the syntax tree of a Go source file, as the parser builds it.
 *
 * Modelled on go/ast, folded into one Node struct with a union per kind.
 * Every node lives in the parse's Arena; identifiers are interned (compare
 * names by pointer). `pos` is where the node starts; nodes whose errors Go
 * reports at their operator also carry `op_pos` (binary expressions, assignments,
 * inc/dec, send). The checker/compiler never mutates the tree except the
 * `aux` field it may use as a cache. */
#ifndef GOROLAB_LANG_AST_H
#define GOROLAB_LANG_AST_H

#include <stdbool.h>
#include <stddef.h>
#include "base/arena.h"
#include "base/srcpos.h"
#include "lang/lex.h"

typedef struct Node Node;

typedef struct NodeList {
    Node **v;
    int    len, cap;
} NodeList;

typedef enum NodeKind {
    /* expressions */
    N_BAD,             /* a syntax error already reported here */
    N_IDENT,           /* ident.name (interned; "_" for the blank identifier) */
    N_BASIC_LIT,       /* lit: kind T_INT/T_FLOAT/T_IMAG/T_CHAR/T_STRING, raw text */
    N_COMPOSITE_LIT,   /* comp: type (NULL when elided inside an outer literal), elts, rbrace */
    N_FUNC_LIT,        /* func: type (N_FUNC_TYPE), body (N_BLOCK) */
    N_PAREN,           /* unary.x */
    N_SELECTOR,        /* sel: x, name (N_IDENT) */
    N_INDEX,           /* index: x, index; `x[a, b]` (generics) is reported by the parser */
    N_SLICE_EXPR,      /* slice: x, lo, hi, max (each may be NULL), three (x[a:b:c]) */
    N_TYPE_ASSERT,     /* assert: x, type (NULL for x.(type)) */
    N_CALL,            /* call: fun, args, ellipsis (pos of `...` or line 0), rparen */
    N_STAR,            /* unary.x: *x, a dereference or a pointer type */
    N_UNARY,           /* unary: op (T_ADD T_SUB T_NOT T_XOR T_AND T_ARROW), x */
    N_BINARY,          /* binary: op, x, y; op_pos */
    N_KEY_VALUE,       /* kv: key, value (inside composite literals) */
    /* type expressions */
    N_ARRAY_TYPE,      /* array: len (NULL for a slice type, an N_ELLIPSIS for [...]T), elem */
    N_STRUCT_TYPE,     /* fields: list of N_FIELD */
    N_FUNC_TYPE,       /* functype: params, results (lists of N_FIELD) */
    N_INTERFACE_TYPE,  /* fields: N_FIELD with one name and an N_FUNC_TYPE type (a method),
                          or with no names (an embedded interface) */
    N_MAP_TYPE,        /* map: key, value */
    N_CHAN_TYPE,       /* chan: dir (CHAN_BOTH/CHAN_SEND/CHAN_RECV), elem */
    N_ELLIPSIS,        /* ellipsis.elem: `...T` as the last parameter type; elem NULL in [...]T */
    /* statements */
    N_DECL_STMT,       /* decl.decl: an N_GEN_DECL */
    N_EMPTY_STMT,
    N_LABELED_STMT,    /* labeled: label (N_IDENT), stmt */
    N_EXPR_STMT,       /* expr.x */
    N_SEND_STMT,       /* send: ch, value; op_pos at `<-` */
    N_INCDEC_STMT,     /* incdec: x, op (T_INC/T_DEC); op_pos */
    N_ASSIGN_STMT,     /* assign: lhs, op (T_ASSIGN, T_DEFINE, T_ADD_ASSIGN, ...), rhs; op_pos */
    N_GO_STMT,         /* go_.call (an N_CALL) */
    N_DEFER_STMT,      /* go_.call (an N_CALL) */
    N_RETURN_STMT,     /* ret.results */
    N_BRANCH_STMT,     /* branch: op (T_BREAK T_CONTINUE T_GOTO T_FALLTHROUGH), label (N_IDENT or NULL) */
    N_BLOCK,           /* block: stmts, rbrace */
    N_IF_STMT,         /* if_: init, cond, then (N_BLOCK), els (N_IF_STMT, N_BLOCK or NULL) */
    N_CASE_CLAUSE,     /* clause: list (empty with is_default for `default:`), body, colon */
    N_SWITCH_STMT,     /* sw: init, tag (may be NULL), body (N_BLOCK of N_CASE_CLAUSE) */
    N_TYPE_SWITCH_STMT,/* sw: init, assign (N_ASSIGN_STMT `v := x.(type)` or N_EXPR_STMT `x.(type)`), body */
    N_COMM_CLAUSE,     /* clause: comm (N_SEND_STMT, N_EXPR_STMT of <-ch, N_ASSIGN_STMT of
                          v[, ok] = / := <-ch, or NULL for default), body, is_default */
    N_SELECT_STMT,     /* sw.body (N_BLOCK of N_COMM_CLAUSE) */
    N_FOR_STMT,        /* for_: init, cond, post (each may be NULL), body */
    N_RANGE_STMT,      /* range: key, value (may be NULL), tok (T_DEFINE, T_ASSIGN, or T_ILLEGAL
                          for `for range x`), x, body */
    /* declarations */
    N_IMPORT_SPEC,     /* import: name (N_IDENT or NULL), path (N_BASIC_LIT) */
    N_VALUE_SPEC,      /* value: names (N_IDENT list), type (may be NULL), values (may be empty),
                          iota (index in its const group) */
    N_TYPE_SPEC,       /* typespec: name, type, alias (`type A = B`), tparams (non-NULL: generic,
                          reported as outside the subset; an N_FUNC_TYPE whose params are the
                          type parameters as N_FIELDs) */
    N_GEN_DECL,        /* gen: tok (T_IMPORT T_CONST T_TYPE T_VAR), specs */
    N_FUNC_DECL,       /* funcdecl: recv (N_FIELD or NULL), name, type (N_FUNC_TYPE), body (NULL
                          for a declaration without body), tparams (as in N_TYPE_SPEC) */
    N_FIELD,           /* field: names (N_IDENT list, empty when anonymous/embedded), type, tag */
    N_FILE,            /* file: package (N_IDENT), imports (N_IMPORT_SPEC list, also in decls),
                          decls (N_GEN_DECL and N_FUNC_DECL) */
    N_KIND_COUNT
} NodeKind;

enum { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 };

struct Node {
    NodeKind kind;
    SrcPos   pos;      /* start of the node */
    SrcPos   op_pos;   /* operator, where Go reports the node's errors (see above) */
    void    *aux;      /* free for the checker/compiler; NULL from the parser */
    union {
        /* assigned: set by the compiler's dry run on a variable's declaring
         * identifier when the variable is assigned after its declaration or
         * its address is taken (a closure may capture it by value otherwise) */
        struct { const char *name; bool assigned; } ident;
        struct { TokKind kind; const char *text; size_t len; } lit;  /* raw source text */
        struct { Node *type; NodeList elts; SrcPos rbrace; } comp;
        struct { Node *type; Node *body; } func;
        struct { int op; Node *x; } unary;
        struct { int op; Node *x, *y; } binary;
        struct { Node *x; Node *name; } sel;
        struct { Node *x, *index; } index;
        struct { Node *x, *lo, *hi, *max; bool three; } slice;
        struct { Node *x, *type; } assert;
        struct { Node *fun; NodeList args; SrcPos ellipsis; SrcPos rparen; } call;
        struct { Node *key, *value; } kv;
        struct { Node *len, *elem; } array;
        struct { NodeList list; } fields;
        struct { NodeList params, results; } functype;
        struct { Node *key, *value; } map;
        struct { int dir; Node *elem; } chan;
        struct { Node *elem; } ellipsis;
        struct { Node *decl; } decl;
        struct { Node *label, *stmt; } labeled;
        struct { Node *x; } expr;
        struct { Node *ch, *value; } send;
        struct { Node *x; int op; } incdec;
        struct { NodeList lhs; int op; NodeList rhs; } assign;
        struct { Node *call; } go_;
        struct { NodeList results; } ret;
        struct { int op; Node *label; } branch;
        struct { NodeList stmts; SrcPos rbrace; } block;
        struct { Node *init, *cond, *then, *els; } if_;
        struct { NodeList list; NodeList body; Node *comm; bool is_default; SrcPos colon; } clause;
        struct { Node *init, *tag, *assign, *body; } sw;
        struct { Node *init, *cond, *post, *body; } for_;
        struct { Node *key, *value; int tok; Node *x, *body; } range;
        struct { Node *name, *path; } import;
        struct { NodeList names; Node *type; NodeList values; int iota; } value;
        struct { Node *name, *type; bool alias; Node *tparams; } typespec;
        struct { int tok; NodeList specs; } gen;
        struct { Node *recv, *name, *type, *body, *tparams; } funcdecl;
        struct { NodeList names; Node *type; Node *tag; } field;
        struct { Node *package; NodeList imports, decls; } file;
    } u;
};

/* ast_new returns a zeroed node of kind k at pos, allocated in a. */
Node *ast_new(Arena *a, NodeKind k, SrcPos pos);
/* ast_push appends n to l, growing its array in a. */
void ast_push(Arena *a, NodeList *l, Node *n);
/* ast_walk calls fn on n and then on its expression and statement children
 * (not on type expressions' parts), depth first. */
void ast_walk(Node *n, void (*fn)(Node *, void *), void *ctx);
/* ast_kind_name names a kind for debugging and tests ("N_CALL"). */
const char *ast_kind_name(NodeKind k);
/* ast_dump appends an S-expression rendering of n to b (for parser tests). */
struct Buf;
void ast_dump(struct Buf *b, const Node *n);

#endif
