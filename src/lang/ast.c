/* lang/ast.c: node allocation and an S-expression dump of the tree (ast.h).
 *
 * The dump is compact and stable, for parser tests: `(call (sel fmt Println)
 * "hi")`. Identifiers print bare, literals print their raw source text, lists
 * print as their elements in a `[...]` group where a node has several lists. */
#include "lang/ast.h"

#include <string.h>

#include "base/buf.h"
#include "base/stack.h"

Node *ast_new(Arena *a, NodeKind k, SrcPos pos)
{
    Node *n = arena_alloc(a, sizeof *n);
    n->kind = k;
    n->pos = pos;
    return n;
}

void ast_push(Arena *a, NodeList *l, Node *n)
{
    if (l->len >= l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        Node **v = arena_alloc(a, (size_t)cap * sizeof *v);
        if (l->len) memcpy(v, l->v, (size_t)l->len * sizeof *v);
        l->v = v;
        l->cap = cap;
    }
    l->v[l->len++] = n;
}

static const char *const kind_names[N_KIND_COUNT] = {
    "N_BAD", "N_IDENT", "N_BASIC_LIT", "N_COMPOSITE_LIT", "N_FUNC_LIT", "N_PAREN",
    "N_SELECTOR", "N_INDEX", "N_SLICE_EXPR", "N_TYPE_ASSERT", "N_CALL", "N_STAR", "N_UNARY",
    "N_BINARY", "N_KEY_VALUE", "N_ARRAY_TYPE", "N_STRUCT_TYPE", "N_FUNC_TYPE",
    "N_INTERFACE_TYPE", "N_MAP_TYPE", "N_CHAN_TYPE", "N_ELLIPSIS", "N_DECL_STMT",
    "N_EMPTY_STMT", "N_LABELED_STMT", "N_EXPR_STMT", "N_SEND_STMT", "N_INCDEC_STMT",
    "N_ASSIGN_STMT", "N_GO_STMT", "N_DEFER_STMT", "N_RETURN_STMT", "N_BRANCH_STMT", "N_BLOCK",
    "N_IF_STMT", "N_CASE_CLAUSE", "N_SWITCH_STMT", "N_TYPE_SWITCH_STMT", "N_COMM_CLAUSE",
    "N_SELECT_STMT", "N_FOR_STMT", "N_RANGE_STMT", "N_IMPORT_SPEC", "N_VALUE_SPEC",
    "N_TYPE_SPEC", "N_GEN_DECL", "N_FUNC_DECL", "N_FIELD", "N_FILE",
};

const char *ast_kind_name(NodeKind k)
{
    return (unsigned)k < N_KIND_COUNT ? kind_names[k] : "N_?";
}

static void dump(Buf *b, const Node *n);

static void dump_list(Buf *b, const NodeList *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i) buf_putc(b, ' ');
        dump(b, l->v[i]);
    }
}

/* sp_node appends " x" (or " _" for NULL, so positions in the form stay fixed). */
static void sp_node(Buf *b, const Node *n)
{
    buf_putc(b, ' ');
    dump(b, n);
}

static void sp_list(Buf *b, const NodeList *l)
{
    buf_puts(b, " [");
    dump_list(b, l);
    buf_putc(b, ']');
}

static const char *tok_name(int t)
{
    return t >= 0 && t < T_COUNT ? tok_text[t] : "?";
}

