/* lang/expr.c: type checking and code generation for expressions: operands,
 * constants and their conversions, assignability, operators, identifiers,
 * selectors, indexing and slicing, type assertions, function literals.
 * Calls, builtins, conversions and composite literals are in call.c.
 *
 * An expression becomes an Operand: a constant (nothing emitted), a value in
 * a register (a local variable's own register, or a temporary at the top of
 * the register stack), a type, a package or a builtin. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "lang/compiler.h"
#include "lang/parse.h"

extern int cur_iota;
Scope *file_scope(Compiler *c, SrcPos pos);
int proto_index(Compiler *c, Proto *p);

/* --- describing operands in messages, as types2 does --- */

static const char *untyped_name(Type *t)
{
    switch (t->kind) {
    case K_UNTYPED_BOOL: return "untyped bool";
    case K_UNTYPED_INT: return "untyped int";
    case K_UNTYPED_RUNE: return "untyped rune";
    case K_UNTYPED_FLOAT: return "untyped float";
    case K_UNTYPED_STRING: return "untyped string";
    default: return "untyped nil";
    }
}

static bool lit_matches(Node *e, ConstVal cv)
{
    if (e->kind == N_BASIC_LIT) return true;
    if (e->kind == N_UNARY && e->u.unary.op == T_SUB && e->u.unary.x->kind == N_BASIC_LIT) return true;
    (void)cv;
    return false;
}

static const char *const_text(Operand *x)
{
    if (x->cv.kind == CV_INT && x->type->kind == K_UNTYPED_RUNE) return cv_str(x->cv);
    return cv_str(x->cv);
}

int describe(Buf *b, Compiler *c, Operand *x)
{
    const char *es = x->node ? estr(x->node) : "?";
    switch (x->mode) {
    case OM_CONST:
        if (x->type == ty_untyped_nil) { buf_puts(b, "nil"); break; }
        if (type_is_untyped(x->type)) {
            if (x->node && lit_matches(x->node, x->cv)) buf_printf(b, "%s (%s constant)", es, untyped_name(x->type));
            else buf_printf(b, "%s (%s constant %s)", es, untyped_name(x->type), const_text(x));
        } else {
            if (x->node && lit_matches(x->node, x->cv)) buf_printf(b, "%s (constant of type %s)", es, tstr(c, x->type));
            else buf_printf(b, "%s (constant %s of type %s)", es, const_text(x), tstr(c, x->type));
        }
        break;
    case OM_VALUE:
        if (type_is_untyped(x->type)) buf_printf(b, "%s (%s value)", es, untyped_name(x->type));
        else buf_printf(b, "%s (%s of type %s)", es, x->is_var ? "variable" : "value", tstr(c, x->type));
        break;
    case OM_NOVALUE: buf_printf(b, "%s (no value)", es); break;
    case OM_TYPE: buf_printf(b, "%s (type)", es); break;
    case OM_BUILTIN: buf_printf(b, "%s (built-in function %s)", es, es); break;
    default: buf_puts(b, es); break;
    }
    return 0;
}

const char *opstr(Compiler *c, Operand *x)
{
    static Buf ring[4];
    static int next;
    Buf *b = &ring[next++ & 3];
    buf_reset(b);
    describe(b, c, x);
    return buf_str(b);
}

/* --- constants --- */

static Type *default_type(Type *t)
{
    switch (t->kind) {
    case K_UNTYPED_BOOL: return ty_bool;
    case K_UNTYPED_INT: return ty_int;
    case K_UNTYPED_RUNE: return ty_int32;
    case K_UNTYPED_FLOAT: return ty_float64;
    case K_UNTYPED_STRING: return ty_string;
    default: return t;
    }
}

/* representable converts constant cv to type t's representation in *out;
 * returns 0 if fine, 1 if it overflows, 2 if truncated, 3 if mismatched. */
