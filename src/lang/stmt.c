/* lang/stmt.c: statements: blocks and scopes, declarations, assignments,
 * if/for/range/switch/type switch, labels, break/continue/fallthrough,
 * return with deferred calls, defer, and function bodies (parameters,
 * results, "declared and not used", "missing return"). */
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "lang/compiler.h"

extern int cur_iota;
void resolve_const(Compiler *c, FuncState *fs, Symbol *y);
int call_defer(FuncState *fs, Node *e, Operand *x);

static void open_scope(FuncState *fs) { fs->scope = scope_new(fs->c, fs->scope, fs); }

void close_scope(FuncState *fs, Scope *outer, int freereg)
{
    for (Symbol *y = fs->scope->syms; y; y = y->next)
        if (y->kind == SYM_VAR && !y->used && !y->global && y->fs == fs)
            errorf(fs->c, y->pos, "declared and not used: %s", y->name);
    fs->scope = outer;
    reg_free_to(fs, freereg);
}

/* new_local declares a variable initialised from register src (or zero). */
static Symbol *new_local(FuncState *fs, Node *ident, Type *t, int src, bool fresh)
{
    Compiler *c = fs->c;
    if (is_blank(c, ident)) return NULL;
    if (src >= 0) note_chan_name(fs, src, ident->u.ident.name);
    Symbol *y = declare_local(fs, ident, t);
    if (type_is_aggregate(t)) {
        if (src >= 0) {
            if (fresh) emit(fs, OP_MOVE, y->reg, src, 0);
            else emit(fs, OP_CLONE, y->reg, src, (int)type_id(c, t));
        } else {
            emit_bx(fs, OP_NEWAGG, y->reg, type_id(c, t));
        }
    } else if (y->boxed) {
        emit_bx(fs, OP_NEWPTR, y->reg, type_id(c, t));
        if (src >= 0) emit(fs, OP_STORE, y->reg, src, 0);
    } else if (src >= 0) {
        if (src != y->reg) emit(fs, OP_MOVE, y->reg, src, 0);
    } else {
        emit(fs, OP_LOADZ, y->reg, 0, 0);
    }
    return y;
}

/* --- assignment --- */

typedef struct LValue {
    enum { LV_BLANK, LV_VAR, LV_FIELD, LV_INDEX, LV_MAP, LV_DEREF, LV_INVALID } kind;
    Type   *type;
    Symbol *sym;
    int     obj, key;   /* registers: container and index/key; field index for LV_FIELD */
    OpCode  setop;
} LValue;

static void lvalue_stable(FuncState *fs, Node *e, LValue *lv, bool stable);
static void lvalue(FuncState *fs, Node *e, LValue *lv) { lvalue_stable(fs, e, lv, false); }

/* keep copies register r (of a variable: below the statement's first
 * temporary `save`) into a temporary when stable. */
static int keep(FuncState *fs, int r, int save, bool stable)
{
    if (!stable || r >= save) return r;
    int t = reg_alloc(fs, 1);
    emit(fs, OP_MOVE, t, r, 0);
    return t;
}

/* stable: index, map, pointer and slice operands are copied out of variables,
 * so that `i, s[i] = 1, 9` indexes with the old i, `m, m[k] = n, 1` writes the
 * old map and `p, p.f = nil, 7` the old *p (Go evaluates them first). */
static void lvalue_stable(FuncState *fs, Node *e, LValue *lv, bool stable)
{
    Compiler *c = fs->c;
    memset(lv, 0, sizeof *lv);
    while (e->kind == N_PAREN) e = e->u.unary.x;
    if (is_blank(c, e)) { lv->kind = LV_BLANK; return; }
    if (e->kind == N_IDENT) {
        Symbol *y = lookup(c, fs->scope, e->u.ident.name);
        if (!y) { undefined_name(c, e->pos, e->u.ident.name); lv->kind = LV_INVALID; return; }
        note_ref(e, y);
        if (y->kind != SYM_VAR) {
            Operand x;
            expr(fs, e, &x);
            if (x.mode != OM_INVALID)
                errorf(c, e->pos, "cannot assign to %s (neither addressable nor a map index expression)", estr(e));
            lv->kind = LV_INVALID;
            return;
        }
        if (y->decl) resolve_symbol(c, y);
        mark_assigned(y);
        lv->kind = LV_VAR;
        lv->sym = y;
        lv->type = y->type;
        return;
    }
    int save = fs->freereg;
    if (e->kind == N_INDEX) {
        Operand x;
        expr(fs, e->u.index.x, &x);
        if (x.mode == OM_INVALID) { lv->kind = LV_INVALID; return; }
        Type *u = x.type->under;
        if (u->kind == K_POINTER && u->elem->under->kind == K_ARRAY) u = u->elem->under;
        if (u->kind == K_MAP) {
            lv->kind = LV_MAP;
            lv->type = u->elem;
            lv->obj = keep(fs, discharge(fs, &x, -1), save, stable);
            lv->key = keep(fs, value_to(fs, e->u.index.index, u->key, -1, "map index"), save, stable);
            return;
        }
        if (u->kind == K_STRING || u->kind == K_UNTYPED_STRING) {
            errorf(c, e->pos, "cannot assign to %s (neither addressable nor a map index expression)", estr(e));
            lv->kind = LV_INVALID;
            return;
        }
        if (u->kind != K_SLICE && u->kind != K_ARRAY) {
            errorf(c, e->pos, "invalid operation: cannot index %s", opstr(c, &x));
            lv->kind = LV_INVALID;
            return;
        }
        lv->kind = LV_INDEX;
        lv->type = u->elem;
        lv->obj = discharge(fs, &x, -1);
        if (u->kind == K_SLICE || x.type->under->kind == K_POINTER) lv->obj = keep(fs, lv->obj, save, stable);
        Operand ix;
        expr(fs, e->u.index.index, &ix);
        if (ix.mode == OM_INVALID) { lv->kind = LV_INVALID; return; }
        if (ix.mode == OM_CONST) {
            if (ix.cv.kind != CV_INT || ix.cv.i < 0 || (u->kind == K_ARRAY && ix.cv.i >= u->len)) {
                if (ix.cv.kind == CV_INT && ix.cv.i >= 0)
                    errorf(c, ix.node->pos, "invalid argument: index %s out of bounds [0:%lld]", estr(ix.node), (long long)u->len);
                else
                    errorf(c, ix.node->pos, "invalid argument: index %s must not be negative", opstr(c, &ix));
                lv->kind = LV_INVALID;
                return;
            }
            convert_untyped(fs, &ix, ty_int);
        } else if (!type_is_integer(ix.type)) {
            errorf(c, ix.node->pos, "invalid argument: index %s must be integer", opstr(c, &ix));
            lv->kind = LV_INVALID;
            return;
        }
        lv->key = keep(fs, discharge(fs, &ix, -1), save, stable);
        lv->setop = elem_op(u->kind == K_SLICE ? OP_ISET : OP_ASET, u->elem);
        return;
    }
    if (e->kind == N_SELECTOR) {
        Node *xe = e->u.sel.x;
        Symbol *p = xe->kind == N_IDENT ? lookup(c, fs->scope, xe->u.ident.name) : NULL;
        if (p && p->kind == SYM_PKG) {
            p->used = true;
            if (p->ref->broken) { lv->kind = LV_INVALID; return; }
            Symbol *y = scope_lookup_local(p->ref->scope, e->u.sel.name->u.ident.name);
            if (y && y->kind == SYM_VAR && !world_std_name(c, p->ref, e)) { lv->kind = LV_INVALID; return; }
            if (y && y->kind == SYM_VAR) {
                Package *sv = c->pkg;
                c->pkg = p->ref;
                resolve_symbol(c, y);
                c->pkg = sv;
                lv->kind = LV_VAR;
                lv->sym = y;
                lv->type = y->type;
                return;
            }
            if (!y && go_std_name(p->ref->path, e->u.sel.name->u.ident.name)) {
                errorf(c, e->u.sel.name->pos, "%s.%s is not in gorolab's Go subset (see gorolab-go(7))", p->ref->path,
                       e->u.sel.name->u.ident.name);
                lv->kind = LV_INVALID;
                return;
            }
            errorf(c, e->pos, "cannot assign to %s (neither addressable nor a map index expression)", estr(e));
            lv->kind = LV_INVALID;
            return;
        }
        Operand x;
        expr(fs, xe, &x);
        if (x.mode == OM_INVALID) { lv->kind = LV_INVALID; return; }
        if (x.type->kind == K_POINTER && x.type->name && x.type->elem &&
            lookup_selector(c, type_pointer(x.type->elem), e->u.sel.name->u.ident.name).kind == SEL_FIELD)
            x.type = type_pointer(x.type->elem);   /* type P *T: p.f = v */
        Selection s = lookup_selector(c, x.type, e->u.sel.name->u.ident.name);
        if (!world_selection(c, x.type, &s, e)) { lv->kind = LV_INVALID; return; }
        if (s.kind != SEL_FIELD) {
            if (s.kind == SEL_METHOD)
                errorf(c, e->pos, "cannot assign to %s (neither addressable nor a map index expression)", estr(e));
            else
                errorf(c, e->u.sel.name->pos, "%s undefined (type %s has no field or method %s)", estr(e), tstr(c, x.type),
                       e->u.sel.name->u.ident.name);
            lv->kind = LV_INVALID;
            return;
        }
        if (!x.is_var && x.type->kind != K_POINTER && xe->kind == N_INDEX) {
            Operand m;
            int top = fs->freereg;
            expr(fs, xe->u.index.x, &m);
            reg_free_to(fs, top);
            if (m.mode != OM_INVALID && m.type->under->kind == K_MAP) {
                errorf(c, e->pos, "cannot assign to struct field %s in map", estr(e));
                lv->kind = LV_INVALID;
                return;
            }
        }
        int r = discharge(fs, &x, -1);
        if (x.type->under->kind == K_POINTER) r = keep(fs, r, save, stable);
        Type *ct = x.type;
        for (int d = 0; d < s.depth - 1; d++) {
            Type *b = (ct->kind == K_POINTER && !ct->name ? ct->elem : ct)->under;
            int dst = reg_alloc(fs, 1);
            emit(fs, OP_GETF, dst, r, s.path[d]);
            r = dst;
            ct = b->fields[s.path[d]].type;
        }
        lv->kind = LV_FIELD;
        lv->obj = r;
        lv->key = s.path[s.depth - 1];
        lv->type = s.type;
        return;
    }
    if (e->kind == N_STAR) {
        Operand x;
        expr(fs, e->u.unary.x, &x);
        if (x.mode == OM_INVALID) { lv->kind = LV_INVALID; return; }
        if (x.type->under->kind != K_POINTER) {
            errorf(c, e->pos, "invalid operation: cannot indirect %s", opstr(c, &x));
            lv->kind = LV_INVALID;
            return;
        }
        lv->kind = LV_DEREF;
        lv->obj = keep(fs, discharge(fs, &x, -1), save, stable);
        lv->type = x.type->under->elem;
        return;
    }
    Operand x;
    expr(fs, e, &x);
    if (x.mode != OM_INVALID)
        errorf(c, e->pos, "cannot assign to %s (neither addressable nor a map index expression)", estr(e));
    lv->kind = LV_INVALID;
}

/* store writes register src (already converted to lv->type) to lv. */
static void store(FuncState *fs, LValue *lv, int src, bool fresh)
{
    Compiler *c = fs->c;
    Type *t = lv->type;
    bool agg = t && type_is_aggregate(t);
    switch (lv->kind) {
    case LV_VAR: store_var(fs, lv->sym, src, t); break;
    case LV_FIELD:
        if (agg) {
            int tmp = reg_alloc(fs, 1);
            emit(fs, OP_GETF, tmp, lv->obj, lv->key);
            emit(fs, OP_COPYINTO, tmp, src, (int)type_id(c, t));
        } else {
            emit(fs, OP_SETF, lv->obj, lv->key, src);
        }
        break;
    case LV_INDEX:
        if (agg) {
            int tmp = reg_alloc(fs, 1);
            emit(fs, get_op_of(lv->setop), tmp, lv->obj, lv->key);
            emit(fs, OP_COPYINTO, tmp, src, (int)type_id(c, t));
        } else {
            emit(fs, lv->setop, lv->obj, lv->key, src);
        }
        break;
    case LV_MAP:
        if (agg && !fresh) {
            int tmp = reg_alloc(fs, 1);
            emit(fs, OP_CLONE, tmp, src, (int)type_id(c, t));
            emit(fs, OP_MSET, lv->obj, lv->key, tmp);
        } else {
            emit(fs, OP_MSET, lv->obj, lv->key, src);
        }
        break;
    case LV_DEREF:
        if (agg) emit(fs, OP_COPYINTO, lv->obj, src, (int)type_id(c, t));
        else emit(fs, OP_STORE, lv->obj, src, 0);
        break;
    default: break;
    }
}