static void dump(Buf *b, const Node *n)
{
    if (!n) {
        buf_putc(b, '_');
        return;
    }
    switch (n->kind) {
    case N_BAD: buf_puts(b, "(bad)"); return;
    case N_IDENT: buf_puts(b, n->u.ident.name); return;
    case N_BASIC_LIT: buf_add(b, n->u.lit.text, n->u.lit.len); return;
    default: break;
    }
    buf_putc(b, '(');
    switch (n->kind) {
    case N_COMPOSITE_LIT:
        buf_puts(b, "complit");
        sp_node(b, n->u.comp.type);
        if (n->u.comp.elts.len) buf_putc(b, ' ');
        dump_list(b, &n->u.comp.elts);
        break;
    case N_FUNC_LIT:
        buf_puts(b, "funclit");
        sp_node(b, n->u.func.type);
        sp_node(b, n->u.func.body);
        break;
    case N_PAREN: buf_puts(b, "paren"); sp_node(b, n->u.unary.x); break;
    case N_SELECTOR:
        buf_puts(b, "sel");
        sp_node(b, n->u.sel.x);
        sp_node(b, n->u.sel.name);
        break;
    case N_INDEX:
        buf_puts(b, "index");
        sp_node(b, n->u.index.x);
        sp_node(b, n->u.index.index);
        break;
    case N_SLICE_EXPR:
        buf_puts(b, n->u.slice.three ? "slice3" : "slice");
        sp_node(b, n->u.slice.x);
        sp_node(b, n->u.slice.lo);
        sp_node(b, n->u.slice.hi);
        if (n->u.slice.three) sp_node(b, n->u.slice.max);
        break;
    case N_TYPE_ASSERT:
        buf_puts(b, "assert");
        sp_node(b, n->u.assert.x);
        if (n->u.assert.type)
            sp_node(b, n->u.assert.type);
        else
            buf_puts(b, " type");
        break;
    case N_CALL:
        buf_puts(b, "call");
        sp_node(b, n->u.call.fun);
        if (n->u.call.args.len) buf_putc(b, ' ');
        dump_list(b, &n->u.call.args);
        if (n->u.call.ellipsis.line) buf_puts(b, " ...");
        break;
    case N_STAR: buf_puts(b, "star"); sp_node(b, n->u.unary.x); break;
    case N_UNARY:
        buf_puts(b, tok_name(n->u.unary.op));
        sp_node(b, n->u.unary.x);
        break;
    case N_BINARY:
        buf_puts(b, tok_name(n->u.binary.op));
        sp_node(b, n->u.binary.x);
        sp_node(b, n->u.binary.y);
        break;
    case N_KEY_VALUE:
        buf_puts(b, "kv");
        sp_node(b, n->u.kv.key);
        sp_node(b, n->u.kv.value);
        break;
    case N_ARRAY_TYPE:
        if (n->u.array.len) {
            buf_puts(b, "array");
            sp_node(b, n->u.array.len);
        } else {
            buf_puts(b, "slicetype");
        }
        sp_node(b, n->u.array.elem);
        break;
    case N_STRUCT_TYPE:
        buf_puts(b, "struct");
        if (n->u.fields.list.len) buf_putc(b, ' ');
        dump_list(b, &n->u.fields.list);
        break;
    case N_FUNC_TYPE:
        buf_puts(b, "functype");
        sp_list(b, &n->u.functype.params);
        sp_list(b, &n->u.functype.results);
        break;
    case N_INTERFACE_TYPE:
        buf_puts(b, "interface");
        if (n->u.fields.list.len) buf_putc(b, ' ');
        dump_list(b, &n->u.fields.list);
        break;
    case N_MAP_TYPE:
        buf_puts(b, "map");
        sp_node(b, n->u.map.key);
        sp_node(b, n->u.map.value);
        break;
    case N_CHAN_TYPE:
        buf_puts(b, n->u.chan.dir == CHAN_SEND ? "chan<-" : n->u.chan.dir == CHAN_RECV ? "<-chan"
                                                                                       : "chan");
        sp_node(b, n->u.chan.elem);
        break;
    case N_ELLIPSIS:
        buf_puts(b, "...");
        if (n->u.ellipsis.elem) sp_node(b, n->u.ellipsis.elem);
        break;
    case N_DECL_STMT: buf_puts(b, "declstmt"); sp_node(b, n->u.decl.decl); break;
    case N_EMPTY_STMT: buf_puts(b, "empty"); break;
    case N_LABELED_STMT:
        buf_puts(b, "label");
        sp_node(b, n->u.labeled.label);
        sp_node(b, n->u.labeled.stmt);
        break;
    case N_EXPR_STMT: buf_puts(b, "expr"); sp_node(b, n->u.expr.x); break;
    case N_SEND_STMT:
        buf_puts(b, "send");
        sp_node(b, n->u.send.ch);
        sp_node(b, n->u.send.value);
        break;
    case N_INCDEC_STMT:
        buf_puts(b, tok_name(n->u.incdec.op));
        sp_node(b, n->u.incdec.x);
        break;
    case N_ASSIGN_STMT:
        buf_puts(b, tok_name(n->u.assign.op));
        sp_list(b, &n->u.assign.lhs);
        sp_list(b, &n->u.assign.rhs);
        break;
    case N_GO_STMT: buf_puts(b, "go"); sp_node(b, n->u.go_.call); break;
    case N_DEFER_STMT: buf_puts(b, "defer"); sp_node(b, n->u.go_.call); break;
    case N_RETURN_STMT:
        buf_puts(b, "return");
        if (n->u.ret.results.len) buf_putc(b, ' ');
        dump_list(b, &n->u.ret.results);
        break;
    case N_BRANCH_STMT:
        buf_puts(b, tok_name(n->u.branch.op));
        if (n->u.branch.label) sp_node(b, n->u.branch.label);
        break;
    case N_BLOCK:
        buf_puts(b, "block");
        if (n->u.block.stmts.len) buf_putc(b, ' ');
        dump_list(b, &n->u.block.stmts);
        break;
    case N_IF_STMT:
        buf_puts(b, "if");
        sp_node(b, n->u.if_.init);
        sp_node(b, n->u.if_.cond);
        sp_node(b, n->u.if_.then);
        if (n->u.if_.els) sp_node(b, n->u.if_.els);
        break;
    case N_CASE_CLAUSE:
        if (n->u.clause.is_default) {
            buf_puts(b, "default");
        } else {
            buf_puts(b, "case");
            sp_list(b, &n->u.clause.list);
        }
        if (n->u.clause.body.len) buf_putc(b, ' ');
        dump_list(b, &n->u.clause.body);
        break;
    case N_SWITCH_STMT:
        buf_puts(b, "switch");
        sp_node(b, n->u.sw.init);
        sp_node(b, n->u.sw.tag);
        sp_node(b, n->u.sw.body);
        break;
    case N_TYPE_SWITCH_STMT:
        buf_puts(b, "typeswitch");
        sp_node(b, n->u.sw.init);
        sp_node(b, n->u.sw.assign);
        sp_node(b, n->u.sw.body);
        break;
    case N_COMM_CLAUSE:
        if (n->u.clause.is_default) {
            buf_puts(b, "default");
        } else {
            buf_puts(b, "comm");
            sp_node(b, n->u.clause.comm);
        }
        if (n->u.clause.body.len) buf_putc(b, ' ');
        dump_list(b, &n->u.clause.body);
        break;
    case N_SELECT_STMT: buf_puts(b, "select"); sp_node(b, n->u.sw.body); break;
    case N_FOR_STMT:
        buf_puts(b, "for");
        sp_node(b, n->u.for_.init);
        sp_node(b, n->u.for_.cond);
        sp_node(b, n->u.for_.post);
        sp_node(b, n->u.for_.body);
        break;
    case N_RANGE_STMT:
        buf_puts(b, "range");
        sp_node(b, n->u.range.key);
        sp_node(b, n->u.range.value);
        buf_putc(b, ' ');
        buf_puts(b, n->u.range.tok == T_ILLEGAL ? "_" : tok_name(n->u.range.tok));
        sp_node(b, n->u.range.x);
        sp_node(b, n->u.range.body);
        break;
    case N_IMPORT_SPEC:
        buf_puts(b, "import");
        sp_node(b, n->u.import.name);
        sp_node(b, n->u.import.path);
        break;
    case N_VALUE_SPEC:
        buf_printf(b, "spec %d", n->u.value.iota);
        sp_list(b, &n->u.value.names);
        sp_node(b, n->u.value.type);
        sp_list(b, &n->u.value.values);
        break;
    case N_TYPE_SPEC:
        buf_puts(b, n->u.typespec.alias ? "alias" : "typespec");
        sp_node(b, n->u.typespec.name);
        if (n->u.typespec.tparams) sp_node(b, n->u.typespec.tparams);
        sp_node(b, n->u.typespec.type);
        break;
    case N_GEN_DECL:
        buf_puts(b, tok_name(n->u.gen.tok));
        if (n->u.gen.specs.len) buf_putc(b, ' ');
        dump_list(b, &n->u.gen.specs);
        break;
    case N_FUNC_DECL:
        buf_puts(b, "func");
        sp_node(b, n->u.funcdecl.recv);
        sp_node(b, n->u.funcdecl.name);
        if (n->u.funcdecl.tparams) sp_node(b, n->u.funcdecl.tparams);
        sp_node(b, n->u.funcdecl.type);
        sp_node(b, n->u.funcdecl.body);
        break;
    case N_FIELD:
        buf_puts(b, "field");
        sp_list(b, &n->u.field.names);
        sp_node(b, n->u.field.type);
        if (n->u.field.tag) sp_node(b, n->u.field.tag);
        break;
    case N_FILE:
        buf_puts(b, "file");
        sp_node(b, n->u.file.package);
        if (n->u.file.decls.len) buf_putc(b, ' ');
        dump_list(b, &n->u.file.decls);
        break;
    default: buf_puts(b, ast_kind_name(n->kind)); break;
    }
    buf_putc(b, ')');
}