static int representable(ConstVal cv, Type *t, ConstVal *out)
{
    *out = cv;
    Type *u = t->under ? t->under : t;
    if (type_is_integer(u)) {
        i128 v;
        if (cv.kind == CV_INT) v = cv.i;
        else if (cv.kind == CV_FLOAT) {
            if (!cv_float_is_int(cv.f, &v)) return isfinite(cv.f) && fabs(cv.f) < 1e38 ? 2 : 1;
        } else return 3;
        if (u->kind != K_UNTYPED_INT && u->kind != K_UNTYPED_RUNE &&
            !cv_fits(v, type_int_bits(u), type_is_unsigned(u)))
            return 1;
        *out = cv_int(v);
        return 0;
    }
    if (type_is_float(u)) {
        if (cv.kind != CV_INT && cv.kind != CV_FLOAT) return 3;
        double f = cv_as_float(cv);
        if (u->kind == K_FLOAT32) {
            if (isfinite(f) && fabs(f) > 3.4028234663852886e38) return 1;
            f = (double)(float)f;
        } else if (!isfinite(f)) return 1;
        *out = cv_float(f);
        return 0;
    }
    if (type_is_string(u)) return cv.kind == CV_STRING ? 0 : 3;
    if (type_is_boolean(u)) return cv.kind == CV_BOOL ? 0 : 3;
    return 3;
}

/* convert_untyped gives an untyped operand the type `target` (or its default
 * type when target is NULL or an interface). */
void convert_untyped(FuncState *fs, Operand *x, Type *target)
{
    Compiler *c = fs->c;
    if (x->mode == OM_INVALID || !type_is_untyped(x->type)) return;
    if (x->type == ty_untyped_nil) {
        if (!target) return;
        Type *u = target->under ? target->under : target;
        switch (u->kind) {
        case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC: case K_INTERFACE:
            x->type = target;
            return;
        default:
            errorf(c, x->node->pos, "cannot use nil as %s value in %s", tstr(c, target), "assignment");
            x->mode = OM_INVALID;
            return;
        }
    }
    if (!target || target->kind == K_INTERFACE) {
        Type *d = default_type(x->type);
        if (x->mode == OM_CONST) {
            ConstVal out;
            if (representable(x->cv, d, &out) != 0) {
                errorf(c, x->node->pos, "cannot use %s as %s value in %s (overflows)", opstr(c, x), tstr(c, d),
                       "assignment");
                x->mode = OM_INVALID;
                return;
            }
            x->cv = out;
        }
        x->type = d;
        return;
    }
    if (x->mode == OM_VALUE) {   /* untyped bool results of comparisons */
        if (type_is_boolean(target)) x->type = target;
        else {
            errorf(c, x->node->pos, "cannot use %s as %s value in assignment", opstr(c, x), tstr(c, target));
            x->mode = OM_INVALID;
        }
        return;
    }
    ConstVal out;
    int r = representable(x->cv, target, &out);
    if (r == 0) {
        x->cv = out;
        x->type = target;
        return;
    }
    if (r == 3) {
        errorf(c, x->node->pos, "cannot use %s as %s value in %s", opstr(c, x), tstr(c, target), "assignment");
    } else {
        errorf(c, x->node->pos, "cannot use %s as %s value in %s (%s)", opstr(c, x), tstr(c, target),
               "assignment", r == 1 ? "overflows" : "truncated");
    }
    x->mode = OM_INVALID;
}

static void load_const(FuncState *fs, Operand *x, int dst)
{
    Compiler *c = fs->c;
    Type *t = x->type;
    if (type_is_untyped(t)) t = default_type(t);
    switch (x->cv.kind) {
    case CV_BOOL: emit_bx(fs, OP_LOADI, dst, x->cv.b ? 1 : 0); break;
    case CV_INT:
        if (type_is_float(t)) emit_bx(fs, OP_LOADK, dst, (uint32_t)const_float(c, (double)x->cv.i));
        else load_int(fs, dst, (int64_t)(uint64_t)x->cv.i);
        break;
    case CV_FLOAT:
        if (type_is_integer(t)) load_int(fs, dst, (int64_t)x->cv.f);
        else emit_bx(fs, OP_LOADK, dst, (uint32_t)const_float(c, x->cv.f));
        break;
    case CV_STRING: emit_bx(fs, OP_LOADK, dst, (uint32_t)const_string(c, x->cv.s, x->cv.len)); break;
    default: emit(fs, OP_LOADZ, dst, 0, 0); break;
    }
}

