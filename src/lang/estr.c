/* lang/estr.c: expressions spelled as Go's compiler prints them in messages
 * ("x + s", "f()", "p.x", "[]int{…}"). */
#include <string.h>

#include "base/buf.h"
#include "lang/compiler.h"

static void put(Buf *b, const Node *e, int depth);

static void put_list(Buf *b, const NodeList *l, int depth)
{
    for (int i = 0; i < l->len; i++) {
        if (i) buf_puts(b, ", ");
        put(b, l->v[i], depth);
    }
}

static void put_fields(Buf *b, const NodeList *l, int depth)
{
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->v[i];
        if (i) buf_puts(b, ", ");
        for (int j = 0; j < f->u.field.names.len; j++) {
            if (j) buf_puts(b, ", ");
            put(b, f->u.field.names.v[j], depth);
        }
        if (f->u.field.names.len) buf_putc(b, ' ');
        put(b, f->u.field.type, depth);
    }
}

static void put(Buf *b, const Node *e, int depth)
{
    if (!e) return;
    if (depth > 20) { buf_puts(b, "…"); return; }
    depth++;
    switch (e->kind) {
    case N_IDENT: buf_puts(b, e->u.ident.name); break;
    case N_BASIC_LIT: buf_add(b, e->u.lit.text, e->u.lit.len); break;
    case N_COMPOSITE_LIT:
        put(b, e->u.comp.type, depth);
        buf_puts(b, e->u.comp.elts.len ? "{…}" : "{}");
        break;
    case N_FUNC_LIT: buf_puts(b, "func literal"); break;
    case N_PAREN: buf_putc(b, '('); put(b, e->u.unary.x, depth); buf_putc(b, ')'); break;
    case N_SELECTOR: put(b, e->u.sel.x, depth); buf_putc(b, '.'); put(b, e->u.sel.name, depth); break;
    case N_INDEX: put(b, e->u.index.x, depth); buf_putc(b, '['); put(b, e->u.index.index, depth); buf_putc(b, ']'); break;
    case N_SLICE_EXPR:
        put(b, e->u.slice.x, depth);
        buf_putc(b, '[');
        put(b, e->u.slice.lo, depth);
        buf_putc(b, ':');
        put(b, e->u.slice.hi, depth);
        if (e->u.slice.three) { buf_putc(b, ':'); put(b, e->u.slice.max, depth); }
        buf_putc(b, ']');
        break;
    case N_TYPE_ASSERT:
        put(b, e->u.assert.x, depth);
        buf_puts(b, ".(");
        if (e->u.assert.type) put(b, e->u.assert.type, depth);
        else buf_puts(b, "type");
        buf_putc(b, ')');
        break;
    case N_CALL:
        put(b, e->u.call.fun, depth);
        buf_putc(b, '(');
        put_list(b, &e->u.call.args, depth);
        if (e->u.call.ellipsis.line) buf_puts(b, "...");
        buf_putc(b, ')');
        break;
    case N_STAR: buf_putc(b, '*'); put(b, e->u.unary.x, depth); break;
    case N_UNARY: buf_puts(b, tok_text[e->u.unary.op]); put(b, e->u.unary.x, depth); break;
    case N_BINARY:
        put(b, e->u.binary.x, depth);
        buf_printf(b, " %s ", tok_text[e->u.binary.op]);
        put(b, e->u.binary.y, depth);
        break;
    case N_KEY_VALUE: put(b, e->u.kv.key, depth); buf_puts(b, ": "); put(b, e->u.kv.value, depth); break;
    case N_ARRAY_TYPE:
        buf_putc(b, '[');
        if (e->u.array.len && e->u.array.len->kind == N_ELLIPSIS) buf_puts(b, "...");
        else put(b, e->u.array.len, depth);
        buf_putc(b, ']');
        put(b, e->u.array.elem, depth);
        break;
    case N_MAP_TYPE:
        buf_puts(b, "map[");
        put(b, e->u.map.key, depth);
        buf_putc(b, ']');
        put(b, e->u.map.value, depth);
        break;
    case N_CHAN_TYPE:
        buf_puts(b, e->u.chan.dir == CHAN_RECV ? "<-chan " : e->u.chan.dir == CHAN_SEND ? "chan<- " : "chan ");
        put(b, e->u.chan.elem, depth);
        break;
    case N_FUNC_TYPE:
        buf_puts(b, "func(");
        put_fields(b, &e->u.functype.params, depth);
        buf_putc(b, ')');
        if (e->u.functype.results.len == 1 && e->u.functype.results.v[0]->u.field.names.len == 0) {
            buf_putc(b, ' ');
            put(b, e->u.functype.results.v[0]->u.field.type, depth);
        } else if (e->u.functype.results.len) {
            buf_puts(b, " (");
            put_fields(b, &e->u.functype.results, depth);
            buf_putc(b, ')');
        }
        break;
    case N_STRUCT_TYPE: buf_puts(b, e->u.fields.list.len ? "struct{…}" : "struct{}"); break;
    case N_INTERFACE_TYPE: buf_puts(b, e->u.fields.list.len ? "interface{…}" : "interface{}"); break;
    case N_ELLIPSIS: buf_puts(b, "..."); put(b, e->u.ellipsis.elem, depth); break;
    default: buf_puts(b, "?"); break;
    }
}

const char *estr(Node *e)
{
    static Buf ring[8];
    static int next;
    Buf *b = &ring[next++ & 7];
    buf_reset(b);
    put(b, e, 0);
    return buf_str(b);
}