/* load_lvalue reads the current value of an evaluated location into x
 * (for x op= y and x++: the location's operands are evaluated once). For a
 * simple variable it is the ordinary read (which marks it used). */
static void load_lvalue(FuncState *fs, Node *e, LValue *lv, Operand *x)
{
    if (lv->kind == LV_VAR) {
        expr(fs, e, x);
        return;
    }
    memset(x, 0, sizeof *x);
    x->node = e;
    x->mode = OM_VALUE;
    x->type = lv->type;
    x->is_var = true;
    int d = reg_alloc(fs, 1);
    switch (lv->kind) {
    case LV_FIELD: emit(fs, OP_GETF, d, lv->obj, lv->key); break;
    case LV_INDEX: emit(fs, get_op_of(lv->setop), d, lv->obj, lv->key); break;
    case LV_MAP: emit(fs, OP_MGET, d, lv->obj, lv->key); break;
    case LV_DEREF: emit(fs, OP_LOAD, d, lv->obj, 0); break;
    default: x->mode = OM_INVALID; return;
    }
    x->reg = d;
}

static void assign_op(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    /* x op= y  ==>  x = x op y, with x's location evaluated once */
    static const int base_op[] = {
        [T_ADD_ASSIGN] = T_ADD, [T_SUB_ASSIGN] = T_SUB, [T_MUL_ASSIGN] = T_MUL, [T_QUO_ASSIGN] = T_QUO,
        [T_REM_ASSIGN] = T_REM, [T_AND_ASSIGN] = T_AND, [T_OR_ASSIGN] = T_OR, [T_XOR_ASSIGN] = T_XOR,
        [T_SHL_ASSIGN] = T_SHL, [T_SHR_ASSIGN] = T_SHR, [T_AND_NOT_ASSIGN] = T_AND_NOT,
    };
    int save = fs->freereg;
    Node *lhs = s->u.assign.lhs.v[0];
    if (s->u.assign.lhs.len != 1 || s->u.assign.rhs.len != 1) {
        errorf(c, s->op_pos, "assignment operation %s requires single-valued expressions", tok_text[s->u.assign.op]);
        return;
    }
    LValue lv;
    lvalue(fs, lhs, &lv);
    if (lv.kind == LV_INVALID) { reg_free_to(fs, save); return; }
    if (lv.kind == LV_BLANK) { errorf(c, lhs->pos, "cannot use _ as value"); return; }
    /* build a synthetic binary node so that checking and messages are shared */
    Node bin;
    memset(&bin, 0, sizeof bin);
    bin.kind = N_BINARY;
    bin.pos = lhs->pos;
    bin.op_pos = s->op_pos;
    bin.aux = s;   /* messages spell it `x op= y` */
    bin.u.binary.op = base_op[s->u.assign.op];
    bin.u.binary.x = lhs;
    bin.u.binary.y = s->u.assign.rhs.v[0];
    Operand x;
    int top = fs->freereg;
    load_lvalue(fs, lhs, &lv, &x);
    binary_with(fs, &bin, &x, top);
    if (x.mode == OM_INVALID) { reg_free_to(fs, save); return; }
    coerce(fs, &x, lv.type, "assignment");
    if (x.mode == OM_INVALID) { reg_free_to(fs, save); return; }
    int r = discharge(fs, &x, -1);
    store(fs, &lv, r, true);   /* as in gc, x op= y counts as a use of x */
    reg_free_to(fs, save);
}

static void define_or_assign(FuncState *fs, Node *s, bool define);

void assign_stmt(FuncState *fs, Node *s)
{
    int op = s->u.assign.op;
    if (op == T_ASSIGN) define_or_assign(fs, s, false);
    else if (op == T_DEFINE) define_or_assign(fs, s, true);
    else assign_op(fs, s);
}