int discharge(FuncState *fs, Operand *x, int dst)
{
    if (x->mode == OM_CONST) {
        if (type_is_untyped(x->type) && x->type != ty_untyped_nil) convert_untyped(fs, x, NULL);
        if (dst < 0) dst = reg_alloc(fs, 1);
        load_const(fs, x, dst);
        x->mode = OM_VALUE;
        x->reg = dst;
        x->is_var = false;
        return dst;
    }
    if (x->mode != OM_VALUE) {
        if (dst < 0) dst = reg_alloc(fs, 1);
        return dst;
    }
    if (dst < 0 || dst == x->reg) return x->reg;
    emit(fs, OP_MOVE, dst, x->reg, 0);
    x->reg = dst;
    return dst;
}

/* --- assignability --- */

static bool identical_under(Type *a, Type *b) { return a->under == b->under; }

bool assignable(Compiler *c, Operand *x, Type *t, const char *context, SrcPos pos)
{
    Type *v = x->type;
    if (v == t || v == ty_invalid || t == ty_invalid) return true;
    if (x->mode == OM_CONST && type_is_untyped(v)) return true;   /* checked on conversion */
    if (v == ty_untyped_bool && type_is_boolean(t)) return true;
    if (identical_under(v, t) && (!v->name || !t->name) && v->kind != K_INTERFACE) return true;
    if (t->kind == K_INTERFACE) {
        Buf why = BUF_INIT;
        if (implements(c, v, t, &why)) { buf_fini(&why); return true; }
        errorf(c, pos, "cannot use %s as %s value in %s: %s does not implement %s %s", opstr(c, x), tstr(c, t),
               context, tstr(c, v), tstr(c, t), buf_str(&why));
        buf_fini(&why);
        return false;
    }
    if (v->kind == K_CHAN && t->kind == K_CHAN && v->dir == CHAN_BOTH && v->elem == t->elem &&
        (!v->name || !t->name))
        return true;
    errorf(c, pos, "cannot use %s as %s value in %s", opstr(c, x), tstr(c, t), context);
    return false;
}

/* coerce checks that x can be assigned to t and converts it: untyped
 * constants get t, concrete values going into an interface are boxed. */
void coerce(FuncState *fs, Operand *x, Type *t, const char *context)
{
    Compiler *c = fs->c;
    if (x->mode == OM_INVALID || !t || t == ty_invalid) return;
    if (x->mode == OM_NOVALUE) {
        errorf(c, x->node->pos, "%s (no value) used as value", estr(x->node));
        x->mode = OM_INVALID;
        return;
    }
    if (x->mode == OM_TYPE || x->mode == OM_BUILTIN || x->mode == OM_PKG) {
        if (x->mode == OM_TYPE) errorf(c, x->node->pos, "%s (type) is not an expression", estr(x->node));
        else if (x->mode == OM_BUILTIN) errorf(c, x->node->pos, "%s (built-in function %s) must be called", estr(x->node), estr(x->node));
        else errorf(c, x->node->pos, "use of package %s without selector", estr(x->node));
        x->mode = OM_INVALID;
        return;
    }
    if (x->type->kind == K_TUPLE) {
        errorf(c, x->node->pos, "multiple-value %s (value of type %s) in single-value context", estr(x->node),
               tstr(c, x->type));
        x->mode = OM_INVALID;
        return;
    }
    if (type_is_untyped(x->type)) {
        if (x->type == ty_untyped_nil) {
            Type *u = t->under;
            if (u->kind == K_POINTER || u->kind == K_SLICE || u->kind == K_MAP || u->kind == K_CHAN ||
                u->kind == K_FUNC || u->kind == K_INTERFACE) {
                x->type = t;
                return;
            }
            errorf(c, x->node->pos, "cannot use nil as %s value in %s", tstr(c, t), context);
            x->mode = OM_INVALID;
            return;
        }
        if (t->kind == K_INTERFACE) {
            Type *d = default_type(x->type);
            convert_untyped(fs, x, d);
            if (x->mode == OM_INVALID) return;
        } else {
            Type *u = t->under;
            ConstVal out;
            int r = x->mode == OM_CONST ? representable(x->cv, t, &out) : (type_is_boolean(u) ? 0 : 3);
            if (r == 3 && x->mode == OM_CONST) {
                errorf(c, x->node->pos, "cannot use %s as %s value in %s", opstr(c, x), tstr(c, t), context);
                x->mode = OM_INVALID;
                return;
            }
            if (r == 3) {
                errorf(c, x->node->pos, "cannot use %s as %s value in %s", opstr(c, x), tstr(c, t), context);
                x->mode = OM_INVALID;
                return;
            }
            if (r != 0) {
                if (r == 1 && type_is_integer(u) && x->cv.kind == CV_INT)
                    errorf(c, x->node->pos, "cannot use %s as %s value in %s (overflows)", opstr(c, x), tstr(c, t), context);
                else
                    errorf(c, x->node->pos, "cannot use %s as %s value in %s (%s)", opstr(c, x), tstr(c, t), context,
                           r == 1 ? "overflows" : "truncated");
                x->mode = OM_INVALID;
                return;
            }
            if (x->mode == OM_CONST) x->cv = out;
            x->type = t;
            return;
        }
    }
    if (!assignable(c, x, t, context, x->node->pos)) {
        x->mode = OM_INVALID;
        return;
    }
    if (t->kind == K_INTERFACE && x->type->kind != K_INTERFACE) {
        int save = fs->freereg;
        int src = discharge(fs, x, -1);
        int tid = (int)type_id(c, x->type);
        ensure_method_table(c, x->type);
        if (type_is_aggregate(x->type) && !x->fresh) {
            reg_free_to(fs, save);
            int dst = reg_alloc(fs, 1);
            emit(fs, OP_CLONE, dst, src, tid);
            emit(fs, OP_IFACE, dst, dst, tid);
            x->reg = dst;
        } else {
            reg_free_to(fs, save);
            int dst = reg_alloc(fs, 1);
            emit(fs, OP_IFACE, dst, src, tid);
            x->reg = dst;
        }
        x->mode = OM_VALUE;
        x->is_var = false;
        x->fresh = false;
    }
    x->type = t;
}