void ast_dump(Buf *b, const Node *n) { dump(b, n); }

static void walk_list(const NodeList *l, void (*fn)(Node *, void *), void *ctx)
{
    for (int i = 0; i < l->len; i++) ast_walk(l->v[i], fn, ctx);
}

void ast_walk(Node *n, void (*fn)(Node *, void *), void *ctx)
{
    /* a tree too deep for the stack is reported by the compiler (too_deep) */
    if (!n || stack_deep()) return;
    fn(n, ctx);
    switch (n->kind) {
    case N_COMPOSITE_LIT: ast_walk(n->u.comp.type, fn, ctx); walk_list(&n->u.comp.elts, fn, ctx); break;
    case N_FUNC_LIT: ast_walk(n->u.func.type, fn, ctx); ast_walk(n->u.func.body, fn, ctx); break;
    case N_PAREN: case N_STAR: case N_UNARY: ast_walk(n->u.unary.x, fn, ctx); break;
    case N_BINARY: ast_walk(n->u.binary.x, fn, ctx); ast_walk(n->u.binary.y, fn, ctx); break;
    case N_SELECTOR: ast_walk(n->u.sel.x, fn, ctx); break;
    case N_INDEX: ast_walk(n->u.index.x, fn, ctx); ast_walk(n->u.index.index, fn, ctx); break;
    case N_SLICE_EXPR:
        ast_walk(n->u.slice.x, fn, ctx);
        ast_walk(n->u.slice.lo, fn, ctx);
        ast_walk(n->u.slice.hi, fn, ctx);
        ast_walk(n->u.slice.max, fn, ctx);
        break;
    case N_TYPE_ASSERT: ast_walk(n->u.assert.x, fn, ctx); ast_walk(n->u.assert.type, fn, ctx); break;
    case N_CALL: ast_walk(n->u.call.fun, fn, ctx); walk_list(&n->u.call.args, fn, ctx); break;
    case N_KEY_VALUE: ast_walk(n->u.kv.key, fn, ctx); ast_walk(n->u.kv.value, fn, ctx); break;
    case N_DECL_STMT: ast_walk(n->u.decl.decl, fn, ctx); break;
    case N_LABELED_STMT: ast_walk(n->u.labeled.stmt, fn, ctx); break;
    case N_EXPR_STMT: ast_walk(n->u.expr.x, fn, ctx); break;
    case N_SEND_STMT: ast_walk(n->u.send.ch, fn, ctx); ast_walk(n->u.send.value, fn, ctx); break;
    case N_INCDEC_STMT: ast_walk(n->u.incdec.x, fn, ctx); break;
    case N_ASSIGN_STMT: walk_list(&n->u.assign.lhs, fn, ctx); walk_list(&n->u.assign.rhs, fn, ctx); break;
    case N_GO_STMT: case N_DEFER_STMT: ast_walk(n->u.go_.call, fn, ctx); break;
    case N_RETURN_STMT: walk_list(&n->u.ret.results, fn, ctx); break;
    case N_BLOCK: walk_list(&n->u.block.stmts, fn, ctx); break;
    case N_IF_STMT:
        ast_walk(n->u.if_.init, fn, ctx);
        ast_walk(n->u.if_.cond, fn, ctx);
        ast_walk(n->u.if_.then, fn, ctx);
        ast_walk(n->u.if_.els, fn, ctx);
        break;
    case N_CASE_CLAUSE: case N_COMM_CLAUSE:
        walk_list(&n->u.clause.list, fn, ctx);
        ast_walk(n->u.clause.comm, fn, ctx);
        walk_list(&n->u.clause.body, fn, ctx);
        break;
    case N_SWITCH_STMT: case N_TYPE_SWITCH_STMT: case N_SELECT_STMT:
        ast_walk(n->u.sw.init, fn, ctx);
        ast_walk(n->u.sw.tag, fn, ctx);
        ast_walk(n->u.sw.assign, fn, ctx);
        ast_walk(n->u.sw.body, fn, ctx);
        break;
    case N_FOR_STMT:
        ast_walk(n->u.for_.init, fn, ctx);
        ast_walk(n->u.for_.cond, fn, ctx);
        ast_walk(n->u.for_.post, fn, ctx);
        ast_walk(n->u.for_.body, fn, ctx);
        break;
    case N_RANGE_STMT:
        ast_walk(n->u.range.key, fn, ctx);
        ast_walk(n->u.range.value, fn, ctx);
        ast_walk(n->u.range.x, fn, ctx);
        ast_walk(n->u.range.body, fn, ctx);
        break;
    case N_GEN_DECL: walk_list(&n->u.gen.specs, fn, ctx); break;
    case N_VALUE_SPEC: walk_list(&n->u.value.values, fn, ctx); break;
    case N_FUNC_DECL: ast_walk(n->u.funcdecl.body, fn, ctx); break;
    case N_FILE: walk_list(&n->u.file.decls, fn, ctx); break;
    default: break;   /* identifiers, literals, types */
    }
}