static void mismatch(FuncState *fs, Node *s, int nl, int nr, Node *call)
{
    Compiler *c = fs->c;
    if (call)
        errorf(c, s->op_pos.line ? s->op_pos : s->pos, "assignment mismatch: %d variable%s but %s returns %d value%s", nl,
               nl == 1 ? "" : "s", estr(call->u.call.fun), nr, nr == 1 ? "" : "s");
    else
        errorf(c, s->op_pos.line ? s->op_pos : s->pos, "assignment mismatch: %d variable%s but %d value%s", nl,
               nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
}

/* rhs_value evaluates one value for an assignment or declaration: converted
 * to target when there is one, else given its default type (untyped nil and
 * non-values are errors). Returns false after reporting a problem. */
static bool rhs_value(FuncState *fs, Node *e, Type *target, const char *context, Operand *x)
{
    Compiler *c = fs->c;
    expr_hint(fs, e, x, target);
    if (x->mode == OM_INVALID) return false;
    if (target) {
        coerce(fs, x, target, context);
    } else if (x->mode == OM_CONST && x->type == ty_untyped_nil) {
        errorf(c, e->pos, "use of untyped nil in %s", context);
        return false;
    } else {
        valid_value(fs, x);
        if (x->mode != OM_INVALID && type_is_untyped(x->type)) convert_untyped_in(fs, x, NULL, context);
    }
    if (x->mode == OM_INVALID) return false;
    if (x->type->kind == K_TUPLE) {
        errorf(c, e->pos, "multiple-value %s (value of type %s) in single-value context", estr(e), tstr(c, x->type));
        return false;
    }
    return true;
}

/* define_new compiles `a, b := x, y` where every name is new: each value is
 * computed straight into the register its variable then owns. */
static void define_new(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    NodeList *L = &s->u.assign.lhs, *R = &s->u.assign.rhs;
    int n = L->len;
    int base = reg_alloc(fs, n);
    Type *types[64];
    bool bad[64];
    int last[64];   /* the last instruction of each value (it may make a channel) */
    for (int i = 0; i < n && i < 64; i++) {
        int dst = base + i;
        Operand x;
        types[i] = ty_invalid;
        bad[i] = true;
        if (rhs_value(fs, R->v[i], NULL, "assignment", &x)) {
            types[i] = x.type;
            bad[i] = false;
            if (type_is_aggregate(x.type) && x.mode == OM_VALUE && !x.fresh)
                emit(fs, OP_CLONE, dst, x.reg, (int)type_id(c, x.type));
            else if (x.mode == OM_VALUE && x.reg >= base + n && retarget_last(fs, x.reg, dst))   /* a temporary */
                ;
            else
                discharge(fs, &x, dst);
        }
        last[i] = fs->ncode - 1;
        reg_free_to(fs, base + n);   /* keep every reserved register, drop the temporaries */
    }
    for (int i = 0; i < n && i < 64; i++) {
        Node *id = L->v[i];
        if (is_blank(c, id)) continue;
        note_chan_name_at(fs, base + i, id->u.ident.name, last[i]);
        Symbol *y = declare(c, fs->scope, SYM_VAR, id, types[i]);
        y->fs = fs;
        y->reg = base + i;
        if (bad[i]) {
            y->used = true;
            continue;
        }
        y->boxed = !type_is_aggregate(types[i]) && boxed_ident(c, id);
        if (y->boxed) {
            int t = reg_alloc(fs, 1);
            emit_bx(fs, OP_NEWPTR, t, type_id(c, types[i]));
            emit(fs, OP_STORE, t, y->reg, 0);
            emit(fs, OP_MOVE, y->reg, t, 0);
            reg_free_to(fs, t);
        }
    }
}

/* define_or_assign handles `a, b = x, y`, `a, b := f()`, `v, ok := m[k]`. */
/* self_append recognises `x = append(x, ...)` for an unboxed local x of fs. */
static Symbol *self_append(FuncState *fs, Node *lhs, Node *rhs)
{
    Compiler *c = fs->c;
    if (lhs->kind != N_IDENT || rhs->kind != N_CALL || rhs->u.call.args.len < 1) return NULL;
    Node *fun = rhs->u.call.fun, *a0 = rhs->u.call.args.v[0];
    if (fun->kind != N_IDENT || a0->kind != N_IDENT || a0->u.ident.name != lhs->u.ident.name) return NULL;
    Symbol *b = lookup(c, fs->scope, fun->u.ident.name);
    if (!b || b->kind != SYM_BUILTIN || b->builtin != BI_APPEND) return NULL;
    Symbol *y = lookup(c, fs->scope, lhs->u.ident.name);
    if (!y || y->kind != SYM_VAR || y->global || y->boxed || y->fs != fs) return NULL;
    return y;
}

static void define_or_assign(FuncState *fs, Node *s, bool define)
{
    Compiler *c = fs->c;
    NodeList *L = &s->u.assign.lhs, *R = &s->u.assign.rhs;
    int nl = L->len, nr = R->len;
    int save = fs->freereg;
    Symbol *self = !define && nl == 1 && nr == 1 ? self_append(fs, L->v[0], R->v[0]) : NULL;
    if (self) {
        Operand x;
        mark_assigned(self);   /* appended in place: no store_var */
        fs->append_into = self->reg + 1;
        expr(fs, R->v[0], &x);
        fs->append_into = 0;
        if (x.mode != OM_INVALID) {
            coerce(fs, &x, self->type, "assignment");
            if (x.mode != OM_INVALID && x.reg != self->reg) store_var(fs, self, discharge(fs, &x, -1), self->type);
        }
        reg_free_to(fs, save);
        return;
    }
    /* the right-hand side values, in temporaries, with their types */
    Type **types = xcalloc((size_t)nl, sizeof *types);
    int *regs = xcalloc((size_t)nl, sizeof *regs);
    bool *fresh = xcalloc((size_t)nl, sizeof *fresh);
    LValue *lvs = xcalloc((size_t)nl, sizeof *lvs);
    Symbol **existing = xcalloc((size_t)nl, sizeof *existing);
    bool ok = true;
    /* left side first for `=` (Go evaluates index operands left to right) */
    if (define) {
        bool any_new = false;
        for (int i = 0; i < nl; i++) {
            Node *id = L->v[i];
            if (id->kind != N_IDENT) {
                errorf(c, id->pos, "non-name %s on left side of :=", estr(id));
                ok = false;
                continue;
            }
            if (is_blank(c, id)) continue;
            for (int j = 0; j < i; j++)
                if (L->v[j]->kind == N_IDENT && L->v[j]->u.ident.name == id->u.ident.name) {
                    errorf(c, id->pos, "%s repeated on left side of :=", id->u.ident.name);
                    ok = false;
                }
            Symbol *y = scope_lookup_local(fs->scope, id->u.ident.name);
            if (y && y->kind == SYM_VAR) existing[i] = y;
            else any_new = true;
        }
        if (ok && !any_new) {
            errorf(c, s->op_pos, "no new variables on left side of :=");
        }
        bool all_new = ok && nl == nr;
        for (int i = 0; i < nl && all_new; i++) all_new = !existing[i];
        if (all_new) {
            define_new(fs, s);
            goto cleanup;
        }
    } else {
        for (int i = 0; i < nl; i++) {
            lvalue_stable(fs, L->v[i], &lvs[i], nl > 1);
            if (lvs[i].kind == LV_INVALID) ok = false;
        }
    }
    if (nr == 1 && nl > 1) {
        Operand x;
        Node *r = R->v[0];
        expr(fs, r, &x);
        if (x.mode == OM_INVALID) { ok = false; goto done; }
        if (x.mode == OM_VALUE && x.type && x.type->kind == K_TUPLE) {
            if ((int)x.type->nparams != nl) {
                mismatch(fs, s, nl, (int)x.type->nparams, r->kind == N_CALL ? r : NULL);
                ok = false;
                goto done;
            }
            for (int i = 0; i < nl; i++) {
                types[i] = x.type->params[i];
                regs[i] = x.reg + i;
                fresh[i] = true;
            }
        } else if (x.commaok && nl == 2) {
            /* re-emit as the two-result form */
            int last = fs->ncode - 1;
            Instr *in = &fs->code[last];
            if (in->op == OP_EXTRA) in = &fs->code[last - 1];
            if (in->op == OP_MGET) in->op = OP_MGET2;
            else if (in->op == OP_RECV) in->op = OP_RECV2;
            else if (in->op == OP_ASSERT) in->op = OP_ASSERT2;
            reg_alloc(fs, 1);
            if (x.reg + 1 >= fs->freereg) reg_alloc(fs, x.reg + 2 - fs->freereg);
            types[0] = x.type;
            types[1] = ty_untyped_bool;
            regs[0] = x.reg;
            regs[1] = x.reg + 1;
        } else {
            if (x.mode == OM_NOVALUE) errorf(c, r->pos, "%s (no value) used as value", estr(r));
            else mismatch(fs, s, nl, 1, r->kind == N_CALL ? r : NULL);
            ok = false;
            goto done;
        }
        for (int i = 0; i < nl; i++) {
            Type *target = define ? (existing[i] ? existing[i]->type : NULL) : lvs[i].type;
            if (types[i] == ty_untyped_bool) types[i] = target && type_is_boolean(target) ? target : ty_bool;
            if (target && lvs[i].kind != LV_BLANK && !(define && is_blank(c, L->v[i]))) {
                Operand v = {.mode = OM_VALUE, .type = types[i], .reg = regs[i], .node = R->v[0], .fresh = true};
                coerce(fs, &v, target, "assignment");
                if (v.mode == OM_INVALID) ok = false;
                regs[i] = v.reg;
                types[i] = target;
            }
        }
    } else if (nl != nr) {
        mismatch(fs, s, nl, nr, NULL);
        ok = false;
        goto done;
    } else {
        for (int i = 0; i < nl; i++) {
            int top = fs->freereg;
            Type *target = define ? (existing[i] ? existing[i]->type : NULL) : lvs[i].type;
            if (!define && lvs[i].kind == LV_BLANK) target = NULL;
            Operand x;
            if (!rhs_value(fs, R->v[i], target, "assignment", &x)) { ok = false; continue; }
            /* a fresh temporary: a later store must not clobber it (a, b = b, a);
             * a single value already computed into a temporary can stay there */
            int t;
            if (nl == 1 && x.mode == OM_VALUE && x.reg >= top) {
                t = x.reg;
            } else {
                t = reg_alloc(fs, 1);
                discharge(fs, &x, t);
            }
            regs[i] = t;
            types[i] = x.type;
            fresh[i] = x.fresh;
            if (type_is_aggregate(x.type) && !x.fresh && nl > 1) {
                emit(fs, OP_CLONE, t, t, (int)type_id(c, x.type));
                fresh[i] = true;
            }
        }
    }
    if (!ok) goto done;
    if (define) {
        int top = fs->freereg;
        (void)top;
        for (int i = 0; i < nl; i++) {
            Node *id = L->v[i];
            if (id->kind != N_IDENT || is_blank(c, id)) continue;
            if (existing[i]) {
                LValue lv = {.kind = LV_VAR, .sym = existing[i], .type = existing[i]->type};
                store(fs, &lv, regs[i], fresh[i]);
                continue;
            }
        }
        /* new variables: allocate registers above the temporaries, then compact */
        for (int i = 0; i < nl; i++) {
            Node *id = L->v[i];
            if (id->kind != N_IDENT || is_blank(c, id) || existing[i]) continue;
            Type *t = types[i];
            if (t == ty_untyped_nil) t = ty_invalid;
            new_local(fs, id, t, regs[i], fresh[i]);
        }
        /* the new locals must live below the temporaries: move them down */
        int dst = save;
        for (Symbol *y = fs->scope->syms; y; y = y->next) (void)y;
        int n = 0;
        Symbol *fresh_syms[64];
        for (Symbol *y = fs->scope->syms; y && n < 64; y = y->next) {
            if (y->reg >= save && y->fs == fs && y->kind == SYM_VAR) fresh_syms[n++] = y;
            else break;
        }
        /* syms are prepended: reverse to declaration order */
        for (int i = n - 1; i >= 0; i--) {
            Symbol *y = fresh_syms[i];
            if (y->reg != dst) emit(fs, OP_MOVE, dst, y->reg, 0);
            y->reg = dst++;
        }
        reg_free_to(fs, dst);
        if (fs->freereg < dst) reg_alloc(fs, dst - fs->freereg);
        goto cleanup;
    }
    for (int i = 0; i < nl; i++) {
        if (lvs[i].kind == LV_BLANK) continue;
        store(fs, &lvs[i], regs[i], fresh[i]);
    }
done:
    reg_free_to(fs, save);
    if (define && !ok) {
        /* declare the new variables anyway, invalid and used, so that their
         * uses report nothing more (Go reports nothing on invalid operands) */
        for (int i = 0; i < nl; i++) {
            Node *id = L->v[i];
            if (id->kind != N_IDENT || is_blank(c, id) || existing[i] ||
                scope_lookup_local(fs->scope, id->u.ident.name))
                continue;
            Symbol *y = declare_local(fs, id, ty_invalid);
            y->used = true;
        }
    }
cleanup:
    free(types);
    free(regs);
    free(fresh);
    free(lvs);
    free(existing);
}

/* --- declarations inside functions --- */

static void var_spec(FuncState *fs, Node *spec)
{
    Compiler *c = fs->c;
    NodeList *names = &spec->u.value.names, *vals = &spec->u.value.values;
    Type *t = spec->u.value.type ? resolve_type(c, fs, spec->u.value.type) : NULL;
    int save = fs->freereg;
    if (vals->len == 0) {
        for (int i = 0; i < names->len; i++) new_local(fs, names->v[i], t ? t : ty_invalid, -1, false);
        return;
    }
    /* reuse the assignment machinery on a synthetic `names = values` with types */
    int n = names->len;
    int *regs = xcalloc((size_t)n, sizeof *regs);
    Type **types = xcalloc((size_t)n, sizeof *types);
    bool *fresh = xcalloc((size_t)n, sizeof *fresh);
    bool ok = true;
    if (vals->len == 1 && n > 1) {
        Operand x;
        expr(fs, vals->v[0], &x);
        if (x.mode == OM_INVALID) ok = false;
        else if (x.mode == OM_VALUE && x.type && x.type->kind == K_TUPLE && (int)x.type->nparams == n) {
            for (int i = 0; i < n; i++) {
                Operand v = {.mode = OM_VALUE, .type = x.type->params[i], .reg = x.reg + i, .node = vals->v[0], .fresh = true};
                if (t) coerce(fs, &v, t, "variable declaration");
                regs[i] = v.reg;
                types[i] = t ? t : x.type->params[i];
                fresh[i] = true;
            }
        } else if (x.commaok && n == 2) {
            int last = fs->ncode - 1;
            Instr *in = &fs->code[last];
            if (in->op == OP_EXTRA) in = &fs->code[last - 1];
            if (in->op == OP_MGET) in->op = OP_MGET2;
            else if (in->op == OP_RECV) in->op = OP_RECV2;
            else if (in->op == OP_ASSERT) in->op = OP_ASSERT2;
            if (x.reg + 1 >= fs->freereg) reg_alloc(fs, x.reg + 2 - fs->freereg);
            regs[0] = x.reg;
            regs[1] = x.reg + 1;
            types[0] = t ? t : x.type;
            types[1] = t ? t : ty_bool;
            for (int i = 0; t && i < 2; i++) {   /* var v, ok any = m[k]: convert both */
                Operand v = {.mode = OM_VALUE, .type = i ? ty_bool : x.type, .reg = regs[i], .node = vals->v[0]};
                coerce(fs, &v, t, "variable declaration");
                if (v.mode == OM_VALUE && v.reg != regs[i]) emit(fs, OP_MOVE, regs[i], v.reg, 0);
            }
        } else {
            errorf(c, names->v[0]->pos, "assignment mismatch: %d variables but %s returns %d value%s", n,
                   vals->v[0]->kind == N_CALL ? estr(vals->v[0]->u.call.fun) : estr(vals->v[0]),
                   x.type && x.type->kind == K_TUPLE ? (int)x.type->nparams : 1,
                   x.type && x.type->kind == K_TUPLE && x.type->nparams == 1 ? "" : x.type && x.type->kind == K_TUPLE ? "s" : "");
            ok = false;
        }
    } else if (vals->len != n) {
        errorf(c, names->v[0]->pos, "assignment mismatch: %d variable%s but %d value%s", n, n == 1 ? "" : "s",
               vals->len, vals->len == 1 ? "" : "s");
        ok = false;
    } else {
        for (int i = 0; i < n; i++) {
            Operand x;
            if (!rhs_value(fs, vals->v[i], t, "variable declaration", &x)) { ok = false; continue; }
            int r = reg_alloc(fs, 1);
            discharge(fs, &x, r);
            regs[i] = r;
            types[i] = x.type;
            fresh[i] = x.fresh;
        }
    }
    if (!ok) {
        reg_free_to(fs, save);
        for (int i = 0; i < n; i++) {
            Symbol *y = new_local(fs, names->v[i], t ? t : ty_invalid, -1, false);
            if (y) y->used = true;
        }
    } else {
        for (int i = 0; i < n; i++) new_local(fs, names->v[i], types[i], regs[i], fresh[i]);
        int dst = save, k = 0;
        Symbol *syms[64];
        for (Symbol *y = fs->scope->syms; y && k < 64; y = y->next) {
            if (y->kind == SYM_VAR && y->fs == fs && y->reg >= save) syms[k++] = y;
            else break;
        }
        for (int i = k - 1; i >= 0; i--) {
            if (syms[i]->reg != dst) emit(fs, OP_MOVE, dst, syms[i]->reg, 0);
            syms[i]->reg = dst++;
        }
        reg_free_to(fs, dst);
        if (fs->freereg < dst) reg_alloc(fs, dst - fs->freereg);
    }
    free(regs);
    free(types);
    free(fresh);
}

static void decl_stmt(FuncState *fs, Node *d)
{
    Compiler *c = fs->c;
    Node *last_vals = NULL, *last_type = NULL;
    for (int i = 0; i < d->u.gen.specs.len; i++) {
        Node *spec = d->u.gen.specs.v[i];
        switch (d->u.gen.tok) {
        case T_VAR: var_spec(fs, spec); break;
        case T_CONST: {
            if (spec->u.value.values.len) { last_vals = spec; last_type = spec->u.value.type; }
            /* a local constant's scope begins after its spec: const X = X + X uses the outer X */
            int nn = spec->u.value.names.len;
            Symbol *vals = xcalloc((size_t)(nn ? nn : 1), sizeof *vals);
            for (int j = 0; j < nn; j++) {
                Node *id = spec->u.value.names.v[j];
                Symbol *t = &vals[j];
                t->kind = SYM_CONST;
                t->name = id->u.ident.name;
                t->pos = id->pos;
                t->ident = id;
                t->pkg = c->pkg;
                t->iota = spec->u.value.iota;
                t->ctype = spec->u.value.values.len ? spec->u.value.type : last_type;
                t->cexpr = last_vals && j < last_vals->u.value.values.len ? last_vals->u.value.values.v[j] : NULL;
                resolve_const(c, fs, t);
            }
            for (int j = 0; j < nn; j++) {
                Symbol *y = declare(c, fs->scope, SYM_CONST, spec->u.value.names.v[j], NULL);
                y->iota = vals[j].iota;
                y->ctype = vals[j].ctype;
                y->cexpr = vals[j].cexpr;
                y->type = vals[j].type;
                y->cval = vals[j].cval;
                y->used = true;
                y->state = 2;
            }
            free(vals);
            break;
        }
        case T_TYPE: {
            Node *name = spec->u.typespec.name;
            if (spec->u.typespec.alias) {
                Symbol *y = declare(c, fs->scope, SYM_TYPE, name, resolve_type(c, fs, spec->u.typespec.type));
                y->state = 2;
                break;
            }
            Type *t = type_named(c->pkg->name, name->u.ident.name);
            Symbol *y = declare(c, fs->scope, SYM_TYPE, name, t);
            y->state = 2;
            y->used = true;
            t->resolving = true;
            t->resolve_indir = c->indir;
            Type *u = resolve_type(c, fs, spec->u.typespec.type);
            t->resolving = false;
            if (u == ty_invalid) { y->type = ty_invalid; break; }
            type_set_underlying(t, u);
            break;
        }
        default: break;
        }
    }
}

/* --- conditions --- */

/* cond_jump emits a jump taken when e is `when`; returns it for patching.
 * `what` names the statement in errors ("if", "for"). */
static int cond_jump(FuncState *fs, Node *e, bool when, const char *what)
{
    Compiler *c = fs->c;
    int save = fs->freereg;
    if (!e) return emit_jump(fs, OP_JMP, 0);   /* a syntax error, already reported */
    while (e->kind == N_PAREN) e = e->u.unary.x;
    if (e->kind == N_BINARY) {
        int op = e->u.binary.op;
        if (!c->no_fused && (op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ || op == T_EQL || op == T_NEQ)) {
            /* signed integer comparisons jump directly (IJ*, IJ*K) */
            Operand x, y;
            int n0 = fs->ncode, np0 = c->prog->nprotos;
            expr(fs, e->u.binary.x, &x);
            expr(fs, e->u.binary.y, &y);
            bool ints = x.mode != OM_INVALID && y.mode != OM_INVALID && x.mode != OM_TYPE && y.mode != OM_TYPE &&
                        ((x.mode == OM_VALUE && x.type && type_is_integer(x.type) && !type_is_unsigned(x.type) &&
                          (y.mode == OM_CONST ? (y.cv.kind == CV_INT && type_is_untyped(y.type)) : y.type == x.type)) ||
                         (y.mode == OM_VALUE && y.type && type_is_integer(y.type) && !type_is_unsigned(y.type) &&
                          x.mode == OM_CONST && x.cv.kind == CV_INT && type_is_untyped(x.type)));
            if (ints) {
                Type *t = x.mode == OM_VALUE ? x.type : y.type;
                if (x.mode == OM_CONST) convert_untyped(fs, &x, t);
                if (y.mode == OM_CONST) convert_untyped(fs, &y, t);
            }
            if (ints && x.mode != OM_INVALID && y.mode != OM_INVALID) {
                /* normalise to a jump taken when (x OP y) == when, with a constant on the right */
                int o = op;
                if (!when) o = o == T_LSS ? T_GEQ : o == T_LEQ ? T_GTR : o == T_GTR ? T_LEQ : o == T_GEQ ? T_LSS : o == T_EQL ? T_NEQ : T_EQL;
                if (x.mode == OM_CONST) {
                    Operand tmp = x;
                    x = y;
                    y = tmp;
                    o = o == T_LSS ? T_GTR : o == T_LEQ ? T_GEQ : o == T_GTR ? T_LSS : o == T_GEQ ? T_LEQ : o;
                }
                int j;
                if (y.mode == OM_CONST && y.cv.i >= INT16_MIN && y.cv.i <= INT16_MAX) {
                    int a = discharge(fs, &x, -1);
                    int k = (int)(uint16_t)(int16_t)y.cv.i;
                    OpCode oc = o == T_LSS ? OP_IJLTK : o == T_LEQ ? OP_IJLEK : o == T_GTR ? OP_IJGTK
                                : o == T_GEQ ? OP_IJGEK : o == T_EQL ? OP_IJEQK : OP_IJNEK;
                    j = emit(fs, oc, a, k, 0);
                } else if (y.mode == OM_CONST && c->prog->nconsts <= 0xFFFF) {
                    /* a wider constant from the pool, not a LOADI before every test */
                    int a = discharge(fs, &x, -1);
                    int k = const_int(c, (int64_t)y.cv.i);
                    OpCode oc = o == T_LSS ? OP_IJLTC : o == T_LEQ ? OP_IJLEC : o == T_GTR ? OP_IJGTC
                                : o == T_GEQ ? OP_IJGEC : o == T_EQL ? OP_IJEQC : OP_IJNEC;
                    j = emit(fs, oc, a, k, 0);
                    fold_last(fs, 1);
                } else {
                    int a = discharge(fs, &x, -1), b = discharge(fs, &y, -1);
                    switch (o) {
                    case T_LSS: j = emit(fs, OP_IJLT, a, b, 0); break;
                    case T_LEQ: j = emit(fs, OP_IJLE, a, b, 0); break;
                    case T_GTR: j = emit(fs, OP_IJLT, b, a, 0); break;
                    case T_GEQ: j = emit(fs, OP_IJLE, b, a, 0); break;
                    case T_EQL: j = emit(fs, OP_IJEQ, a, b, 0); break;
                    default: j = emit(fs, OP_IJNE, a, b, 0); break;
                    }
                }
                reg_free_to(fs, save);
                return j;
            }
            /* not a plain integer comparison: drop what was emitted and evaluate the
             * whole condition below (errors are deduplicated by position) */
            fs->ncode = n0;
            protos_rollback(c, np0);
            reg_free_to(fs, save);
            if (ints) return emit_jump(fs, OP_JMP, 0);
        }
    }
    Operand x;
    expr(fs, e, &x);
    if (x.mode == OM_INVALID) { reg_free_to(fs, save); return emit_jump(fs, OP_JMP, 0); }
    if (x.type && x.mode == OM_VALUE && x.type->under->kind == K_INTERFACE && strcmp(what, "switch") == 0 &&
        implements(c, ty_bool, x.type, NULL)) {
        /* a tagless switch is `switch true`: case i compares true == i */
        int pair = reg_alloc(fs, 2);
        discharge(fs, &x, pair + 1);
        Operand t = {0};
        t.mode = OM_CONST;
        t.type = ty_bool;
        t.cv = cv_bool(true);
        t.node = e;
        coerce(fs, &t, x.type, "switch");
        discharge(fs, &t, pair);
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        emit(fs, OP_EQV, d, pair, (int)type_id(c, x.type));
        reg_free_to(fs, save);
        return emit_jump(fs, when ? OP_JT : OP_JF, d);
    }
    if (!x.type || !type_is_boolean(x.type)) {
        errorf(c, e->pos, "non-boolean condition in %s statement", what);
        reg_free_to(fs, save);
        return emit_jump(fs, OP_JMP, 0);
    }
    int r = discharge(fs, &x, -1);
    reg_free_to(fs, save);
    return emit_jump(fs, when ? OP_JT : OP_JF, r);
}

/* --- control flow --- */

static Loop *push_loop(FuncState *fs, Loop *l, Node *label, bool is_loop)
{
    memset(l, 0, sizeof *l);
    l->prev = fs->loops;
    l->label = label ? label->u.ident.name : NULL;
    l->label_node = label;
    l->is_loop = is_loop;
    l->freereg = fs->freereg;
    fs->loops = l;
    return l;
}

static void pop_loop(FuncState *fs, Loop *l, int cont_target)
{
    for (int i = 0; i < l->nbreaks; i++) patch_here(fs, l->breaks[i]);
    for (int i = 0; i < l->nconts; i++) patch_to(fs, l->conts[i], cont_target);
    free(l->breaks);
    free(l->conts);
    fs->loops = l->prev;
    if (l->label_node && !l->label_used)
        errorf(fs->c, l->label_node->pos, "label %s defined and not used", l->label);
}

static Node *take_label(FuncState *fs)
{
    Node *lab = fs->labels_pending;
    fs->labels_pending = NULL;
    return lab;
}

static void if_stmt(FuncState *fs, Node *s)
{
    Scope *outer = fs->scope;
    int save = fs->freereg;
    open_scope(fs);
    if (s->u.if_.init) stmt(fs, s->u.if_.init);
    Operand chk;
    (void)chk;
    int jf = cond_jump(fs, s->u.if_.cond, false, "if");
    block(fs, s->u.if_.then);
    if (s->u.if_.els) {
        int jend = emit_jump(fs, OP_JMP, 0);
        patch_here(fs, jf);
        if (s->u.if_.els->kind == N_IF_STMT) if_stmt(fs, s->u.if_.els);
        else block(fs, s->u.if_.els);
        patch_here(fs, jend);
    } else {
        patch_here(fs, jf);
    }
    close_scope(fs, outer, save);
}

/* per-iteration copies of loop variables that closures captured (Go 1.22) */
static void renew_boxes(FuncState *fs, Scope *sc)
{
    if (fs->c->opt.go_minor && fs->c->opt.go_minor < 22) return;
    for (Symbol *y = sc->syms; y; y = y->next) {
        if (y->kind != SYM_VAR || !y->boxed || y->fs != fs) continue;
        int t = reg_alloc(fs, 2);
        emit(fs, OP_LOAD, t, y->reg, 0);
        emit_bx(fs, OP_NEWPTR, t + 1, type_id(fs->c, y->type));
        emit(fs, OP_STORE, t + 1, t, 0);
        emit(fs, OP_MOVE, y->reg, t + 1, 0);
        reg_free_to(fs, t);
    }
}

/* fuse_loop_test: when the loop's post statement ended with `ADDI i i 1` just
 * before its test j (`i < n` jumping back), make that ADDI a FORLT* doing both.
 * The test stays for the loop's first entry (and runs once more at the exit).
 * The step costs move with them: the FORLT* costs both, the test nothing, so
 * every backward jump still costs what it did (Proto.jcost). */
static void fuse_loop_test(FuncState *fs, int j)
{
    if (j < 1 || j != fs->ncode - 1) return;
    Instr *inc = &fs->code[j - 1], *t = &fs->code[j];
    if (inc->op != OP_ADDI || inc->a != inc->b || I_SC(*inc) != 1 || t->a != inc->a) return;
    OpCode op = t->op == OP_IJLT ? OP_FORLT : t->op == OP_IJLTK ? OP_FORLTK : t->op == OP_IJLTC ? OP_FORLTC : OP_NOP;
    if (op == OP_NOP) return;
    int off = (j + 1 + I_SC(*t)) - j;   /* the same target, from one instruction earlier */
    if (off < INT16_MIN || off > INT16_MAX) return;
    *inc = (Instr){.op = (uint8_t)op, .a = t->a, .b = t->b, .c = (uint16_t)(int16_t)off};
    fs->folded[j - 1] = (int8_t)(fs->folded[j - 1] + 1 + fs->folded[j]);
    fs->folded[j] = -1;
}

static void for_stmt(FuncState *fs, Node *s)
{
    Scope *outer = fs->scope;
    int save = fs->freereg;
    Node *label = take_label(fs);
    open_scope(fs);
    if (s->u.for_.init) stmt(fs, s->u.for_.init);
    Scope *loopscope = fs->scope;
    Loop l;
    push_loop(fs, &l, label, true);
    int jcond = -1;
    if (s->u.for_.cond) jcond = emit_jump(fs, OP_JMP, 0);
    int top = here(fs);
    block(fs, s->u.for_.body);
    int cont = here(fs);
    renew_boxes(fs, loopscope);
    if (s->u.for_.post) stmt(fs, s->u.for_.post);
    if (jcond >= 0) {
        patch_here(fs, jcond);
        int j = cond_jump(fs, s->u.for_.cond, true, "for");
        patch_to(fs, j, top);
        fuse_loop_test(fs, j);
    } else {
        int j = emit_jump(fs, OP_JMP, 0);
        patch_to(fs, j, top);
    }
    pop_loop(fs, &l, cont);
    close_scope(fs, outer, save);
}

static void range_stmt(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    Scope *outer = fs->scope;
    int save = fs->freereg;
    Node *label = take_label(fs);
    if (s->u.range.tok == T_DEFINE) {
        Node **targets[2] = {&s->u.range.key, &s->u.range.value};
        for (int i = 0; i < 2; i++)
            if (*targets[i] && (*targets[i])->kind != N_IDENT) {
                errorf(c, (*targets[i])->pos, "non-name %s on left side of :=", estr(*targets[i]));
                *targets[i] = NULL;
            }
    }
    Operand x;
    expr(fs, s->u.range.x, &x);
    if (x.mode == OM_INVALID) {
        /* declare the variables so the body checks */
        open_scope(fs);
        if (s->u.range.tok == T_DEFINE) {
            if (s->u.range.key && !is_blank(c, s->u.range.key)) new_local(fs, s->u.range.key, ty_invalid, -1, false)->used = true;
            if (s->u.range.value && !is_blank(c, s->u.range.value)) new_local(fs, s->u.range.value, ty_invalid, -1, false)->used = true;
        }
        block(fs, s->u.range.body);
        close_scope(fs, outer, save);
        return;
    }
    char *before = c->opt.go_minor && c->opt.go_minor < 22 ? xstrdup(opstr(c, &x)) : NULL;   /* Go 1.21's words */
    if (x.mode == OM_CONST) convert_untyped(fs, &x, NULL);
    Type *t = x.type, *u = t->under;
    if (u->kind == K_POINTER && u->elem->under->kind == K_ARRAY) u = u->elem->under;
    Type *kt, *vt;
    int kind = u->kind;
    switch (kind) {
    case K_SLICE: case K_ARRAY: kt = ty_int; vt = u->elem; break;
    case K_STRING: kt = ty_int; vt = ty_int32; break;
    case K_MAP: kt = u->key; vt = u->elem; break;
    case K_CHAN:
        if (u->dir == CHAN_SEND) {
            errorf(c, s->u.range.x->pos, "cannot range over %s (receive from send-only channel)", opstr(c, &x));
            free(before);
            block(fs, s->u.range.body);
            reg_free_to(fs, save);
            return;
        }
        kt = u->elem; vt = NULL;
        break;
    case K_INT: case K_INT8: case K_INT16: case K_INT32: case K_INT64: case K_UINT: case K_UINT8: case K_UINT16:
    case K_UINT32: case K_UINT64: case K_UINTPTR:
        kt = t; vt = NULL; kind = K_INT;
        if (!before) break;   /* range over an integer is Go 1.22's */
        /* fall through */
    default:
        errorf(c, s->u.range.x->pos, "cannot range over %s", before ? before : opstr(c, &x));
        free(before);
        open_scope(fs);   /* declare the variables so the body checks */
        if (s->u.range.tok == T_DEFINE) {
            if (s->u.range.key && !is_blank(c, s->u.range.key)) new_local(fs, s->u.range.key, ty_invalid, -1, false)->used = true;
            if (s->u.range.value && !is_blank(c, s->u.range.value)) new_local(fs, s->u.range.value, ty_invalid, -1, false)->used = true;
        }
        block(fs, s->u.range.body);
        close_scope(fs, outer, save);
        return;
    }
    free(before);
    if (!vt && s->u.range.value) {
        errorf(c, s->u.range.value->pos, "range over %s permits only one iteration variable", opstr(c, &x));
        return;
    }
    /* hidden state: the collection, index/iterator, limit */
    int coll = reg_alloc(fs, 1);
    discharge(fs, &x, coll);
    if (kind == K_ARRAY && t->under->kind == K_ARRAY && s->u.range.value && !is_blank(c, s->u.range.value))
        emit(fs, OP_CLONE, coll, coll, (int)type_id(c, t));   /* range evaluates the array once: a copy */
    int idx = reg_alloc(fs, 1), lim = reg_alloc(fs, 1), kv = reg_alloc(fs, 3);
    if (kind == K_MAP) emit(fs, OP_MITER, idx, coll, 0);
    else if (kind == K_CHAN) { /* no index: each iteration receives */ }
    else {
        emit_bx(fs, OP_LOADI, idx, 0);
        if (kind == K_ARRAY) load_int(fs, lim, u->len);
        else if (kind == K_INT) emit(fs, OP_MOVE, lim, coll, 0);
        else emit(fs, OP_LEN, lim, coll, 0);
    }
    /* before Go 1.22, one pair of variables serves every iteration */
    bool shared = s->u.range.tok == T_DEFINE && c->opt.go_minor && c->opt.go_minor < 22;
    Symbol *vars[2] = {NULL, NULL};
    if (shared) {
        open_scope(fs);
        if (s->u.range.key && !is_blank(c, s->u.range.key)) vars[0] = new_local(fs, s->u.range.key, kt, -1, false);
        if (s->u.range.value && !is_blank(c, s->u.range.value)) vars[1] = new_local(fs, s->u.range.value, vt, -1, false);
    }
    Loop l;
    push_loop(fs, &l, label, true);
    int jcheck = kind == K_CHAN ? -1 : emit_jump(fs, OP_JMP, 0);
    int top = here(fs);
    if (kind == K_CHAN && !c->no_fused) {
        /* v := <-ch, and stop when it is closed and drained: one RECVRANGE
         * with the steps of the RECV2 and JF it stands for */
        XPUSH(l.breaks, l.nbreaks, l.capbreaks, emit(fs, OP_RECVRANGE, kv, coll, 0));
        fold_last(fs, 1);
    } else if (kind == K_CHAN) {
        /* v, ok := <-ch; stop when ok is false */
        emit(fs, OP_RECV2, kv, coll, 0);
        XPUSH(l.breaks, l.nbreaks, l.capbreaks, emit_jump(fs, OP_JF, kv + 1));
    }
    /* produce key and value into kv, kv+1 */
    int jexit = -1;
    if (kind == K_MAP) {
        /* MNEXT at the loop head: see below */
    } else if (kind == K_STRING) {
        emit(fs, OP_DECODERUNE, kv + 1, coll, idx);   /* kv+1 = rune, kv+2 = width */
        emit(fs, OP_MOVE, kv, idx, 0);
    } else if (kind != K_CHAN) {
        if (s->u.range.key && !is_blank(c, s->u.range.key)) emit(fs, OP_MOVE, kv, idx, 0);
        if (vt && s->u.range.value && !is_blank(c, s->u.range.value))
            emit(fs, elem_op(kind == K_ARRAY ? OP_AINDEX : OP_IINDEX, vt), kv + 1, coll, idx);
    }
    (void)jexit;
    /* bind the variables */
    open_scope(fs);
    int vars_base = fs->freereg;
    (void)vars_base;
    if (shared) {
        for (int i = 0; i < 2; i++)
            if (vars[i]) store_var(fs, vars[i], kv + i, i ? vt : kt);
    } else if (s->u.range.tok == T_DEFINE) {
        Node *ids[2] = {s->u.range.key, s->u.range.value};
        Type *ts[2] = {kt, vt};
        for (int i = 0; i < 2; i++) {
            if (!ids[i] || is_blank(c, ids[i])) continue;
            if (!type_is_aggregate(ts[i]) && !escaped_ident(c, ids[i])) {
                /* the variable lives where the loop produces it */
                Symbol *y = declare(c, fs->scope, SYM_VAR, ids[i], ts[i]);
                y->fs = fs;
                y->reg = kv + i;
            } else {
                new_local(fs, ids[i], ts[i], kv + i, false);
            }
        }
    } else if (s->u.range.tok == T_ASSIGN) {
        /* i, x[i] = k, v: both targets' operands first, then the stores (as in `=`) */
        Node *targets[2] = {s->u.range.key, s->u.range.value};
        bool both = targets[0] && targets[1] && !is_blank(c, targets[0]) && !is_blank(c, targets[1]);
        LValue lvs[2];
        int top2 = fs->freereg;
        for (int i = 0; i < 2; i++) {
            lvs[i].kind = LV_BLANK;
            if (!targets[i] || is_blank(c, targets[i])) continue;
            lvalue_stable(fs, targets[i], &lvs[i], both);
        }
        for (int i = 0; i < 2; i++) {
            LValue *lv = &lvs[i];
            if (lv->kind != LV_INVALID && lv->kind != LV_BLANK) {
                Operand v = {.mode = OM_VALUE, .type = i ? vt : kt, .reg = kv + i, .node = targets[i]};
                coerce(fs, &v, lv->type, "range");
                if (v.mode != OM_INVALID) store(fs, lv, v.reg, false);
            }
        }
        reg_free_to(fs, top2);
    }
    block(fs, s->u.range.body);
    close_scope(fs, fs->scope->parent, vars_base);
    int cont = here(fs);
    if (kind == K_STRING) emit(fs, OP_ADD, idx, idx, kv + 2);
    else if (kind != K_MAP && kind != K_CHAN) emit(fs, OP_ADDI, idx, idx, 1);
    if (jcheck >= 0) patch_here(fs, jcheck);
    if (kind == K_CHAN) {
        int jb = emit_jump(fs, OP_JMP, 0);
        patch_to(fs, jb, top);
    } else if (kind == K_MAP) {
        set_line(fs, s->pos);   /* the next step is the range's (Go's mapiternext) */
        int jn = emit(fs, OP_MNEXT, kv, idx, 0);
        int jb = emit_jump(fs, OP_JMP, 0);
        patch_to(fs, jb, top);
        patch_here(fs, jn);
    } else if (fs->ncode + 1 - top > INT16_MAX) {   /* beyond IJLT's reach */
        int cond = reg_alloc(fs, 1);
        emit(fs, OP_LT, cond, idx, lim);
        int j = emit_jump(fs, OP_JT, cond);
        patch_to(fs, j, top);
        reg_free_to(fs, cond);
    } else {
        int j = emit(fs, OP_IJLT, idx, lim, 0);
        patch_to(fs, j, top);
        fuse_loop_test(fs, j);
    }
    pop_loop(fs, &l, cont);
    if (shared) close_scope(fs, outer, save);
    fs->scope = outer;
    reg_free_to(fs, save);
}

static void switch_stmt(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    Scope *outer = fs->scope;
    int save = fs->freereg;
    Node *label = take_label(fs);
    open_scope(fs);
    if (s->u.sw.init) stmt(fs, s->u.sw.init);
    Operand tag;
    int tagreg = -1;
    Type *tagtype = ty_bool;
    if (s->u.sw.tag) {
        expr(fs, s->u.sw.tag, &tag);
        if (tag.mode == OM_CONST) convert_untyped(fs, &tag, NULL);
        if (tag.mode != OM_INVALID) {
            if (tag.mode == OM_NOVALUE) {
                errorf(c, s->u.sw.tag->pos, "%s (no value) used as value", estr(s->u.sw.tag));
            } else {
                tagreg = reg_alloc(fs, 1);
                discharge(fs, &tag, tagreg);
                tagtype = tag.type;
            }
        }
    }
    Loop l;
    push_loop(fs, &l, label, false);
    NodeList *clauses = &s->u.sw.body->u.block.stmts;
    int n = clauses->len;
    int *body_jumps = xcalloc((size_t)n + 1, sizeof *body_jumps);
    int default_clause = -1;
    /* dispatch: test each case in order */
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->v[i];
        if (cl->u.clause.is_default || cl->u.clause.list.len == 0) {
            if (default_clause >= 0) errorf(c, cl->pos, "multiple defaults in switch");
            default_clause = i;
            body_jumps[i] = -1;
            continue;
        }
        int *hits = xcalloc((size_t)cl->u.clause.list.len, sizeof *hits);
        for (int k = 0; k < cl->u.clause.list.len; k++) {
            Node *ce = cl->u.clause.list.v[k];
            int top = fs->freereg;
            if (tagreg < 0 && !s->u.sw.tag) {
                hits[k] = cond_jump(fs, ce, true, "switch");
            } else {
                Operand v;
                expr(fs, ce, &v);
                if (v.mode == OM_INVALID || tagreg < 0) { hits[k] = -1; reg_free_to(fs, top); continue; }
                /* duplicate constant cases */
                if (v.mode == OM_CONST) {
                    for (int pi = 0; pi <= i; pi++) {
                        Node *pc = clauses->v[pi];
                        for (int pk = 0; pk < pc->u.clause.list.len && !(pi == i && pk >= k); pk++) {
                            Node *pe = pc->u.clause.list.v[pk];
                            if (pe->kind == N_BASIC_LIT && ce->kind == N_BASIC_LIT && pe->u.lit.len == ce->u.lit.len &&
                                memcmp(pe->u.lit.text, ce->u.lit.text, ce->u.lit.len) == 0) {
                                Operand cv = v;
                                convert_untyped(fs, &cv, tagtype);
                                errorf(c, ce->pos, "duplicate case %s in expression switch\n\t%s:%u:%u: previous case",
                                       opstr(c, &cv), c->diags->files[pe->pos.file], pe->pos.line, pe->pos.col);
                                goto dup_done;
                            }
                        }
                    }
                dup_done:;
                }
                Node cmp;
                memset(&cmp, 0, sizeof cmp);
                cmp.kind = N_BINARY;
                cmp.pos = ce->pos;
                cmp.op_pos = ce->pos;
                cmp.u.binary.op = T_EQL;
                cmp.u.binary.x = s->u.sw.tag;
                cmp.u.binary.y = ce;
                Operand t = {.mode = OM_VALUE, .type = tagtype, .reg = tagreg, .node = s->u.sw.tag};
                /* compare tag (already evaluated) with v */
                Operand a = t, b = v;
                if (type_is_untyped(b.type)) convert_untyped(fs, &b, a.type->kind == K_INTERFACE ? NULL : a.type);
                if (b.mode == OM_INVALID) { hits[k] = -1; reg_free_to(fs, top); continue; }
                if (a.type != b.type) {
                    if (a.type->kind == K_INTERFACE && implements(c, b.type, a.type, NULL)) coerce(fs, &b, a.type, "switch");
                    else if (b.type->kind == K_INTERFACE && implements(c, a.type, b.type, NULL)) coerce(fs, &a, b.type, "switch");
                    else {
                        errorf(c, ce->pos, "invalid case %s in switch on %s (mismatched types %s and %s)", estr(ce),
                               estr(s->u.sw.tag), tstr(c, b.type), tstr(c, a.type));
                        hits[k] = -1;
                        reg_free_to(fs, top);
                        continue;
                    }
                }
                Type *ct = a.type, *u = ct->under;
                int r = reg_alloc(fs, 1);
                if (u->kind == K_INTERFACE || u->kind == K_STRUCT || u->kind == K_ARRAY) {
                    int pair = reg_alloc(fs, 2);
                    discharge(fs, &a, pair);
                    discharge(fs, &b, pair + 1);
                    emit(fs, OP_EQV, r, pair, (int)type_id(c, ct));
                } else {
                    int ar = discharge(fs, &a, -1), br = discharge(fs, &b, -1);
                    OpCode oc = type_is_string(u) ? OP_SEQ : type_is_float(u) ? OP_FEQ
                                : (u->kind == K_POINTER || u->kind == K_CHAN || u->kind == K_MAP || u->kind == K_SLICE || u->kind == K_FUNC) ? OP_PEQ : OP_EQ;
                    emit(fs, oc, r, ar, br);
                }
                hits[k] = emit_jump(fs, OP_JT, r);
                (void)cmp;
            }
            reg_free_to(fs, top);
        }
        /* all of this clause's hits go to its body */
        body_jumps[i] = -2 - i;   /* marker: patched below */
        cl->aux = hits;
    }
    int jdefault = emit_jump(fs, OP_JMP, 0);
    int *fall = xcalloc((size_t)n + 1, sizeof *fall);
    for (int i = 0; i < n; i++) fall[i] = -1;
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->v[i];
        int start = here(fs);
        if (i > 0 && fall[i - 1] >= 0) patch_to(fs, fall[i - 1], start);
        if (i == default_clause) patch_to(fs, jdefault, start);
        else {
            int *hits = cl->aux;
            for (int k = 0; k < cl->u.clause.list.len; k++)
                if (hits[k] >= 0) patch_to(fs, hits[k], start);
            free(hits);
            cl->aux = NULL;
        }
        Scope *sc = fs->scope;
        int top = fs->freereg;
        open_scope(fs);
        NodeList *body = &cl->u.clause.body;
        bool falls = false;
        for (int k = 0; k < body->len; k++) {
            Node *st = body->v[k];
            if (st->kind == N_BRANCH_STMT && st->u.branch.op == T_FALLTHROUGH) {
                if (k != body->len - 1) errorf(c, st->pos, "fallthrough statement out of place");
                else if (i == n - 1) errorf(c, st->pos, "cannot fallthrough final case in switch");
                else falls = true;
                continue;
            }
            stmt(fs, st);
        }
        close_scope(fs, sc, top);
        if (falls) fall[i] = emit_jump(fs, OP_JMP, 0);
        else XPUSH(l.breaks, l.nbreaks, l.capbreaks, emit_jump(fs, OP_JMP, 0));
    }
    if (default_clause < 0) patch_here(fs, jdefault);
    free(fall);
    free(body_jumps);
    pop_loop(fs, &l, here(fs));
    close_scope(fs, outer, save);
}