/* value_to evaluates e for storing into a location of type t: checked,
 * converted, and cloned when it is an aggregate someone else references. */
int value_to(FuncState *fs, Node *e, Type *t, int dst, const char *context)
{
    Operand x;
    expr_hint(fs, e, &x, t);
    coerce(fs, &x, t, context);
    if (x.mode == OM_INVALID) {
        if (dst < 0) dst = reg_alloc(fs, 1);
        return dst;
    }
    if (type_is_aggregate(t) && x.mode == OM_VALUE && !x.fresh) {
        if (dst < 0) dst = reg_alloc(fs, 1);
        emit(fs, OP_CLONE, dst, x.reg, (int)type_id(fs->c, t));
        return dst;
    }
    return discharge(fs, &x, dst);
}

/* --- identifiers and variables --- */

bool is_blank(Compiler *c, Node *e) { return e->kind == N_IDENT && e->u.ident.name == c->n_blank; }

static bool escaped(Compiler *c, Node *ident)
{
    for (int i = 0; i < c->nescaped; i++)
        if (c->escaped[i] == ident) return true;
    return false;
}

static void mark_escaped(Compiler *c, Symbol *y)
{
    if (!y->ident || escaped(c, y->ident)) return;
    XPUSH(c->escaped, c->nescaped, c->capescaped, y->ident);
}

Symbol *declare_local(FuncState *fs, Node *ident, Type *t)
{
    Compiler *c = fs->c;
    Symbol *y = declare(c, fs->scope, SYM_VAR, ident, t);
    y->fs = fs;
    y->reg = reg_alloc(fs, 1);
    y->boxed = !type_is_aggregate(t) && escaped(c, ident);
    return y;
}

/* upvalue returns the index of y among fs's captured variables. */
static int upvalue(FuncState *fs, Symbol *y)
{
    for (int i = 0; i < fs->nup; i++)
        if (fs->upsyms[i] == y) return i;
    UpDesc d;
    if (y->fs == fs->parent) {
        d.from_local = true;
        d.index = (uint16_t)y->reg;
    } else {
        d.from_local = false;
        d.index = (uint16_t)upvalue(fs->parent, y);
    }
    if (fs->nup >= fs->capup) {
        fs->capup = fs->capup ? fs->capup * 2 : 8;
        fs->ups = xrealloc(fs->ups, sizeof *fs->ups * (size_t)fs->capup);
        fs->upsyms = xrealloc(fs->upsyms, sizeof *fs->upsyms * (size_t)fs->capup);
    }
    fs->ups[fs->nup] = d;
    fs->upsyms[fs->nup] = y;
    return fs->nup++;
}