static void type_switch(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    Scope *outer = fs->scope;
    int save = fs->freereg;
    Node *label = take_label(fs);
    open_scope(fs);
    if (s->u.sw.init) stmt(fs, s->u.sw.init);
    Node *a = s->u.sw.assign;
    Node *bind = NULL, *ta;
    if (a->kind == N_ASSIGN_STMT) {
        bind = a->u.assign.lhs.v[0];
        ta = a->u.assign.rhs.v[0];
    } else {
        ta = a->u.expr.x;
    }
    Operand x;
    expr(fs, ta->u.assert.x, &x);
    int xr = -1;
    if (x.mode != OM_INVALID) {
        if (x.mode != OM_VALUE || x.type->kind != K_INTERFACE) {
            errorf(c, ta->u.assert.x->pos, "%s is not an interface", opstr(c, &x));
            x.mode = OM_INVALID;
        } else {
            xr = reg_alloc(fs, 1);
            discharge(fs, &x, xr);
        }
    }
    Loop l;
    push_loop(fs, &l, label, false);
    NodeList *clauses = &s->u.sw.body->u.block.stmts;
    int n = clauses->len, default_clause = -1;
    Type ***ctypes = xcalloc((size_t)n + 1, sizeof *ctypes);
    bool used_any = false;
    Symbol **binds = xcalloc((size_t)n + 1, sizeof *binds);
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->v[i];
        if (cl->u.clause.is_default || cl->u.clause.list.len == 0) {
            default_clause = i;
            continue;
        }
        int m = cl->u.clause.list.len;
        int *hits = xcalloc((size_t)m, sizeof *hits);
        ctypes[i] = xcalloc((size_t)m, sizeof **ctypes);
        for (int k = 0; k < m; k++) {
            Node *te = cl->u.clause.list.v[k];
            hits[k] = -1;
            Type *t;
            if (te->kind == N_IDENT && lookup(c, fs->scope, te->u.ident.name) &&
                lookup(c, fs->scope, te->u.ident.name)->kind == SYM_NIL) t = NULL;
            else {
                t = resolve_type(c, fs, te);
                if (t == ty_invalid) continue;
            }
            ctypes[i][k] = t;
            if (xr < 0) continue;
            if (t && t->kind != K_INTERFACE) {
                Buf why = BUF_INIT;
                if (!implements(c, t, x.type, &why)) {
                    errorf(c, te->pos, "impossible type switch case: %s (type %s) cannot have dynamic type %s %s",
                           estr(ta->u.assert.x), tstr(c, x.type), tstr(c, t), buf_str(&why));
                    buf_fini(&why);
                    continue;
                }
                buf_fini(&why);
                ensure_method_table(c, t);
            }
            int r = reg_alloc(fs, 1);
            emit(fs, OP_ISTYPE, r, xr, t ? (int)type_id(c, t) : 0);
            hits[k] = emit_jump(fs, OP_JT, r);
            reg_free_to(fs, r);
        }
        cl->aux = hits;
    }
    int jdefault = emit_jump(fs, OP_JMP, 0);
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->v[i];
        int start = here(fs);
        int m = cl->u.clause.list.len;
        if (i == default_clause) patch_to(fs, jdefault, start);
        else {
            int *hits = cl->aux;
            for (int k = 0; k < m; k++)
                if (hits[k] >= 0) patch_to(fs, hits[k], start);
            free(hits);
            cl->aux = NULL;
        }
        Scope *sc = fs->scope;
        int top = fs->freereg;
        open_scope(fs);
        if (bind && !is_blank(c, bind) && xr >= 0) {
            Type *bt = x.type;
            if (m == 1 && ctypes[i] && ctypes[i][0]) bt = ctypes[i][0];
            Symbol *y;
            if (bt != x.type && bt->kind != K_INTERFACE) {
                int r = reg_alloc(fs, 1);
                emit(fs, OP_ASSERT, r, xr, (int)type_id(c, bt));
                emit_bx(fs, OP_EXTRA, 0, type_id(c, x.type));
                y = new_local(fs, bind, bt, r, true);
            } else {
                y = new_local(fs, bind, bt, xr, true);
            }
            binds[i] = y;
        }
        NodeList *body = &cl->u.clause.body;
        for (int k = 0; k < body->len; k++) {
            Node *st = body->v[k];
            if (st->kind == N_BRANCH_STMT && st->u.branch.op == T_FALLTHROUGH) {
                errorf(c, st->pos, "cannot fallthrough in type switch");
                continue;
            }
            stmt(fs, st);
        }
        if (binds[i] && binds[i]->used) used_any = true;
        if (binds[i]) binds[i]->used = true;   /* reported once below, as Go does */
        close_scope(fs, sc, top);
        XPUSH(l.breaks, l.nbreaks, l.capbreaks, emit_jump(fs, OP_JMP, 0));
        free(ctypes[i]);
    }
    if (default_clause < 0) patch_here(fs, jdefault);
    if (bind && !is_blank(c, bind) && xr >= 0 && !used_any)
        errorf(c, bind->pos, "declared and not used: %s", bind->u.ident.name);
    free(ctypes);
    free(binds);
    pop_loop(fs, &l, here(fs));
    close_scope(fs, outer, save);
}

static void branch(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    int op = s->u.branch.op;
    const char *label = s->u.branch.label ? s->u.branch.label->u.ident.name : NULL;
    if (op == T_GOTO) {
        errorf(c, s->pos, "goto is not in gorolab's Go subset (see gorolab-go(7))");
        return;
    }
    if (op == T_FALLTHROUGH) {
        errorf(c, s->pos, "fallthrough statement out of place");
        return;
    }
    for (Loop *l = fs->loops; l; l = l->prev) {
        if (label && l->label != label) continue;
        if (label) l->label_used = true;
        if (op == T_CONTINUE && !l->is_loop) {
            if (label) { errorf(c, s->pos, "invalid continue label %s", label); return; }
            continue;
        }
        int j = emit_jump(fs, OP_JMP, 0);
        if (op == T_BREAK) XPUSH(l->breaks, l->nbreaks, l->capbreaks, j);
        else XPUSH(l->conts, l->nconts, l->capconts, j);
        return;
    }
    if (label) errorf(c, s->u.branch.label->pos, "invalid %s label %s", op == T_BREAK ? "break" : "continue", label);
    else errorf(c, s->pos, "%s is not in a loop%s", op == T_BREAK ? "break" : "continue",
                op == T_BREAK ? ", switch, or select" : "");
}