/* var_reg gives a register holding y's storage: the value itself for
 * unboxed locals, the box pointer for boxed ones, the object for captured
 * aggregates. Sets *boxed. May emit GETUP into a new temp. */
static int var_reg(FuncState *fs, Symbol *y, bool *boxed)
{
    *boxed = y->boxed;
    if (y->fs == fs) return y->reg;
    if (!y->boxed && !type_is_aggregate(y->type)) mark_escaped(fs->c, y);
    int r = reg_alloc(fs, 1);
    emit(fs, OP_GETUP, r, upvalue(fs, y), 0);
    return r;
}

void load_var(FuncState *fs, Symbol *y, int dst)
{
    if (y->global) {
        emit_bx(fs, OP_GETG, dst, (uint32_t)y->gidx);
        return;
    }
    int save = fs->freereg;
    bool boxed;
    int r = var_reg(fs, y, &boxed);
    if (boxed) emit(fs, OP_LOAD, dst, r, 0);
    else if (r != dst) emit(fs, OP_MOVE, dst, r, 0);
    if (save < fs->freereg && dst < save) reg_free_to(fs, save);
}

void store_var(FuncState *fs, Symbol *y, int src, Type *t)
{
    if (y->global) {
        if (type_is_aggregate(t)) {
            int r = reg_alloc(fs, 1);
            emit_bx(fs, OP_GETG, r, (uint32_t)y->gidx);
            emit(fs, OP_COPYINTO, r, src, (int)type_id(fs->c, t));
            reg_free_to(fs, r);
        } else {
            emit_bx(fs, OP_SETG, src, (uint32_t)y->gidx);
        }
        return;
    }
    int save = fs->freereg;
    bool boxed;
    int r = var_reg(fs, y, &boxed);
    if (type_is_aggregate(t)) emit(fs, OP_COPYINTO, r, src, (int)type_id(fs->c, t));
    else if (boxed) emit(fs, OP_STORE, r, src, 0);
    else if (r != src) emit(fs, OP_MOVE, r, src, 0);
    reg_free_to(fs, save);
}

static void ident(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    const char *name = e->u.ident.name;
    if (name == c->n_blank) {
        errorf(c, e->pos, "cannot use _ as value");
        x->mode = OM_INVALID;
        return;
    }
    Symbol *y = lookup(c, fs->scope, name);
    if (!y) {
        errorf(c, e->pos, "undefined: %s", name);
        x->mode = OM_INVALID;
        return;
    }
    y->used = true;
    if (y->decl) resolve_symbol(c, y);
    x->type = y->type;
    switch (y->kind) {
    case SYM_CONST:
        x->mode = OM_CONST;
        x->cv = y->cval;
        if (name == c->n_iota && !y->pkg && !y->decl) {
            if (cur_iota < 0) {
                errorf(c, e->pos, "cannot use iota outside constant declaration");
                x->mode = OM_INVALID;
                return;
            }
            x->cv = cv_int(cur_iota);
        }
        if (y->type == ty_invalid) x->mode = OM_INVALID;
        return;
    case SYM_TYPE:
        x->mode = y->type == ty_invalid ? OM_INVALID : OM_TYPE;
        return;
    case SYM_NIL:
        x->mode = OM_CONST;
        x->type = ty_untyped_nil;
        memset(&x->cv, 0, sizeof x->cv);
        return;
    case SYM_BUILTIN:
        x->mode = OM_BUILTIN;
        x->builtin = y->builtin;
        return;
    case SYM_PKG:
        x->mode = OM_PKG;
        x->pkg = y->ref;
        return;
    case SYM_FUNC: {
        x->mode = OM_VALUE;
        x->reg = reg_alloc(fs, 1);
        emit_bx(fs, OP_LOADF, x->reg, (uint32_t)proto_index(c, y->proto));
        return;
    }
    case SYM_VAR:
        if (y->type == ty_invalid) { x->mode = OM_INVALID; return; }
        x->mode = OM_VALUE;
        x->is_var = true;
        if (!y->global && y->fs == fs && !y->boxed) {
            x->reg = y->reg;
            return;
        }
        x->reg = reg_alloc(fs, 1);
        load_var(fs, y, x->reg);
        return;
    }
}