/* direct_return compiles `return e1, ..., en` of a function without result
 * variables: the values go straight to the registers RET returns. */
static bool direct_return(FuncState *fs, Node *s)
{
    NodeList *rl = &s->u.ret.results;
    int nres = fs->nresults;
    if (rl->len != nres || nres == 0) return false;
    int save = fs->freereg;
    if (nres == 1) {
        Operand x;
        expr_hint(fs, rl->v[0], &x, fs->sig->results[0]);
        coerce(fs, &x, fs->sig->results[0], "return statement");
        if (x.mode == OM_INVALID) { reg_free_to(fs, save); return true; }
        int r;
        if (type_is_aggregate(x.type) && x.mode == OM_VALUE && !x.fresh) {
            r = reg_alloc(fs, 1);
            emit(fs, OP_CLONE, r, x.reg, (int)type_id(fs->c, x.type));
        } else {
            r = discharge(fs, &x, -1);   /* a variable's own register is fine */
        }
        emit(fs, OP_RET, r, 1, 0);
        reg_free_to(fs, save);
        return true;
    }
    int out = reg_alloc(fs, nres);
    for (int i = 0; i < nres; i++) {
        int top = fs->freereg;
        value_to(fs, rl->v[i], fs->sig->results[i], out + i, "return statement");
        reg_free_to(fs, top);
    }
    emit(fs, OP_RET, out, nres, 0);
    reg_free_to(fs, save);
    return true;
}

static void return_stmt(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    NodeList *rl = &s->u.ret.results;
    int nres = fs->nresults;
    int save = fs->freereg;
    if (fs->direct_return && direct_return(fs, s)) return;
    if (rl->len == 0) {
        if (nres > 0 && !fs->named_results) {
            errorf(c, s->pos, "not enough return values\n\thave ()\n\twant %s", tstr(c, type_tuple(fs->sig->results, nres)));
            return;
        }
    } else if (rl->len == 1 && nres > 1) {
        Operand x;
        expr(fs, rl->v[0], &x);
        if (x.mode == OM_INVALID) return;
        if (x.mode != OM_VALUE || !x.type || x.type->kind != K_TUPLE || (int)x.type->nparams != nres) {
            errorf(c, rl->v[0]->pos, "not enough return values\n\thave (%s)\n\twant %s",
                   x.type ? tstr(c, x.type) : "", tstr(c, type_tuple(fs->sig->results, nres)));
            return;
        }
        for (int i = 0; i < nres; i++) {
            Operand v = {.mode = OM_VALUE, .type = x.type->params[i], .reg = x.reg + i, .node = rl->v[0], .fresh = true};
            coerce(fs, &v, fs->sig->results[i], "return statement");
            if (v.mode == OM_INVALID) return;
            int top = fs->freereg;
            store_var(fs, fs->results[i], v.reg, fs->sig->results[i]);
            reg_free_to(fs, top);
        }
    } else if (rl->len != nres) {
        Buf have = BUF_INIT;
        buf_putc(&have, '(');
        for (int i = 0; i < rl->len; i++) {
            Operand x;
            int top = fs->freereg;
            expr(fs, rl->v[i], &x);
            reg_free_to(fs, top);
            if (i) buf_puts(&have, ", ");
            if (x.mode == OM_CONST && type_is_untyped(x.type)) buf_puts(&have, type_is_numeric(x.type) ? "number" : x.type == ty_untyped_nil ? "nil" : type_is_string(x.type) ? "string" : "bool");
            else buf_puts(&have, x.type ? tstr(c, x.type) : "?");
        }
        buf_putc(&have, ')');
        if (nres == 0)
            errorf(c, rl->v[0]->pos, "too many return values\n\thave %s\n\twant ()", buf_str(&have));
        else
            errorf(c, rl->len > nres ? rl->v[nres]->pos : s->pos, "%s return values\n\thave %s\n\twant %s",
                   rl->len > nres ? "too many" : "not enough", buf_str(&have),
                   tstr(c, type_tuple(fs->sig->results, nres)));
        buf_fini(&have);
        return;
    } else {
        /* evaluate all first, then assign (return a, b may read results) */
        int tmp = reg_alloc(fs, nres);
        for (int i = 0; i < nres; i++) {
            int top = fs->freereg;
            value_to(fs, rl->v[i], fs->sig->results[i], tmp + i, "return statement");
            reg_free_to(fs, top);
        }
        for (int i = 0; i < nres; i++) store_var(fs, fs->results[i], tmp + i, fs->sig->results[i]);
    }
    reg_free_to(fs, save);
    if (fs->has_defer) emit(fs, OP_RUNDEFERS, 0, 0, 0);
    int out = reg_alloc(fs, nres ? nres : 1);
    for (int i = 0; i < nres; i++) load_var(fs, fs->results[i], out + i);
    emit(fs, OP_RET, out, nres, 0);
    reg_free_to(fs, save);
}

static void defer_stmt(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    Node *call = s->u.go_.call;
    if (call->kind != N_CALL) {
        errorf(c, call->pos, "expression in %s must be function call", s->kind == N_DEFER_STMT ? "defer" : "go");
        return;
    }
    bool go = s->kind == N_GO_STMT;
    int save = fs->freereg;
    Operand x;
    call_defer(fs, call, &x);
    if (x.mode == OM_INVALID) { reg_free_to(fs, save); return; }
    if (!go) fs->has_defer = true;
    if (x.type == NULL && x.mode == OM_NOVALUE) {
        /* a builtin: panic(v) is deferred as a call of a tiny closure */
        Node *fun = call->u.call.fun;
        while (fun->kind == N_PAREN) fun = fun->u.unary.x;
        Symbol *y = fun->kind == N_IDENT ? lookup(c, fs->scope, fun->u.ident.name) : NULL;
        if (y && y->kind == SYM_BUILTIN && y->builtin == BI_PANIC) {
            Proto *p = proto_new(c, "runtime.gopanic", call->pos);
            int pi = proto_add(c, p);
            p->nparams = 1;
            FuncState f;
            fs_begin(&f, c, NULL, p);
            f.freereg = f.maxreg = 1;
            emit(&f, OP_PANIC, 0, 0, 0);
            emit(&f, OP_RET, 0, 0, 0);
            fs_end(&f);
            int base = reg_alloc(fs, 2);
            emit(fs, OP_MOVE, base + 1, x.reg, 0);
            emit_bx(fs, OP_LOADF, base, (uint32_t)pi);
            if (go) set_line(fs, s->pos);   /* `created by` names the go statement's line */
            emit(fs, go ? OP_GO : OP_DEFER, base, 1, 0);
        } else {
            errorf(c, call->pos, "%s of built-in %s is not in gorolab's Go subset yet", go ? "go" : "defer", estr(fun));
        }
        reg_free_to(fs, save);
        return;
    }
    if (go) set_line(fs, s->pos);   /* `created by` names the go statement's line, not its arguments' */
    emit(fs, go ? OP_GO : OP_DEFER, x.reg, (int)x.cv.i, 0);
    reg_free_to(fs, save);
}

static void incdec(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    int save = fs->freereg;
    Node *xe = s->u.incdec.x;
    LValue lv;
    lvalue(fs, xe, &lv);
    if (lv.kind == LV_INVALID) { reg_free_to(fs, save); return; }
    if (lv.kind == LV_BLANK) { errorf(c, xe->pos, "cannot use _ as value"); return; }
    Operand x;
    load_lvalue(fs, xe, &lv, &x);   /* as in gc, x++ counts as a use of x */
    if (x.mode == OM_INVALID) { reg_free_to(fs, save); return; }
    if (!type_is_numeric(x.type)) {
        errorf(c, xe->pos, "invalid operation: %s%s (non-numeric type %s)", estr(xe), s->u.incdec.op == T_INC ? "++" : "--", tstr(c, x.type));
        reg_free_to(fs, save);
        return;
    }
    /* a variable loaded into a temporary (captured, boxed, global): the sum
     * overwrites it, so that x++ on a captured int becomes one INCUPL */
    int r = lv.kind == LV_VAR && x.reg >= save ? x.reg : reg_alloc(fs, 1);
    if (type_is_float(x.type)) {
        int k = reg_alloc(fs, 1);
        emit_bx(fs, OP_LOADK, k, (uint32_t)const_float(c, 1.0));
        emit(fs, s->u.incdec.op == T_INC ? OP_FADD : OP_FSUB, r, x.reg, k);
    } else {
        emit(fs, OP_ADDI, r, x.reg, (int)(uint16_t)(int16_t)(s->u.incdec.op == T_INC ? 1 : -1));
        int bits = type_int_bits(x.type);
        if (bits < 64) emit(fs, OP_EXT, r, r, bits | (type_is_unsigned(x.type) ? 0x100 : 0));
    }
    store(fs, &lv, r, true);
    reg_free_to(fs, save);
}

static void expr_stmt(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    Node *e = s->u.expr.x;
    int save = fs->freereg;
    Operand x;
    expr(fs, e, &x);
    reg_free_to(fs, save);
    if (x.mode == OM_INVALID) return;
    Node *inner = e;
    while (inner->kind == N_PAREN) inner = inner->u.unary.x;
    if (inner->kind == N_UNARY && inner->u.unary.op == T_ARROW) return;   /* a receive */
    if (inner->kind == N_CALL) {
        if (x.mode == OM_CONST || (x.mode == OM_VALUE && x.type && !x.fresh && false)) goto unused;
        /* conversions and some builtins are not statements */
        Node *fun = inner->u.call.fun;
        while (fun->kind == N_PAREN) fun = fun->u.unary.x;
        Operand f;
        int top = fs->freereg;
        bool was_dry = c->dry_run;
        c->dry_run = true;
        int n0 = fs->ncode;
        expr(fs, fun, &f);
        fs->ncode = n0;
        c->dry_run = was_dry;
        reg_free_to(fs, top);
        if (f.mode == OM_TYPE) goto unused;
        if (f.mode == OM_BUILTIN) {
            Builtin b = f.builtin;
            if (b != BI_COPY && b != BI_DELETE && b != BI_PANIC && b != BI_PRINT && b != BI_PRINTLN &&
                b != BI_RECOVER && b != BI_CLEAR && b != BI_CLOSE)
                goto unused;
        }
        return;
    }
unused:
    /* types2: the operand as in other messages, then what is wrong with it */
    x.node = e;
    if (x.mode == OM_TYPE) errorf(c, e->pos, "%s is not an expression", opstr(c, &x));
    else if (x.mode == OM_BUILTIN) errorf(c, e->pos, "%s must be called", opstr(c, &x));
    else errorf(c, e->pos, "%s is not used", opstr(c, &x));
}

/* --- channels --- */

/* chan_operand evaluates the channel of a send (send = true) or receive
 * and checks its type and direction; returns false after an error. */
static bool chan_operand(FuncState *fs, Node *e, Node *at, bool send, Operand *x)
{
    Compiler *c = fs->c;
    (void)at;
    expr(fs, e, x);
    if (x->mode == OM_INVALID) return false;
    if (x->mode == OM_CONST && x->type == ty_untyped_nil) {
        errorf(c, e->pos, "invalid operation: cannot %s nil", send ? "send to" : "receive from");
        return false;
    }
    valid_value(fs, x);
    if (x->mode == OM_INVALID) return false;
    Type *u = x->type->under;
    if (u->kind != K_CHAN) {
        errorf(c, e->pos, "invalid operation: cannot %s non-channel %s", send ? "send to" : "receive from", opstr(c, x));
        return false;
    }
    if (send && u->dir == CHAN_RECV) {
        errorf(c, e->pos, "invalid operation: cannot send to receive-only channel %s", opstr(c, x));
        return false;
    }
    if (!send && u->dir == CHAN_SEND) {
        errorf(c, e->pos, "invalid operation: cannot receive from send-only channel %s", opstr(c, x));
        return false;
    }
    return true;
}

static void send_stmt(FuncState *fs, Node *s)
{
    int save = fs->freereg;
    Operand ch;
    if (!chan_operand(fs, s->u.send.ch, s, true, &ch)) {
        Operand v;
        expr(fs, s->u.send.value, &v);
        reg_free_to(fs, save);
        return;
    }
    int cr = discharge(fs, &ch, -1);
    int vr = value_to(fs, s->u.send.value, ch.type->under->elem, -1, "send");
    emit(fs, OP_SEND, cr, vr, 0);
    reg_free_to(fs, save);
}

/* select_stmt: every channel and sent value is evaluated in source order,
 * SELECT picks a case (or blocks), and a chain of compare-jumps runs the
 * chosen clause; receive clauses then bind their variables. */
static void select_stmt(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    Scope *outer = fs->scope;
    int save = fs->freereg;
    Node *label = take_label(fs);
    NodeList *clauses = &s->u.sw.body->u.block.stmts;
    int n = clauses->len, ncases = 0, def = -1;
    int *caseof = xcalloc((size_t)n + 1, sizeof *caseof);   /* clause -> case index */
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->v[i];
        if (cl->u.clause.is_default || !cl->u.clause.comm) {
            if (def >= 0) errorf(c, cl->pos, "multiple defaults in select");
            def = i;
            caseof[i] = -1;
        } else {
            caseof[i] = ncases++;
        }
    }
    if (ncases > 32) {
        errorf(c, s->pos, "gorolab: a select may have at most 32 cases");
        free(caseof);
        return;
    }
    int base = reg_alloc(fs, 2 * ncases + 3);
    uint32_t sendmask = 0;
    bool ok = true;
    for (int i = 0; i < n; i++) {
        if (caseof[i] < 0) continue;
        Node *comm = clauses->v[i]->u.clause.comm;
        int k = caseof[i];
        int top = fs->freereg;
        if (comm->kind == N_SEND_STMT) {
            Operand ch;
            sendmask |= 1u << k;
            if (!chan_operand(fs, comm->u.send.ch, comm, true, &ch)) { ok = false; reg_free_to(fs, top); continue; }
            discharge(fs, &ch, base + 2 * k);
            value_to(fs, comm->u.send.value, ch.type->under->elem, base + 2 * k + 1, "send");
        } else {
            Node *rx = comm->kind == N_EXPR_STMT ? comm->u.expr.x
                       : comm->kind == N_ASSIGN_STMT && comm->u.assign.rhs.len == 1 ? comm->u.assign.rhs.v[0] : NULL;
            while (rx && rx->kind == N_PAREN) rx = rx->u.unary.x;
            if (!rx || rx->kind != N_UNARY || rx->u.unary.op != T_ARROW) {
                errorf(c, comm->pos, "select case must be receive, send or assign recv");
                ok = false;
                continue;
            }
            Operand ch;
            if (!chan_operand(fs, rx->u.unary.x, rx, false, &ch)) { ok = false; reg_free_to(fs, top); continue; }
            discharge(fs, &ch, base + 2 * k);
            clauses->v[i]->aux = ch.type->under->elem;   /* the received type, for the clause */
        }
        reg_free_to(fs, top);
    }
    if (!ok) {
        free(caseof);
        reg_free_to(fs, save);
        return;
    }
    set_line(fs, s->pos);   /* a goroutine blocked here shows the select's line, as Go does */
    fs->line = s->pos.line;
    emit(fs, OP_SELECT, base, ncases, def >= 0 ? 1 : 0);
    emit_bx(fs, OP_EXTRA, 0, sendmask);
    Loop l;
    push_loop(fs, &l, label, false);
    /* dispatch on the chosen case */
    int *jumps = xcalloc((size_t)n + 1, sizeof *jumps);
    for (int i = 0; i < n; i++) {
        if (c->no_fused) {
            int k = reg_alloc(fs, 2);
            emit_bx(fs, OP_LOADI, k, (uint32_t)(int32_t)caseof[i]);
            emit(fs, OP_EQ, k + 1, base, k);
            jumps[i] = emit_jump(fs, OP_JT, k + 1);
            reg_free_to(fs, k);
        } else {
            jumps[i] = emit(fs, OP_IJEQK, base, (int)(uint16_t)(int16_t)caseof[i], 0);
        }
    }
    int jend = emit_jump(fs, OP_JMP, 0);
    for (int i = 0; i < n; i++) {
        Node *cl = clauses->v[i];
        patch_here(fs, jumps[i]);
        Scope *sc = fs->scope;
        int top = fs->freereg;
        open_scope(fs);
        Node *comm = cl->u.clause.comm;
        if (comm && comm->kind == N_ASSIGN_STMT) {
            /* v [, ok] = <-ch  or  v [, ok] := <-ch */
            Type *elem = cl->aux;
            NodeList *L = &comm->u.assign.lhs;
            if (L->len > 2) {
                errorf(c, comm->pos, "assignment mismatch: %d variables but <-ch returns 2 values", L->len);
            } else {
                for (int k = 0; k < L->len; k++) {
                    Node *lhs = L->v[k];
                    if (is_blank(c, lhs)) continue;
                    Type *t = k == 0 ? elem : ty_bool;
                    if (comm->u.assign.op == T_DEFINE) {
                        if (lhs->kind != N_IDENT) {
                            errorf(c, lhs->pos, "non-name %s on left side of :=", estr(lhs));
                            continue;
                        }
                        new_local(fs, lhs, t, base + 1 + k, true);
                    } else {
                        LValue lv;
                        int t2 = fs->freereg;
                        lvalue(fs, lhs, &lv);
                        if (lv.kind != LV_INVALID && lv.kind != LV_BLANK) {
                            Operand v = {.mode = OM_VALUE, .type = k == 0 ? elem : ty_untyped_bool, .reg = base + 1 + k, .node = lhs, .fresh = true};
                            coerce(fs, &v, lv.type, "assignment");
                            if (v.mode != OM_INVALID) {
                                int r = reg_alloc(fs, 1);   /* store_var wants a temporary */
                                emit(fs, OP_MOVE, r, v.reg, 0);
                                store(fs, &lv, r, true);
                            }
                        }
                        reg_free_to(fs, t2);
                    }
                }
            }
        }
        NodeList *body = &cl->u.clause.body;
        for (int k = 0; k < body->len; k++) stmt(fs, body->v[k]);
        close_scope(fs, sc, top);
        XPUSH(l.breaks, l.nbreaks, l.capbreaks, emit_jump(fs, OP_JMP, 0));
        cl->aux = NULL;
    }
    patch_here(fs, jend);
    free(jumps);
    free(caseof);
    pop_loop(fs, &l, here(fs));
    fs->scope = outer;
    reg_free_to(fs, save);
}

void block(FuncState *fs, Node *b)
{
    Scope *outer = fs->scope;
    int save = fs->freereg;
    open_scope(fs);
    for (int i = 0; i < b->u.block.stmts.len; i++) stmt(fs, b->u.block.stmts.v[i]);
    close_scope(fs, outer, save);
}

void stmt(FuncState *fs, Node *s)
{
    Compiler *c = fs->c;
    if (too_deep(c, s->pos)) return;
    set_line(fs, s->pos);
    switch (s->kind) {
    case N_EMPTY_STMT: break;
    case N_BLOCK: block(fs, s); break;
    case N_EXPR_STMT: expr_stmt(fs, s); break;
    case N_ASSIGN_STMT: assign_stmt(fs, s); break;
    case N_INCDEC_STMT: incdec(fs, s); break;
    case N_DECL_STMT: decl_stmt(fs, s->u.decl.decl); break;
    case N_IF_STMT: if_stmt(fs, s); break;
    case N_FOR_STMT: for_stmt(fs, s); break;
    case N_RANGE_STMT: range_stmt(fs, s); break;
    case N_SWITCH_STMT: switch_stmt(fs, s); break;
    case N_TYPE_SWITCH_STMT: type_switch(fs, s); break;
    case N_RETURN_STMT: return_stmt(fs, s); break;
    case N_BRANCH_STMT: branch(fs, s); break;
    case N_DEFER_STMT: case N_GO_STMT: defer_stmt(fs, s); break;
    case N_LABELED_STMT: {
        Node *inner = s->u.labeled.stmt;
        if (inner && (inner->kind == N_FOR_STMT || inner->kind == N_RANGE_STMT || inner->kind == N_SWITCH_STMT ||
                      inner->kind == N_TYPE_SWITCH_STMT || inner->kind == N_SELECT_STMT)) {
            fs->labels_pending = s->u.labeled.label;
            stmt(fs, inner);
            fs->labels_pending = NULL;
        } else if (inner) {
            Loop l;
            push_loop(fs, &l, s->u.labeled.label, false);
            stmt(fs, inner);
            pop_loop(fs, &l, here(fs));
        }
        break;
    }
    case N_SEND_STMT: send_stmt(fs, s); break;
    case N_SELECT_STMT: select_stmt(fs, s); break;
    default:
        errorf(c, s->pos, "unexpected %s", ast_kind_name(s->kind));
        break;
    }
}

/* terminates implements the spec's "terminating statements". */
bool terminates(Node *s)
{
    if (!s) return false;
    switch (s->kind) {
    case N_RETURN_STMT: return true;
    case N_BRANCH_STMT: return s->u.branch.op == T_GOTO;
    case N_EXPR_STMT: {
        Node *e = s->u.expr.x;
        if (e->kind == N_CALL && e->u.call.fun->kind == N_IDENT && strcmp(e->u.call.fun->u.ident.name, "panic") == 0)
            return true;
        if (e->kind == N_CALL && e->u.call.fun->kind == N_SELECTOR && e->u.call.fun->u.sel.x->kind == N_IDENT &&
            strcmp(e->u.call.fun->u.sel.x->u.ident.name, "os") == 0 &&
            strcmp(e->u.call.fun->u.sel.name->u.ident.name, "Exit") == 0)
            return false;
        return false;
    }
    case N_BLOCK: return s->u.block.stmts.len && terminates(s->u.block.stmts.v[s->u.block.stmts.len - 1]);
    case N_IF_STMT: return s->u.if_.els && terminates(s->u.if_.then) && terminates(s->u.if_.els);
    case N_LABELED_STMT: return terminates(s->u.labeled.stmt);
    case N_FOR_STMT: {
        if (s->u.for_.cond) return false;
        /* no break referring to this loop: approximate by scanning for any break */
        return true;
    }
    case N_SWITCH_STMT: case N_TYPE_SWITCH_STMT: case N_SELECT_STMT: {
        bool has_default = s->kind == N_SELECT_STMT;
        NodeList *cl = &s->u.sw.body->u.block.stmts;
        for (int i = 0; i < cl->len; i++) {
            Node *c = cl->v[i];
            if (c->u.clause.is_default || (s->kind != N_SELECT_STMT && c->u.clause.list.len == 0)) has_default = true;
            NodeList *b = &c->u.clause.body;
            if (b->len == 0) return false;
            Node *last = b->v[b->len - 1];
            if (!terminates(last) && !(last->kind == N_BRANCH_STMT && last->u.branch.op == T_FALLTHROUGH)) return false;
            for (int k = 0; k < b->len; k++)
                if (b->v[k]->kind == N_BRANCH_STMT && b->v[k]->u.branch.op == T_BREAK && !b->v[k]->u.branch.label) return false;
        }
        return has_default;
    }
    default: return false;
    }
}

static void find_defer(Node *n, void *ctx)
{
    if (n->kind == N_DEFER_STMT) *(bool *)ctx = true;
}

/* has_defer reports a defer statement in body (or in a closure inside it:
 * conservative, it only costs the direct return). */
static bool has_defer(Node *body)
{
    bool found = false;
    ast_walk(body, find_defer, &found);
    return found;
}

/* func_body compiles a function: parameters (receiver first) in registers
 * 0.., result variables after them, then the body. */
void func_body(Compiler *c, FuncState *fs, Node *ftype, Node *body, Node *recv, Type *sig)
{
    Proto *p = fs->proto;
    Scope *outer = fs->scope;
    fs->sig = sig;
    fs->scope = scope_new(c, outer, fs);
    int np = 0;
    /* parameters: registers 0..np-1 hold the arguments as passed */
    int maxp = sig->nparams + 1;
    if (maxp + sig->nresults > FUNC_MAX_VALUES) {
        errorf(c, ftype->pos, "function too large for gorolab (%d parameters and results; at most %d)",
               maxp - 1 + sig->nresults, FUNC_MAX_VALUES);
        c->muted = true;
        fs->scope = outer;
        return;
    }
    Node **names = xcalloc((size_t)maxp, sizeof *names);
    Type **types = xcalloc((size_t)maxp, sizeof *types);
    if (recv) {
        names[np] = recv->u.field.names.len ? recv->u.field.names.v[0] : NULL;
        types[np] = NULL;   /* filled by the caller through sig? receiver type is resolved below */
        np++;
    }
    NodeList *pl = &ftype->u.functype.params;
    int pi = 0;
    for (int i = 0; i < pl->len && np < maxp; i++) {
        Node *f = pl->v[i];
        int k = f->u.field.names.len ? f->u.field.names.len : 1;
        for (int j = 0; j < k && np < maxp; j++) {
            names[np] = f->u.field.names.len ? f->u.field.names.v[j] : NULL;
            types[np] = pi < sig->nparams ? sig->params[pi] : ty_invalid;
            pi++;
            np++;
        }
    }
    if (recv) {
        Type *rt = resolve_type(c, fs, recv->u.field.type);
        types[0] = rt;
    }
    fs->freereg = fs->maxreg = np;
    p->nparams = (uint16_t)np;
    p->nresults = (uint16_t)sig->nresults;
    p->type = sig;
    for (int i = 0; i < np; i++) {
        if (!names[i] || is_blank(c, names[i])) continue;
        Symbol *y = declare(c, fs->scope, SYM_VAR, names[i], types[i]);
        y->fs = fs;
        y->reg = i;
        y->used = true;   /* Go does not report unused parameters */
        if (!type_is_aggregate(types[i]) && fs->c->nescaped) {
            for (int k = 0; k < c->nescaped; k++)
                if (c->escaped[k] == names[i] && boxed_ident(c, names[i])) {
                    /* a captured parameter: move it into a box */
                    int r = reg_alloc(fs, 1);
                    emit_bx(fs, OP_NEWPTR, r, type_id(c, types[i]));
                    emit(fs, OP_STORE, r, i, 0);
                    y->reg = r;
                    y->boxed = true;
                    break;
                }
        }
    }
    free(names);
    free(types);
    /* results: variables, unless the function can return its values directly
     * (no named results and no defer that might read or recover them) */
    int nr = sig->nresults;
    fs->nresults = nr;
    bool named = false;
    for (int i = 0; i < ftype->u.functype.results.len; i++)
        if (ftype->u.functype.results.v[i]->u.field.names.len) named = true;
    fs->direct_return = !named && !has_defer(body);
    fs->results = arena_alloc(&c->arena, sizeof(Symbol *) * (size_t)(nr ? nr : 1));
    NodeList *rl = &ftype->u.functype.results;
    int ri = 0;
    for (int i = 0; i < rl->len; i++) {
        Node *f = rl->v[i];
        int k = f->u.field.names.len ? f->u.field.names.len : 1;
        for (int j = 0; j < k && ri < nr; j++, ri++) {
            Node *id = f->u.field.names.len ? f->u.field.names.v[j] : NULL;
            Symbol *y;
            if (id && !is_blank(c, id)) {
                fs->named_results = true;
                y = declare_local(fs, id, sig->results[ri]);
                y->used = true;
            } else {
                y = arena_alloc(&c->arena, sizeof *y);
                y->kind = SYM_VAR;
                y->type = sig->results[ri];
                y->fs = fs;
                y->reg = reg_alloc(fs, 1);
                if (id) fs->named_results = true;
            }
            fs->results[ri] = y;
            if (fs->direct_return) continue;   /* never read: no zero value needed */
            if (type_is_aggregate(y->type)) emit_bx(fs, OP_NEWAGG, y->reg, type_id(c, y->type));
            else if (y->boxed) emit_bx(fs, OP_NEWPTR, y->reg, type_id(c, y->type));
            else emit(fs, OP_LOADZ, y->reg, 0, 0);
        }
    }
    /* the body */
    NodeList *stmts = &body->u.block.stmts;
    Scope *fnscope = fs->scope;   /* parameters, results and the body share the function's block */
    int save = fs->freereg;
    for (int i = 0; i < stmts->len; i++) stmt(fs, stmts->v[i]);
    close_scope(fs, fnscope, save);
    bool term = stmts->len && terminates(stmts->v[stmts->len - 1]);
    if (nr > 0 && !term) errorf(c, body->u.block.rbrace, "missing return");
    /* the epilogue: also where a recovered panic resumes */
    set_line(fs, body->u.block.rbrace);
    p->recover_pc = here(fs);
    if (fs->has_defer) emit(fs, OP_RUNDEFERS, 0, 0, 0);
    int out = reg_alloc(fs, nr ? nr : 1);
    for (int i = 0; i < nr; i++) {
        if (fs->direct_return) emit(fs, OP_LOADZ, out + i, 0, 0);   /* unreachable: "missing return" */
        else load_var(fs, fs->results[i], out + i);
    }
    emit(fs, OP_RET, out, nr, 0);
    fs->scope = outer;
    fs_end(fs);
}
