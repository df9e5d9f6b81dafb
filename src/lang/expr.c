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

/* lit_matches: types2 leaves a constant's value out of an operand's
 * description when it reads exactly as the expression (`300`, `1.5`,
 * `"a\tb"`, `true`; but not `1e3`, whose value prints as 1000, nor `x`) */
static bool lit_matches(Node *e, ConstVal cv)
{
    return strcmp(estr(e), cv_str(cv)) == 0;
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

Type *default_type(Type *t)
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
        ConstVal v;
        if (cv.kind != CV_INT && cv.kind != CV_FLOAT) return 3;
        /* types2: a float that is no integer, or too large, is "truncated" */
        if (!cv_to_int(cv, &v)) return 2;
        if (u->kind != K_UNTYPED_INT && u->kind != K_UNTYPED_RUNE &&
            (v.big || !cv_fits(v.i, type_int_bits(u), type_is_unsigned(u))))
            return cv.kind == CV_FLOAT ? 2 : 1;
        *out = v;
        return 0;
    }
    if (type_is_float(u)) {
        if (cv.kind != CV_INT && cv.kind != CV_FLOAT) return 3;
        if (u->kind == K_UNTYPED_FLOAT) {   /* stays exact */
            if (cv.kind == CV_INT) cv_num_arith(cv, '+', cv_int(0), out);
            return 0;
        }
        /* rounded to the type, ties to even */
        return cv_to_float(cv, u->kind == K_FLOAT32 ? 32 : 64, out) ? 0 : 1;
    }
    if (type_is_string(u)) return cv.kind == CV_STRING ? 0 : 3;
    if (type_is_boolean(u)) return cv.kind == CV_BOOL ? 0 : 3;
    return 3;
}

/* convert_untyped gives an untyped operand the type `target` (or its default
 * type when target is NULL or an interface). */
/* untyped_int_value gives an untyped integer value (a constant shifted by a
 * non-constant count: `var u uint64 = 1 << s`) the type t of its context,
 * as Go's delayed typing of such shifts does: the shift is computed in 64
 * bits and narrowed to t. False (reported) when t is not an integer type. */
bool untyped_int_value(FuncState *fs, Operand *x, Type *t, const char *context)
{
    Compiler *c = fs->c;
    Type *u = t->under ? t->under : t;
    if (u->kind == K_INTERFACE) {
        x->type = ty_int;
        return true;
    }
    if (type_is_integer(u)) {
        if (!type_is_untyped(u)) emit_ext(fs, x->reg, t);
        x->type = t;
        return true;
    }
    Node *n = x->node;
    while (n && n->kind == N_PAREN) n = n->u.unary.x;
    if (n && n->kind == N_BINARY && (n->u.binary.op == T_SHL || n->u.binary.op == T_SHR) && type_is_numeric(u))
        errorf(c, x->node->pos, "invalid operation: shifted operand %s (type %s) must be integer", estr(n->u.binary.x),
               tstr(c, t));
    else
        errorf(c, x->node->pos, "cannot use %s as %s value in %s", opstr(c, x), tstr(c, t), context);
    x->mode = OM_INVALID;
    return false;
}

void convert_untyped(FuncState *fs, Operand *x, Type *target) { convert_untyped_in(fs, x, target, "assignment"); }

void convert_untyped_in(FuncState *fs, Operand *x, Type *target, const char *context)
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
            int r = representable(x->cv, d, &out);
            if (r != 0) {
                errorf(c, x->node->pos, "cannot use %s as %s value in %s (%s)", opstr(c, x), tstr(c, d), context,
                       r == 2 ? "truncated" : "overflows");
                x->mode = OM_INVALID;
                return;
            }
            x->cv = out;
        }
        x->type = d;
        return;
    }
    if (x->mode == OM_VALUE && type_is_integer(x->type)) {   /* 1 << s */
        untyped_int_value(fs, x, target, "assignment");
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
        errorf(c, x->node->pos, "cannot use %s as %s value in %s", opstr(c, x), tstr(c, target), context);
    } else {
        errorf(c, x->node->pos, "cannot use %s as %s value in %s (%s)", opstr(c, x), tstr(c, target),
               context, r == 1 ? "overflows" : "truncated");
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
        if (type_is_float(t)) emit_bx(fs, OP_LOADK, dst, (uint32_t)const_float(c, cv_as_float(x->cv)));
        else load_int(fs, dst, (int64_t)(uint64_t)x->cv.i);
        break;
    case CV_FLOAT:
        if (type_is_integer(t)) {
            i128 iv;
            load_int(fs, dst, cv_is_int(x->cv, &iv) ? (int64_t)iv : (int64_t)x->cv.f);
        }
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

/* valid_value reports operands that are not values (types, builtins,
 * packages, calls without results, tuples) and marks them invalid. */
void valid_value(FuncState *fs, Operand *x)
{
    Compiler *c = fs->c;
    if (x->mode == OM_INVALID || x->mode == OM_CONST) return;
    if (x->mode == OM_VALUE && x->type && x->type->kind != K_TUPLE) return;
    if (x->mode == OM_NOVALUE) errorf(c, x->node->pos, "%s (no value) used as value", estr(x->node));
    else if (x->mode == OM_TYPE) errorf(c, x->node->pos, "%s (type) is not an expression", estr(x->node));
    else if (x->mode == OM_BUILTIN) errorf(c, x->node->pos, "%s (built-in function %s) must be called", estr(x->node), estr(x->node));
    else if (x->mode == OM_PKG) errorf(c, x->node->pos, "use of package %s without selector", estr(x->node));
    else if (x->type && x->type->kind == K_TUPLE)
        errorf(c, x->node->pos, "multiple-value %s (value of type %s) in single-value context", estr(x->node), tstr(c, x->type));
    x->mode = OM_INVALID;
}

/* coerce checks that x can be assigned to t and converts it: untyped
 * constants get t, concrete values going into an interface are boxed. */
/* unnamed_with_methods: an unnamed struct type (or pointer to one) whose
 * embedded fields give it methods. gorolab keeps method tables on named
 * types only, so such a value cannot be dispatched through an interface. */
static bool embeds_methods(Type *t, int depth)
{
    if (t->kind == K_POINTER && !t->name) t = t->elem;
    if (t->nmethods > 0) return true;
    if (t->kind != K_STRUCT || depth > 8) return false;
    for (int i = 0; i < t->nfields; i++)
        if (t->fields[i].embedded && embeds_methods(t->fields[i].type, depth + 1)) return true;
    return false;
}

static bool unnamed_with_methods(Type *t)
{
    if (t->kind == K_POINTER && !t->name) t = t->elem;
    if (t->name || t->kind != K_STRUCT) return false;
    return embeds_methods(t, 0);
}

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
            convert_untyped_in(fs, x, d, context);
            if (x->mode == OM_INVALID) return;
        } else {
            Type *u = t->under;
            ConstVal out;
            if (x->mode == OM_VALUE && type_is_integer(x->type)) {   /* 1 << s */
                untyped_int_value(fs, x, t, context);
                return;
            }
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
    if (t->kind == K_INTERFACE && x->type->kind != K_INTERFACE && unnamed_with_methods(x->type)) {
        errorf(c, x->node->pos,
               "gorolab: %s has promoted methods but no name: give it one (type T %s) to put it in an interface",
               tstr(c, x->type), tstr(c, x->type->kind == K_POINTER ? x->type->elem : x->type));
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
    int top = fs->freereg;
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
    /* a temporary computed by the last instruction: compute it into dst instead */
    if (dst >= 0 && dst < top && x.mode == OM_VALUE && x.reg >= top && retarget_last(fs, x.reg, dst)) return dst;
    return discharge(fs, &x, dst);
}

/* --- identifiers and variables --- */

bool is_blank(Compiler *c, Node *e) { return e->kind == N_IDENT && e->u.ident.name == c->n_blank; }

bool escaped_ident(Compiler *c, Node *ident)
{
    for (int i = 0; i < c->nescaped; i++)
        if (c->escaped[i] == ident) return true;
    return false;
}

static void mark_escaped(Compiler *c, Symbol *y)
{
    if (!y->ident || escaped_ident(c, y->ident)) return;
    XPUSH(c->escaped, c->nescaped, c->capescaped, y->ident);
}

void mark_assigned(Symbol *y)
{
    if (y->ident && y->ident->kind == N_IDENT && !y->global) y->ident->u.ident.assigned = true;
}

bool boxed_ident(Compiler *c, Node *ident)
{
    return ident->kind == N_IDENT && ident->u.ident.assigned && escaped_ident(c, ident);
}

Symbol *declare_local(FuncState *fs, Node *ident, Type *t)
{
    Compiler *c = fs->c;
    Symbol *y = declare(c, fs->scope, SYM_VAR, ident, t);
    y->fs = fs;
    y->reg = reg_alloc(fs, 1);
    y->boxed = !type_is_aggregate(t) && boxed_ident(c, ident);
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
        if (y->boxed && !type_is_aggregate(y->type)) emit(fs, OP_LOAD, dst, dst, 0);
        return;
    }
    int save = fs->freereg;
    bool boxed;
    if (y->fs != fs && y->boxed && !type_is_aggregate(y->type)) {
        /* a captured boxed scalar: one instruction, not GETUP + LOAD */
        emit(fs, OP_GETUPL, dst, upvalue(fs, y), 0);
        fold_last(fs, 1);
        return;
    }
    int r = var_reg(fs, y, &boxed);
    if (boxed) emit(fs, OP_LOAD, dst, r, 0);
    /* r above save is var_reg's GETUP temp: have the GETUP write dst */
    else if (r >= save && r != dst && retarget_last(fs, r, dst)) fold_last(fs, 1);
    else if (r != dst) emit(fs, OP_MOVE, dst, r, 0);
    if (save < fs->freereg && dst < save) reg_free_to(fs, save);
}

void store_var(FuncState *fs, Symbol *y, int src, Type *t)
{
    note_chan_name(fs, src, y->name);
    mark_assigned(y);
    if (y->global) {
        if (type_is_aggregate(t)) {
            int r = reg_alloc(fs, 1);
            emit_bx(fs, OP_GETG, r, (uint32_t)y->gidx);
            emit(fs, OP_COPYINTO, r, src, (int)type_id(fs->c, t));
            reg_free_to(fs, r);
        } else if (y->boxed) {
            int r = reg_alloc(fs, 1);
            emit_bx(fs, OP_GETG, r, (uint32_t)y->gidx);
            emit(fs, OP_STORE, r, src, 0);
            reg_free_to(fs, r);
        } else {
            emit_bx(fs, OP_SETG, src, (uint32_t)y->gidx);
        }
        return;
    }
    int save = fs->freereg;
    bool boxed;
    if (y->fs != fs && y->boxed && !type_is_aggregate(t)) {
        int up = upvalue(fs, y);
        if (!fuse_incupl(fs, up, src)) {
            emit(fs, OP_SETUPL, up, src, 0);
            fold_last(fs, 1);
        }
        return;
    }
    int r = var_reg(fs, y, &boxed);
    if (type_is_aggregate(t)) emit(fs, OP_COPYINTO, r, src, (int)type_id(fs->c, t));
    else if (boxed) emit(fs, OP_STORE, r, src, 0);
    else if (r != src && !retarget_last(fs, src, r)) emit(fs, OP_MOVE, r, src, 0);
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
        undefined_name(c, e->pos, name);
        x->mode = OM_INVALID;
        return;
    }
    y->used = true;
    note_ref(e, y);
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

/* not_value reports operands that cannot be used as values here (no
 * value, a builtin, a package) and makes them invalid. */
static bool not_value(FuncState *fs, Operand *x)
{
    if (x->mode == OM_NOVALUE || x->mode == OM_BUILTIN || x->mode == OM_PKG) {
        valid_value(fs, x);
        return true;
    }
    return x->mode == OM_INVALID;
}

/* --- operators --- */

static void invalid(Operand *x) { x->mode = OM_INVALID; }

static int value_reg(FuncState *fs, Operand *x) { return discharge(fs, x, -1); }

/* int_too_big reports types2's overflow of an untyped integer result
 * (beyond CV_INT_BITS bits) as "constant <op> overflow" at pos. */
static bool int_too_big(Compiler *c, Operand *x, const char *opname, SrcPos pos)
{
    if (x->cv.kind != CV_INT || !type_is_untyped(x->type) || !x->cv.big || cv_int_bitlen(x->cv) <= CV_INT_BITS)
        return false;
    errorf(c, pos, "constant %s%soverflow", opname, *opname ? " " : "");
    invalid(x);
    return true;
}

static bool fold_int(Compiler *c, int op, ConstVal a, ConstVal b, ConstVal *r, SrcPos pos)
{
    int o = op == T_ADD ? '+' : op == T_SUB ? '-' : op == T_MUL ? '*' : op == T_QUO ? '/' : op == T_REM ? '%'
          : op == T_AND ? '&' : op == T_OR ? '|' : op == T_XOR ? '^' : op == T_AND_NOT ? 'n' : 0;
    if (!o) return false;
    if (!cv_int_arith(a, o, b, r)) {
        errorf(c, pos, "invalid operation: division by zero");
        return false;
    }
    return true;
}

static bool is_comparison(int op)
{
    return op == T_EQL || op == T_NEQ || op == T_LSS || op == T_LEQ || op == T_GTR || op == T_GEQ;
}

/* check a typed constant result fits its type */
static void check_const_fits(FuncState *fs, Operand *x, Node *e)
{
    if (x->mode != OM_CONST || type_is_untyped(x->type)) return;
    ConstVal out;
    int r = representable(x->cv, x->type, &out);
    if (r == 1) {
        errorf(fs->c, e->pos, "%s (constant %s of type %s) overflows %s", estr(e), cv_str(x->cv),
               tstr(fs->c, x->type), tstr(fs->c, x->type));
        invalid(x);
    } else if (r == 0) {
        x->cv = out;
    }
}

static void const_binary(FuncState *fs, Node *e, int op, Operand *x, Operand *y)
{
    Compiler *c = fs->c;
    ConstVal a = x->cv, b = y->cv;
    if (is_comparison(op)) {
        int cmp = 0;
        bool eq;
        if (a.kind == CV_STRING) {
            size_t n = a.len < b.len ? a.len : b.len;
            cmp = memcmp(a.s, b.s, n);
            if (cmp == 0) cmp = a.len < b.len ? -1 : a.len > b.len;
        } else if (a.kind == CV_BOOL) {
            cmp = a.b != b.b;
        } else {
            cmp = cv_cmp(a, b);   /* exact */
        }
        eq = cmp == 0;
        bool r = op == T_EQL ? eq : op == T_NEQ ? !eq : op == T_LSS ? cmp < 0 : op == T_LEQ ? cmp <= 0
                 : op == T_GTR ? cmp > 0 : cmp >= 0;
        x->cv = cv_bool(r);
        x->type = ty_untyped_bool;
        return;
    }
    if (a.kind == CV_BOOL) {
        x->cv = cv_bool(op == T_LAND ? a.b && b.b : a.b || b.b);
        return;
    }
    if (a.kind == CV_STRING) {
        char *s = arena_alloc(&c->arena, a.len + b.len + 1);
        memcpy(s, a.s, a.len);
        memcpy(s + a.len, b.s, b.len);
        x->cv.s = s;
        x->cv.len = a.len + b.len;
        return;
    }
    bool intdiv = a.kind == CV_INT && b.kind == CV_INT &&
                  (type_is_integer(x->type) || op != T_QUO);
    if ((op == T_QUO || op == T_REM) && y->node && (b.kind == CV_INT || b.kind == CV_FLOAT) && cv_sign(b) == 0) {
        errorf(c, y->node->pos, "invalid operation: division by zero");
        invalid(x);
        return;
    }
    SrcPos op_pos = e->op_pos.line ? e->op_pos : e->pos;
    if (a.kind == CV_INT && b.kind == CV_INT && (intdiv || op != T_QUO)) {
        ConstVal r;
        if (!fold_int(c, op, a, b, &r, op_pos)) { invalid(x); return; }
        x->cv = r;
        if (int_too_big(c, x, op == T_ADD ? "addition" : op == T_SUB ? "subtraction" : op == T_MUL ? "multiplication"
                              : op == T_XOR ? "bitwise XOR" : "", op_pos))
            return;
    } else {
        double fa = cv_as_float(a), fb = cv_as_float(b), r = 0;
        /* untyped operands: exact arithmetic (go/constant's) */
        int rop = op == T_ADD ? '+' : op == T_SUB ? '-' : op == T_MUL ? '*' : op == T_QUO ? '/' : 0;
        ConstVal q;
        if (rop && type_is_untyped(x->type) && cv_num_arith(a, rop, b, &q)) {
            x->cv = q;
            check_const_fits(fs, x, e);
            return;
        }
        switch (op) {
        case T_ADD: r = fa + fb; break;
        case T_SUB: r = fa - fb; break;
        case T_MUL: r = fa * fb; break;
        case T_QUO:
            if (fb == 0) { errorf(c, e->op_pos.line ? e->op_pos : e->pos, "invalid operation: division by zero"); invalid(x); return; }
            r = fa / fb;
            break;
        default:
            errorf(c, x->node ? x->node->pos : e->pos, "invalid operation: operator %s not defined on %s",
                   tok_text[op], opstr(c, x));
            invalid(x);
            return;
        }
        x->cv = cv_float(r);
        if (!isfinite(r)) cv_num_arith(a, rop, b, &x->cv);   /* exact, for the overflow message */
        i128 iv;
        if (type_is_integer(x->type) && cv_float_is_int(r, &iv)) x->cv = cv_int(iv);
    }
    check_const_fits(fs, x, e);
}

static bool op_allowed(int op, Type *t)
{
    Type *u = t->under;
    switch (op) {
    case T_ADD: return type_is_numeric(u) || type_is_string(u);
    case T_SUB: case T_MUL: case T_QUO: return type_is_numeric(u);
    case T_REM: case T_AND: case T_OR: case T_XOR: case T_AND_NOT: return type_is_integer(u);
    case T_LAND: case T_LOR: return type_is_boolean(u);
    default: return true;
    }
}

void emit_ext(FuncState *fs, int r, Type *t)
{
    if (!type_is_integer(t)) {
        if (t->kind == K_FLOAT32) emit(fs, OP_F32, r, r, 0);
        return;
    }
    int bits = type_int_bits(t);
    if (bits < 64) emit(fs, OP_EXT, r, r, bits | (type_is_unsigned(t) ? 0x100 : 0));
}

static void shift(FuncState *fs, Node *e, int op, Operand *x, Operand *y)
{
    Compiler *c = fs->c;
    /* the count */
    if (y->mode == OM_CONST) {
        if (type_is_untyped(y->type)) {
            ConstVal out;
            int r = representable(y->cv, ty_uint, &out);
            if (r != 0 && cv_sign(y->cv) < 0 && cv_to_int(y->cv, &out))   /* -1 and -1.0, not -1.5 */
                errorf(c, y->node->pos, "invalid operation: negative shift count %s", opstr(c, y));
            else if (r != 0)   /* types2's invalidConversion */
                errorf(c, y->node->pos, r == 2 ? "%s truncated to uint" : "%s overflows uint", opstr(c, y));
            else if (cv_cmp(out, cv_int(1023 - 1 + 52)) > 0)   /* types2's shiftBound: enough for 0x1p-1074 */
                errorf(c, y->node->pos, "invalid operation: invalid shift count %s", opstr(c, y));
            if (r != 0 || cv_cmp(out, cv_int(1023 - 1 + 52)) > 0) {
                invalid(x);
                return;
            }
            y->cv = out;
            y->type = ty_uint;
        } else if (!type_is_integer(y->type)) {
            errorf(c, y->node->pos, "invalid operation: shift count %s must be integer", opstr(c, y));
            invalid(x);
            return;
        } else if (y->cv.i < 0) {
            errorf(c, y->node->pos, "invalid operation: negative shift count %s", opstr(c, y));
            invalid(x);
            return;
        }
    } else if (!type_is_integer(y->type)) {
        errorf(c, y->node->pos, "invalid operation: shift count %s must be integer", opstr(c, y));
        invalid(x);
        return;
    }
    if (x->mode == OM_CONST) {
        if (x->cv.kind == CV_FLOAT) {
            ConstVal iv;
            if (!cv_to_int(x->cv, &iv)) {
                errorf(c, x->node->pos, "invalid operation: shifted operand %s must be integer", opstr(c, x));
                invalid(x);
                return;
            }
            x->cv = iv;
            if (x->type == ty_untyped_float) x->type = ty_untyped_int;
        }
        if (x->cv.kind != CV_INT) {
            errorf(c, x->node->pos, "invalid operation: shifted operand %s must be integer", opstr(c, x));
            invalid(x);
            return;
        }
        if (y->mode == OM_CONST) {
            if (y->cv.i > 1023 - 1 + 52) {   /* a typed count (untyped ones are checked above) */
                errorf(c, y->node->pos, "invalid operation: invalid shift count %s", opstr(c, y));
                invalid(x);
                return;
            }
            x->cv = cv_shift(x->cv, op == T_SHL, (unsigned)y->cv.i);
            if (int_too_big(c, x, "shift", e->op_pos.line ? e->op_pos : e->pos)) return;
            check_const_fits(fs, x, e);
            return;
        }
        /* non-constant shift of an untyped constant: computed in 64 bits, it stays an untyped
         * value that takes its context's type (untyped_int_value) */
        if (x->type == ty_untyped_rune) x->type = ty_untyped_int;
    }
    if (!type_is_integer(x->type)) {
        errorf(c, x->node->pos, "invalid operation: shifted operand %s must be integer", opstr(c, x));
        invalid(x);
        return;
    }
    int save = fs->freereg;
    bool delayed = type_is_untyped(x->type);   /* 1 << s: typed by its context later */
    int a = value_reg(fs, x);
    int b = value_reg(fs, y);
    if (delayed) x->type = ty_untyped_int;
    if (y->mode == OM_VALUE && !type_is_unsigned(y->type)) emit(fs, OP_CHKSHIFT, b, 0, 0);
    reg_free_to(fs, save);
    int d = reg_alloc(fs, 1);
    OpCode oc = op == T_SHL ? OP_SHL : type_is_unsigned(x->type) ? OP_USHR : OP_SHR;
    emit(fs, oc, d, a, b);
    if (op == T_SHL) emit_ext(fs, d, x->type);
    x->mode = OM_VALUE;
    x->reg = d;
    x->is_var = false;
}

static bool has_nil(Type *t)
{
    switch (t->kind) {
    case K_POINTER: case K_SLICE: case K_MAP: case K_CHAN: case K_FUNC: case K_INTERFACE: return true;
    default: return false;
    }
}

/* binstr spells binary expression e in messages; the synthetic node of an
 * assignment operation (aux = the statement) as `x op= y`, as types2 does. */
static const char *binstr(Node *e)
{
    Node *s = e->aux;
    if (!s || s->kind != N_ASSIGN_STMT) return estr(e);
    static Buf b;
    buf_reset(&b);
    buf_puts(&b, estr(e->u.binary.x));
    buf_printf(&b, " %s ", tok_text[s->u.assign.op]);
    buf_puts(&b, estr(e->u.binary.y));
    return buf_str(&b);
}

/* mismatched reports types2's "mismatched types": at the second operand of
 * a comparison, at the start of the expression otherwise. */
static void mismatched(FuncState *fs, Node *e, Operand *x, Operand *y)
{
    Compiler *c = fs->c;
    SrcPos at = is_comparison(e->u.binary.op) && y->node ? y->node->pos : e->pos;
    errorf(c, at, "invalid operation: %s (mismatched types %s and %s)", binstr(e), tstr(c, x->type), tstr(c, y->type));
}

/* implicit converts untyped x for an operation with an operand of type
 * target (types2's implicitTypeAndValue); reports like invalidConversion. */
static void implicit(FuncState *fs, Operand *x, Type *target)
{
    Compiler *c = fs->c;
    if (x->mode == OM_INVALID || !type_is_untyped(x->type) || target == ty_invalid) return;
    if (type_is_untyped(target)) {
        /* both untyped numeric: the "larger" kind wins */
        if (type_is_numeric(x->type) && type_is_numeric(target)) {
            if (target->kind > x->type->kind) x->type = target;
        }
        return;
    }
    if (x->type == ty_untyped_nil) {
        if (has_nil(target->under)) x->type = target;
        return;
    }
    if (target->under->kind == K_INTERFACE) {
        convert_untyped(fs, x, NULL);
        return;
    }
    Type *u = target->under;
    int r = 3;
    ConstVal out;
    if (x->mode == OM_VALUE && type_is_integer(x->type)) {   /* 1 << s in a typed operation */
        untyped_int_value(fs, x, target, "operation");
        return;
    }
    if (x->mode == OM_CONST) r = representable(x->cv, target, &out);
    else if (type_is_boolean(x->type) && type_is_boolean(u)) r = 0;
    if (r == 0) {
        if (x->mode == OM_CONST) x->cv = out;
        x->type = target;
        return;
    }
    if (r == 1 && x->mode == OM_CONST && type_is_numeric(u))
        errorf(c, x->node->pos, "%s overflows %s", opstr(c, x), tstr(c, u));
    else if (r == 2)
        errorf(c, x->node->pos, "%s truncated to %s", opstr(c, x), tstr(c, u));
    else
        errorf(c, x->node->pos, "cannot convert %s to type %s", opstr(c, x), tstr(c, u));
    x->mode = OM_INVALID;
}

/* match_types gives two operands of a binary operation a common type
 * (types2's matchTypes, then the identical-types check) */
static bool match_types(FuncState *fs, Node *e, Operand *x, Operand *y)
{
    Compiler *c = fs->c;
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    /* types2's mayConvert */
    bool may = (ux || uy) && type_is_boolean(x->type) == type_is_boolean(y->type) &&
               type_is_string(x->type) == type_is_string(y->type);
    /* an untyped operand paired with an interface converts to its default type */
    if ((ux || uy) && (x->type->under->kind == K_INTERFACE || y->type->under->kind == K_INTERFACE)) may = true;
    else if (may && x->type == ty_untyped_nil) may = has_nil(y->type);
    else if (may && y->type == ty_untyped_nil) may = has_nil(x->type);
    else if (may && (x->type->kind == K_POINTER || y->type->kind == K_POINTER)) may = false;
    if (may) {
        implicit(fs, x, y->type);
        if (x->mode == OM_INVALID) return false;
        implicit(fs, y, x->type);
        if (y->mode == OM_INVALID) return false;
    }
    int op = e->u.binary.op;
    if (x->type == y->type) return true;
    if (is_comparison(op) && x->type->under == y->type->under && (!x->type->name || !y->type->name) &&
        x->type->kind != K_INTERFACE && !type_is_untyped(x->type) && !type_is_untyped(y->type)) {
        /* a value of an unnamed type is assignable to a named one with the same underlying type */
        if (!x->type->name) x->type = y->type;
        else y->type = x->type;
        return true;
    }
    if (x->type->kind == K_CHAN && y->type->kind == K_CHAN && x->type->elem == y->type->elem &&
        (!x->type->name || !y->type->name) && (x->type->dir == CHAN_BOTH || y->type->dir == CHAN_BOTH)) {
        /* a bidirectional channel is assignable to a directional one: compare as that */
        if (x->type->dir == CHAN_BOTH) x->type = y->type;
        else y->type = x->type;
        return true;
    }
    if (op == T_EQL || op == T_NEQ) {
        /* comparison of interface and concrete value */
        if (x->type->kind == K_INTERFACE && y->type->kind != K_INTERFACE && !type_is_untyped(y->type) &&
            implements(c, y->type, x->type, NULL)) {
            coerce(fs, y, x->type, "comparison");
            return y->mode != OM_INVALID;
        }
        if (y->type->kind == K_INTERFACE && x->type->kind != K_INTERFACE && !type_is_untyped(x->type) &&
            implements(c, x->type, y->type, NULL)) {
            coerce(fs, x, y->type, "comparison");
            return x->mode != OM_INVALID;
        }
        /* two interface types: comparable when one is assignable to the other */
        if (x->type->kind == K_INTERFACE && y->type->kind == K_INTERFACE) {
            if (implements(c, y->type, x->type, NULL)) {
                coerce(fs, y, x->type, "comparison");
                return y->mode != OM_INVALID;
            }
            if (implements(c, x->type, y->type, NULL)) {
                coerce(fs, x, y->type, "comparison");
                return x->mode != OM_INVALID;
            }
        }
    }
    if (is_comparison(op) && x->type == ty_untyped_nil && y->type == ty_untyped_nil) return true;
    mismatched(fs, e, x, y);
    return false;
}

static const char *kind_string(Compiler *c, Type *t)
{
    switch (t->under->kind) {
    case K_ARRAY: return "array";
    case K_SLICE: return "slice";
    case K_STRUCT: return "struct";
    case K_POINTER: return "pointer";
    case K_FUNC: return "func";
    case K_INTERFACE: return "interface";
    case K_MAP: return "map";
    case K_CHAN: return "chan";
    default: return tstr(c, t);
    }
}

/* incomparable_cause explains why t cannot be compared, as types2 does. */
static const char *incomparable_cause(Compiler *c, Type *t)
{
    static Buf b;
    buf_reset(&b);
    Type *u = t->under;
    if (u->kind == K_SLICE || u->kind == K_FUNC || u->kind == K_MAP) {
        buf_printf(&b, "%s can only be compared to nil", kind_string(c, t));
    } else if (u->kind == K_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (!type_is_comparable(u->fields[i].type)) {
                buf_printf(&b, "struct containing %s cannot be compared", tstr(c, u->fields[i].type));
                break;
            }
    } else {
        buf_printf(&b, "%s cannot be compared", tstr(c, u));
    }
    return buf_str(&b);
}

static void comparison(FuncState *fs, Node *e, int op, Operand *x, Operand *y, bool nilcmp)
{
    Compiler *c = fs->c;
    Type *t = x->type;
    Operand *bad = NULL;      /* types2's errOp */
    const char *cause = NULL;
    if (op == T_EQL || op == T_NEQ) {
        if (nilcmp) {
            Type *nt = x->type == ty_untyped_nil ? y->type : x->type;
            if (!has_nil(nt)) bad = y;
        } else if (!type_is_comparable(x->type)) {
            bad = x;
            cause = incomparable_cause(c, x->type);
        } else if (!type_is_comparable(y->type)) {
            bad = y;
            cause = incomparable_cause(c, y->type);
        }
    } else if (!(type_is_numeric(x->type) || type_is_string(x->type))) {
        bad = x;
    } else if (!(type_is_numeric(y->type) || type_is_string(y->type))) {
        bad = y;
    }
    if (bad) {
        Buf b = BUF_INIT;
        if (cause) buf_puts(&b, cause);
        else buf_printf(&b, "operator %s not defined on %s", tok_text[op], kind_string(c, bad->type));
        errorf(c, bad->node ? bad->node->pos : e->pos, "invalid operation: %s (%s)", binstr(e), buf_str(&b));
        buf_fini(&b);
        invalid(x);
        return;
    }
    if (x->mode == OM_CONST && y->mode == OM_CONST && x->type != ty_untyped_nil) {
        const_binary(fs, e, op, x, y);
        return;
    }
    int save = fs->freereg;
    Type *u = t->under;
    if (nilcmp && u->kind == K_INTERFACE) {
        Operand *v = x->mode == OM_CONST ? y : x;
        int a = value_reg(fs, v);
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        emit(fs, OP_ISTYPE, d, a, 0);
        if (op == T_NEQ) emit(fs, OP_NOT, d, d, 0);
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = ty_untyped_bool;
        x->is_var = false;
        return;
    }
    if (u->kind == K_INTERFACE || u->kind == K_STRUCT || u->kind == K_ARRAY) {
        int pair = reg_alloc(fs, 2);
        discharge(fs, x, pair);
        discharge(fs, y, pair + 1);
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        emit(fs, op == T_EQL ? OP_EQV : OP_NEV, d, pair, (int)type_id(c, t));
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = ty_untyped_bool;
        x->is_var = false;
        return;
    }
    int a = value_reg(fs, x), b = value_reg(fs, y);
    reg_free_to(fs, save);
    int d = reg_alloc(fs, 1);
    bool swap = op == T_GTR || op == T_GEQ;
    int l = swap ? b : a, r = swap ? a : b;
    OpCode oc;
    if (type_is_string(u)) oc = op == T_EQL ? OP_SEQ : op == T_NEQ ? OP_SNE : (op == T_LSS || op == T_GTR) ? OP_SLT : OP_SLE;
    else if (type_is_float(u)) oc = op == T_EQL ? OP_FEQ : op == T_NEQ ? OP_FNE : (op == T_LSS || op == T_GTR) ? OP_FLT : OP_FLE;
    else if (u->kind == K_POINTER || u->kind == K_CHAN || u->kind == K_MAP || u->kind == K_SLICE || u->kind == K_FUNC)
        oc = op == T_EQL ? OP_PEQ : OP_PNE;
    else if (type_is_unsigned(u)) oc = op == T_EQL ? OP_EQ : op == T_NEQ ? OP_NE : (op == T_LSS || op == T_GTR) ? OP_ULT : OP_ULE;
    else oc = op == T_EQL ? OP_EQ : op == T_NEQ ? OP_NE : (op == T_LSS || op == T_GTR) ? OP_LT : OP_LE;
    emit(fs, oc, d, l, r);
    x->mode = OM_VALUE;
    x->reg = d;
    x->type = ty_untyped_bool;
    x->is_var = false;
}

/* logical_error reports a bad operand of && or || as types2's binary does:
 * mismatched types first, then the operator on the first operand. */
static void logical_error(FuncState *fs, Node *e, Operand *x, Operand *y)
{
    Compiler *c = fs->c;
    int op = e->u.binary.op;
    bool same = x->type == y->type ||
                (type_is_untyped(x->type) && type_is_untyped(y->type) && type_is_numeric(x->type) &&
                 type_is_numeric(y->type)) ||
                (type_is_untyped(y->type) && y->type != ty_untyped_nil && type_is_numeric(x->type) &&
                 type_is_numeric(y->type)) ||
                (type_is_untyped(x->type) && x->type != ty_untyped_nil && type_is_numeric(x->type) &&
                 type_is_numeric(y->type)) ||
                (type_is_boolean(x->type) && type_is_boolean(y->type) &&
                 (type_is_untyped(x->type) || type_is_untyped(y->type)));
    if (!same) mismatched(fs, e, x, y);
    else errorf(c, x->node->pos, "invalid operation: operator %s not defined on %s", tok_text[op], opstr(c, x));
}

/* logical_rhs evaluates the right operand of && or || and checks it. */
static bool logical_rhs(FuncState *fs, Node *e, Operand *x, Operand *y)
{
    expr(fs, e->u.binary.y, y);
    if (y->mode == OM_INVALID) return false;
    if (y->mode != OM_CONST && y->mode != OM_VALUE) {
        valid_value(fs, y);
        return false;
    }
    if (!type_is_boolean(y->type) || (!type_is_untyped(x->type) && !type_is_untyped(y->type) && x->type != y->type)) {
        logical_error(fs, e, x, y);
        return false;
    }
    return true;
}

static void logical(FuncState *fs, Node *e, Operand *x)
{
    int op = e->u.binary.op;
    expr(fs, e->u.binary.x, x);
    if (x->mode == OM_INVALID) return;
    if (x->mode != OM_CONST && x->mode != OM_VALUE) { valid_value(fs, x); invalid(x); return; }
    int save = fs->freereg;
    if (!type_is_boolean(x->type)) {
        Operand y;
        expr(fs, e->u.binary.y, &y);
        if (y.mode == OM_CONST || y.mode == OM_VALUE) logical_error(fs, e, x, &y);
        else valid_value(fs, &y);
        reg_free_to(fs, save);
        invalid(x);
        return;
    }
    if (x->mode == OM_CONST) {
        /* false && y, true || y: y is checked but never evaluated */
        bool skip = (op == T_LAND) != x->cv.b;
        int n0 = fs->ncode, np0 = fs->c->prog->nprotos;
        Operand y;
        bool ok = logical_rhs(fs, e, x, &y);
        if (skip) {
            fs->ncode = n0;
            protos_rollback(fs->c, np0);
            reg_free_to(fs, save);
        }
        if (!ok) { invalid(x); return; }
        if (y.mode == OM_CONST) {
            x->cv = cv_bool(op == T_LAND ? x->cv.b && y.cv.b : x->cv.b || y.cv.b);
            if (!type_is_untyped(y.type)) x->type = y.type;
            return;
        }
        if (!type_is_untyped(y.type)) x->type = y.type;
        if (skip) return;   /* the constant is the result */
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        discharge(fs, &y, d);
        x->mode = OM_VALUE;
        x->reg = d;
        return;
    }
    int d = reg_alloc(fs, 1);
    discharge(fs, x, d);
    int j = emit_jump(fs, op == T_LAND ? OP_JF : OP_JT, d);
    Operand y;
    if (!logical_rhs(fs, e, x, &y)) { invalid(x); return; }
    discharge(fs, &y, d);
    patch_here(fs, j);
    reg_free_to(fs, d + 1);
    x->mode = OM_VALUE;
    x->reg = d;
    if (type_is_untyped(x->type)) x->type = y.type;
}

/* binary_ops finishes a binary expression whose operands are evaluated;
 * save is the register level before they were. */
static void binary_ops(FuncState *fs, Node *e, Operand *x, Operand *y, int save)
{
    Compiler *c = fs->c;
    int op = e->u.binary.op;
    if (x->mode == OM_INVALID || y->mode == OM_INVALID) { invalid(x); return; }
    if (x->mode != OM_CONST && x->mode != OM_VALUE) { coerce(fs, x, ty_invalid, ""); invalid(x); return; }
    if (y->mode != OM_CONST && y->mode != OM_VALUE) {
        Operand tmp = *y;
        valid_value(fs, &tmp);
        if (tmp.mode == OM_INVALID) { invalid(x); return; }
    }
    if (x->type->kind == K_TUPLE || y->type->kind == K_TUPLE) {
        Operand *m = x->type->kind == K_TUPLE ? x : y;
        errorf(c, m->node->pos, "multiple-value %s (value of type %s) in single-value context", estr(m->node), tstr(c, m->type));
        invalid(x);
        return;
    }
    if (op == T_SHL || op == T_SHR) { shift(fs, e, op, x, y); return; }
    bool nilcmp = (x->mode == OM_CONST && x->type == ty_untyped_nil) || (y->mode == OM_CONST && y->type == ty_untyped_nil);
    if (!match_types(fs, e, x, y)) { invalid(x); return; }
    if (is_comparison(op)) { comparison(fs, e, op, x, y, nilcmp); return; }
    Type *t = x->type;
    if (!op_allowed(op, t)) {
        errorf(c, x->node->pos, "invalid operation: operator %s not defined on %s", tok_text[op], opstr(c, x));
        invalid(x);
        return;
    }
    if (x->mode == OM_CONST && y->mode == OM_CONST) {
        const_binary(fs, e, op, x, y);
        return;
    }
    if ((op == T_QUO || op == T_REM) && y->mode == OM_CONST && type_is_integer(t) &&
        ((y->cv.kind == CV_INT && y->cv.i == 0) || (y->cv.kind == CV_FLOAT && y->cv.f == 0))) {
        errorf(c, y->node->pos, "invalid operation: division by zero");
        invalid(x);
        return;
    }
    Type *u = t->under;
    /* x + small constant, x - small constant */
    if ((op == T_ADD || op == T_SUB) && type_is_integer(u) && y->mode == OM_CONST && y->cv.i > -32768 &&
        y->cv.i <= 32767 && x->mode == OM_VALUE) {
        int a = x->reg;
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        int16_t k = (int16_t)(op == T_ADD ? y->cv.i : -y->cv.i);
        emit(fs, OP_ADDI, d, a, (int)(uint16_t)k);
        emit_ext(fs, d, t);
        x->reg = d;
        x->is_var = false;
        return;
    }
    /* x * small constant, small constant * x */
    if (op == T_MUL && type_is_integer(u) && x->mode != y->mode && (x->mode == OM_CONST || y->mode == OM_CONST)) {
        Operand *k = x->mode == OM_CONST ? x : y, *v = k == x ? y : x;
        if (k->cv.kind == CV_INT && k->cv.i >= INT16_MIN && k->cv.i <= INT16_MAX && v->mode == OM_VALUE) {
            int a = v->reg;
            reg_free_to(fs, save);
            int d = reg_alloc(fs, 1);
            emit(fs, OP_MULI, d, a, (int)(uint16_t)(int16_t)k->cv.i);
            fold_last(fs, 1);   /* the LOADI of the constant */
            emit_ext(fs, d, t);
            x->reg = d;
            x->mode = OM_VALUE;
            x->is_var = false;
            return;
        }
    }
    /* x % positive constant: no zero or -1 divisor to check */
    if (op == T_REM && type_is_integer(u) && y->mode == OM_CONST && y->cv.kind == CV_INT && y->cv.i > 0 &&
        y->cv.i <= INT16_MAX && x->mode == OM_VALUE) {
        int a = x->reg;
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        emit(fs, type_is_unsigned(u) ? OP_UMODI : OP_MODI, d, a, (int)y->cv.i);
        fold_last(fs, 1);   /* the LOADI of the constant */
        emit_ext(fs, d, t);
        x->reg = d;
        x->is_var = false;
        return;
    }
    /* x & small constant, x | ..., x ^ ... (a constant in the instruction) */
    if ((op == T_AND || op == T_OR || op == T_XOR) && type_is_integer(u) && y->mode == OM_CONST &&
        y->cv.kind == CV_INT && y->cv.i >= INT16_MIN && y->cv.i <= INT16_MAX && x->mode == OM_VALUE) {
        int a = x->reg;
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        emit(fs, op == T_AND ? OP_ANDI : op == T_OR ? OP_ORI : OP_XORI, d, a, (int)(uint16_t)(int16_t)y->cv.i);
        fold_last(fs, 1);   /* the LOADI of the constant */
        emit_ext(fs, d, t);
        x->reg = d;
        x->is_var = false;
        return;
    }
    int a = value_reg(fs, x), b = value_reg(fs, y);
    reg_free_to(fs, save);
    int d = reg_alloc(fs, 1);
    OpCode oc;
    if (type_is_string(u)) oc = OP_CONCAT;
    else if (type_is_float(u)) oc = op == T_ADD ? OP_FADD : op == T_SUB ? OP_FSUB : op == T_MUL ? OP_FMUL : OP_FDIV;
    else {
        bool us = type_is_unsigned(u);
        switch (op) {
        case T_ADD: oc = OP_ADD; break;
        case T_SUB: oc = OP_SUB; break;
        case T_MUL: oc = OP_MUL; break;
        case T_QUO: oc = us ? OP_UDIV : OP_DIV; break;
        case T_REM: oc = us ? OP_UMOD : OP_MOD; break;
        case T_AND: oc = OP_AND; break;
        case T_OR: oc = OP_OR; break;
        case T_XOR: oc = OP_XOR; break;
        default: oc = OP_ANDNOT; break;
        }
    }
    emit(fs, oc, d, a, b);
    emit_ext(fs, d, t);
    x->mode = OM_VALUE;
    x->reg = d;
    x->type = t;
    x->is_var = false;
    x->fresh = false;
}

static void binary(FuncState *fs, Node *e, Operand *x)
{
    int op = e->u.binary.op;
    if (op == T_LAND || op == T_LOR) { logical(fs, e, x); return; }
    int save = fs->freereg;
    Operand y;
    expr(fs, e->u.binary.x, x);
    expr(fs, e->u.binary.y, &y);
    binary_ops(fs, e, x, &y, save);
}

/* binary_with compiles e (a binary expression node) with its left operand
 * already evaluated in *x: `x op= y` must not evaluate x's operands twice. */
void binary_with(FuncState *fs, Node *e, Operand *x, int save)
{
    Operand y;
    expr(fs, e->u.binary.y, &y);
    binary_ops(fs, e, x, &y, save);
}

/* --- unary operators, addresses and dereferences --- */

static void address_of(FuncState *fs, Node *e, Operand *x);

/* receive compiles <-ch (a value; the assignment forms make it v, ok). */
static void receive(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    expr(fs, e->u.unary.x, x);
    if (not_value(fs, x)) return;
    if (x->mode == OM_CONST && x->type == ty_untyped_nil) {
        errorf(c, e->pos, "invalid operation: cannot receive from nil");
        invalid(x);
        return;
    }
    Type *u = x->type->under;
    if (x->mode != OM_VALUE || u->kind != K_CHAN) {
        errorf(c, e->u.unary.x->pos, "invalid operation: cannot receive from non-channel %s", opstr(c, x));
        invalid(x);
        return;
    }
    if (u->dir == CHAN_SEND) {
        errorf(c, e->u.unary.x->pos, "invalid operation: cannot receive from send-only channel %s", opstr(c, x));
        invalid(x);
        return;
    }
    int save = fs->freereg;
    int ch = x->reg;
    reg_free_to(fs, save);
    int d = reg_alloc(fs, 2);   /* room for the ok of the v, ok form */
    reg_free_to(fs, d + 1);
    emit(fs, OP_RECV, d, ch, 0);
    x->reg = d;
    x->type = u->elem;
    x->is_var = false;
    x->fresh = true;
    x->commaok = true;
}

static void unary(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    int op = e->u.unary.op;
    if (op == T_AND) { address_of(fs, e, x); return; }
    if (op == T_ARROW) { receive(fs, e, x); return; }
    expr(fs, e->u.unary.x, x);
    if (not_value(fs, x)) return;
    if (x->mode != OM_CONST && x->mode != OM_VALUE) { valid_value(fs, x); invalid(x); return; }
    Type *u = x->type->under;
    bool ok = op == T_NOT ? type_is_boolean(u) : op == T_XOR ? type_is_integer(u) : type_is_numeric(u);
    if (!ok) {
        errorf(c, x->node ? x->node->pos : e->pos, "invalid operation: operator %s not defined on %s", tok_text[op],
               opstr(c, x));
        invalid(x);
        return;
    }
    if (x->mode == OM_CONST) {
        if (op == T_NOT) x->cv.b = !x->cv.b;
        else if (op == T_SUB) x->cv = cv_neg(x->cv); else if (op == T_XOR) {
            if (type_is_unsigned(u)) {
                int bits = type_int_bits(u);
                i128 mask = bits == 64 ? (i128)UINT64_MAX : ((i128)1 << bits) - 1;
                x->cv.i = x->cv.i ^ mask;
            } else {
                x->cv = cv_not(x->cv);
            }
        }
        x->node = e;
        if (int_too_big(c, x, op == T_XOR ? "bitwise complement" : "", e->pos)) return;
        check_const_fits(fs, x, e);
        return;
    }
    if (op == T_ADD) return;
    int save = fs->freereg;
    int a = x->reg;
    reg_free_to(fs, save);
    if (a >= save) reg_free_to(fs, a);
    int d = reg_alloc(fs, 1);
    emit(fs, op == T_NOT ? OP_NOT : op == T_XOR ? OP_BNOT : type_is_float(u) ? OP_FNEG : OP_NEG, d, a, 0);
    if (op != T_NOT) emit_ext(fs, d, x->type);
    x->reg = d;
    x->is_var = false;
}

static void star(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    expr(fs, e->u.unary.x, x);
    if (not_value(fs, x)) return;
    if (x->mode == OM_TYPE) { x->type = type_pointer(x->type); return; }
    if (x->mode == OM_CONST && x->type == ty_untyped_nil) {
        errorf(c, e->pos, "invalid operation: cannot indirect nil");
        invalid(x);
        return;
    }
    if (x->mode != OM_VALUE || x->type->under->kind != K_POINTER) {
        errorf(c, e->pos, "invalid operation: cannot indirect %s", opstr(c, x));
        invalid(x);
        return;
    }
    Type *t = x->type->under->elem;
    int a = x->reg;
    if (type_is_aggregate(t)) {
        /* the object is the value: check it is not nil by loading through it */
        int d = !x->is_var && a == fs->freereg - 1 ? a : reg_alloc(fs, 1);
        emit(fs, OP_LOAD, d, a, 0);
        x->reg = d;
    } else {
        if (!x->is_var && a == fs->freereg - 1) reg_free_to(fs, a);
        int d = reg_alloc(fs, 1);
        emit(fs, OP_LOAD, d, a, 0);
        x->reg = d;
    }
    x->type = t;
    x->is_var = true;
    x->fresh = false;
}

/* --- selectors --- */


/* navigate follows the embedded-field path of a selection from object reg r
 * (of type t) and returns the register of the final field's container value. */
static int navigate(FuncState *fs, int r, Type **t, const int *path, int depth)
{
    for (int d = 0; d < depth; d++) {
        Type *b = (*t)->kind == K_POINTER && !(*t)->name ? (*t)->elem : *t;
        b = b->under;
        int fi = path[d];
        int dst = d > 0 && r == fs->freereg - 1 ? r : reg_alloc(fs, 1);   /* reuse our own temporaries only */
        emit(fs, OP_GETF, dst, r, fi);
        r = dst;
        *t = b->fields[fi].type;
    }
    return r;
}

/* method_value builds a closure binding receiver register r to method m. */
/* bound_method makes a proto for `recv.M` as a func value: it calls the
 * method (CALLI when iface_name >= 0, else proto target) with its one
 * upvalue, captured from register recv_reg, as the receiver. */
int bound_method(Compiler *c, const char *name, Type *sig, int iface_name, Proto *target, int recv_reg)
{
    int np = sig->nparams, nr = sig->nresults;
    Proto *p = proto_new(c, name, (SrcPos){0, 0, 0});
    int pi = proto_add(c, p);
    p->nparams = (uint16_t)np;
    p->nresults = (uint16_t)nr;
    p->type = sig;
    FuncState f;
    fs_begin(&f, c, NULL, p);
    f.freereg = f.maxreg = np;
    int base = reg_alloc(&f, 2 + np);
    emit(&f, OP_GETUP, base + 1, 0, 0);
    for (int i = 0; i < np; i++) emit(&f, OP_MOVE, base + 2 + i, i, 0);
    if (iface_name >= 0) emit_bx(&f, OP_CALLI, base, (uint32_t)iface_name);
    else emit_bx(&f, OP_CALL, base, (uint32_t)proto_index(c, target));
    emit(&f, OP_RET, base, nr, 0);
    fs_end(&f);
    p->nup = 1;
    p->up = xmalloc(sizeof *p->up);
    p->up[0] = (UpDesc){true, (uint16_t)recv_reg};
    return pi;
}

/* method_value builds a closure binding receiver register r to method s. */
static void method_value(FuncState *fs, int r, Type *rt, Selection *s, Operand *x)
{
    Compiler *c = fs->c;
    Method *m = s->method;
    /* the receiver as the method takes it, in the closure's one upvalue */
    int recv = reg_alloc(fs, 1);
    bool isiface = s->recv_base->kind == K_INTERFACE;
    bool rptr = rt->kind == K_POINTER && !rt->name;
    Type *pointee = rptr ? rt->elem : rt;
    if (isiface) {
        emit(fs, OP_NILCHK, r, 1, 0);   /* a method value of a nil interface panics now */
        emit(fs, OP_MOVE, recv, r, 0);
    } else if (m->ptr_recv) emit(fs, rptr ? OP_MOVE : OP_ADDRW, recv, r, 0);
    else if (rptr) {
        emit(fs, OP_NILCHK, r, 0, 0);   /* a value method bound through a nil pointer panics now */
        if (type_is_aggregate(pointee)) emit(fs, OP_CLONE, recv, r, (int)type_id(c, pointee));
        else emit(fs, OP_LOAD, recv, r, 0);
    } else if (type_is_aggregate(rt)) emit(fs, OP_CLONE, recv, r, (int)type_id(c, rt));
    else emit(fs, OP_MOVE, recv, r, 0);
    Buf b = BUF_INIT;
    buf_printf(&b, "%s-fm", m->name);
    int pi = bound_method(c, arena_strndup(&c->arena, b.data, b.len), m->sig,
                          isiface ? name_index(c, m->name) : -1, m->fn, recv);
    buf_fini(&b);
    reg_free_to(fs, recv);
    int d = reg_alloc(fs, 1);
    emit_bx(fs, OP_CLOSURE, d, (uint32_t)pi);
    x->mode = OM_VALUE;
    x->reg = d;
    x->type = m->sig;
    x->is_var = false;
}

/* method_path_has_pointer: whether the embedded path to a promoted method
 * goes through a pointer field (then T.M may call a pointer method). */
static bool method_path_has_pointer(Type *t, Selection *s)
{
    Type *ct = t;
    for (int d = 0; d < s->depth; d++) {
        Type *b = (ct->kind == K_POINTER && !ct->name ? ct->elem : ct)->under;
        ct = b->fields[s->path[d]].type;
        if (ct->kind == K_POINTER && !ct->name) return true;
    }
    return false;
}

/* method_expr_thunk makes the function value of method expression T.M when
 * the method's own code cannot serve: (*T).M of a value method, a method
 * promoted through embedded fields, I.M of an interface. Its first
 * parameter is the receiver of type t; it finds the method's receiver and
 * calls it with the other parameters. */
static int method_expr_thunk(Compiler *c, Type *t, Selection *s, Type *ft)
{
    Method *m = s->method;
    int np = ft->nparams, nr = ft->nresults;
    Buf b = BUF_INIT;
    buf_printf(&b, "%s.%s", tstr(c, t), m->name);
    Proto *p = proto_new(c, arena_strndup(&c->arena, b.data, b.len), (SrcPos){0, 0, 0});
    buf_fini(&b);
    int pi = proto_add(c, p);
    p->nparams = (uint16_t)np;
    p->nresults = (uint16_t)nr;
    p->type = ft;
    FuncState f;
    fs_begin(&f, c, NULL, p);
    f.freereg = f.maxreg = np;
    Type *ct = t;
    int outer = s->depth > 0 ? navigate(&f, 0, &ct, s->path, s->depth - 1) : -1;
    Type *outer_t = ct;
    int r = s->depth > 0 ? navigate(&f, outer, &ct, s->path + s->depth - 1, 1) : 0;
    int base = reg_alloc(&f, 1 + np);
    int recv = base + 1;
    bool iface = s->recv_base->kind == K_INTERFACE;
    bool rptr = ct->kind == K_POINTER && !ct->name;
    Type *pointee = rptr ? ct->elem : ct;
    (void)outer_t;
    if (iface) emit(&f, OP_MOVE, recv, r, 0);
    else if (m->ptr_recv && !rptr && !type_is_aggregate(ct) && outer >= 0)
        emit(&f, OP_FADDR, recv, outer, s->path[s->depth - 1]);   /* promoted from an embedded scalar */
    else if (m->ptr_recv) emit(&f, rptr ? OP_MOVE : OP_ADDRW, recv, r, 0);
    else if (rptr) {
        if (type_is_aggregate(pointee)) emit(&f, OP_CLONE, recv, r, (int)type_id(c, pointee));
        else emit(&f, OP_LOAD, recv, r, 0);
    } else if (type_is_aggregate(ct)) emit(&f, OP_CLONE, recv, r, (int)type_id(c, ct));
    else emit(&f, OP_MOVE, recv, r, 0);
    for (int i = 1; i < np; i++) emit(&f, OP_MOVE, base + 1 + i, i, 0);
    if (iface) emit_bx(&f, OP_CALLI, base, (uint32_t)name_index(c, m->name));
    else emit_bx(&f, OP_CALL, base, (uint32_t)proto_index(c, m->fn));
    emit(&f, OP_RET, base, nr, 0);
    fs_end(&f);
    return pi;
}

/* go_std_name: names Go's standard library exports from a package gorolab
 * supports but that gorolab's subset leaves out (runtime introspection and
 * the like), so that using one says so instead of "undefined". */
bool go_std_name(const char *pkg, const char *name)
{
    static const char *const runtime_names[] = {
        "Breakpoint", "Caller", "Callers", "CallersFrames", "Compiler", "Frame", "Frames", "Func", "FuncForPC",
        "GOARCH", "GOOS", "GOROOT", "Goexit", "KeepAlive", "LockOSThread", "MemProfile", "MemProfileRate",
        "MemProfileRecord", "MemStats", "NumCgoCall", "ReadMemStats", "SetFinalizer", "Stack", "StackRecord",
        "UnlockOSThread", "Version", "SetBlockProfileRate", "SetMutexProfileFraction", "BlockProfile",
        "MutexProfile", "ThreadCreateProfile", "GoroutineProfile", "TypeAssertionError", NULL};
    static const char *const io_names[] = {"ReadFull", "ReadAll", "ReadAtLeast", "Copy", "CopyN", "Pipe",
                                           "MultiReader", "MultiWriter", "TeeReader", "LimitReader",
                                           "NewSectionReader", "SectionReader", "Discard", "NopCloser", NULL};
    static const char *const strings_names[] = {"NewReader", "Reader", NULL};
    const char *const *list = strcmp(pkg, "runtime") == 0   ? runtime_names
                              : strcmp(pkg, "io") == 0      ? io_names
                              : strcmp(pkg, "strings") == 0 ? strings_names
                                                            : NULL;
    for (int i = 0; list && list[i]; i++)
        if (strcmp(list[i], name) == 0) return true;
    return false;
}

void selector(FuncState *fs, Node *e, Operand *x, Selection *out_sel)
{
    Compiler *c = fs->c;
    const char *name = e->u.sel.name->u.ident.name;
    Node *xe = e->u.sel.x;
    if (out_sel) out_sel->kind = SEL_NONE;
    if (xe->kind == N_IDENT) {
        Symbol *y = lookup(c, fs->scope, xe->u.ident.name);
        if (y && y->kind == SYM_PKG) {
            y->used = true;
            Package *p = y->ref;
            if (p->broken) { invalid(x); return; }
            Symbol *m = scope_lookup_local(p->scope, name);
            if (!m || (!exported(name) && p != c->pkg)) {
                if (m) errorf(c, e->u.sel.name->pos, "name %s not exported by package %s", name, p->name);
                else if (go_std_name(p->path, name))
                    errorf(c, e->u.sel.name->pos, "%s.%s is not in gorolab's Go subset (see gorolab-go(7))", p->path,
                           name);
                else errorf(c, e->u.sel.name->pos, "undefined: %s.%s", xe->u.ident.name, name);
                invalid(x);
                return;
            }
            if (!world_std_name(c, p, e)) { invalid(x); return; }
            Package *save = c->pkg;
            c->pkg = p;
            resolve_symbol(c, m);
            c->pkg = save;
            x->type = m->type;
            switch (m->kind) {
            case SYM_CONST: x->mode = m->type == ty_invalid ? OM_INVALID : OM_CONST; x->cv = m->cval; return;
            case SYM_TYPE: x->mode = OM_TYPE; return;
            case SYM_FUNC:
                x->mode = OM_VALUE;
                x->reg = reg_alloc(fs, 1);
                emit_bx(fs, OP_LOADF, x->reg, (uint32_t)proto_index(c, m->proto));
                return;
            case SYM_VAR:
                x->mode = OM_VALUE;
                x->is_var = true;
                x->reg = reg_alloc(fs, 1);
                load_var(fs, m, x->reg);
                return;
            default: invalid(x); return;
            }
        }
    }
    expr(fs, xe, x);
    if (x->mode == OM_INVALID) return;
    if (x->mode == OM_TYPE) {
        /* method expression T.M or (*T).M */
        Type *t = x->type;
        Selection s = lookup_selector(c, t, name);
        note_method(e, &s);
        if (s.kind != SEL_METHOD) {
            errorf(c, e->u.sel.name->pos, "%s undefined (type %s has no method %s)", estr(e), tstr(c, t), name);
            invalid(x);
            return;
        }
        if (!world_selection(c, t, &s, e)) { invalid(x); return; }
        bool tptr = t->kind == K_POINTER && !t->name;
        bool iface = s.recv_base->kind == K_INTERFACE;
        if (s.method->ptr_recv && !iface && !tptr && !method_path_has_pointer(t, &s)) {
            errorf(c, e->u.sel.name->pos, "invalid method expression %s (needs pointer receiver (*%s).%s)", estr(e),
                   tstr(c, t), name);
            invalid(x);
            return;
        }
        Type **params = xcalloc((size_t)s.method->sig->nparams + 1, sizeof *params);
        params[0] = t;
        for (int i = 0; i < s.method->sig->nparams; i++) params[i + 1] = s.method->sig->params[i];
        x->mode = OM_VALUE;
        x->type = type_func(params, s.method->sig->nparams + 1, s.method->sig->results, s.method->sig->nresults,
                            s.method->sig->variadic);
        free(params);
        x->reg = reg_alloc(fs, 1);
        if (s.depth == 0 && !iface && s.method->ptr_recv == tptr && s.method->fn) {
            emit_bx(fs, OP_LOADF, x->reg, (uint32_t)proto_index(c, s.method->fn));
        } else {
            /* (*T).ValueMethod, promoted methods, I.M: a thunk taking the receiver first */
            emit_bx(fs, OP_LOADF, x->reg, (uint32_t)method_expr_thunk(c, t, &s, x->type));
        }
        return;
    }
    if (x->mode != OM_VALUE) {
        if (x->mode == OM_CONST) discharge(fs, x, -1);
        else { valid_value(fs, x); invalid(x); return; }
    }
    Type *t = x->type;
    Selection s = lookup_selector(c, t, name);
    if (t->kind == K_POINTER && t->name && t->elem) {
        /* type P *T: p.f is (*p).f for a field (never a method) */
        Selection fs2 = lookup_selector(c, type_pointer(t->elem), name);
        if (fs2.kind == SEL_FIELD) {
            t = x->type = type_pointer(t->elem);
            s = fs2;
        }
    }
    if (t->kind == K_POINTER && !t->name && t->elem->kind == K_POINTER) s.kind = SEL_NONE;
    note_method(e, &s);
    if (s.kind == SEL_NONE || s.kind == SEL_AMBIGUOUS) {
        if (s.kind == SEL_AMBIGUOUS) errorf(c, e->u.sel.name->pos, "ambiguous selector %s", estr(e));
        else if (t->kind == K_POINTER && t->elem->kind == K_INTERFACE)
            errorf(c, e->u.sel.name->pos, "%s undefined (type %s is pointer to interface, not interface)", estr(e), tstr(c, t));
        else {
            /* a method with a different case? */
            errorf(c, e->u.sel.name->pos, "%s undefined (type %s has no field or method %s)", estr(e), tstr(c, t), name);
        }
        invalid(x);
        return;
    }
    if (!world_selection(c, t, &s, e)) { invalid(x); return; }
    if (out_sel) *out_sel = s;
    if (s.kind == SEL_FIELD) {
        Type *ct = t;
        int r = navigate(fs, x->reg, &ct, s.path, s.depth - 1);
        Type *b = ct->kind == K_POINTER && !ct->name ? ct->elem : ct;
        b = b->under;
        int fi = s.path[s.depth - 1];
        int save = fs->freereg;
        int d = (r == save - 1 && r != x->reg) || (r == x->reg && x->reg == save - 1 && !x->is_var) ? r : reg_alloc(fs, 1);
        if (x->is_var && r == x->reg) d = reg_alloc(fs, 1);
        emit(fs, OP_GETF, d, r, fi);
        x->reg = d;
        x->type = b->fields[fi].type;
        x->is_var = true;
        x->fresh = false;
        return;
    }
    /* a method value, unless the caller calls it (call.c handles that first) */
    Type *ct = t;
    int outer = s.depth > 0 ? navigate(fs, x->reg, &ct, s.path, s.depth - 1) : x->reg;
    int r = s.depth > 0 ? navigate(fs, outer, &ct, s.path + s.depth - 1, 1) : x->reg;
    if (s.method->ptr_recv && ct->kind != K_POINTER && s.recv_base->kind != K_INTERFACE && !type_is_aggregate(ct) &&
        s.depth > 0 && (x->is_var || t->kind == K_POINTER)) {
        /* a pointer method promoted from an embedded scalar: bind its field's address */
        int pa = reg_alloc(fs, 1);
        emit(fs, OP_FADDR, pa, outer, s.path[s.depth - 1]);
        Type *pt = type_pointer(ct);
        method_value(fs, pa, pt, &s, x);
        return;
    }
    if (s.method->ptr_recv && !(ct->kind == K_POINTER) && !x->is_var && s.recv_base->kind != K_INTERFACE &&
        !type_is_aggregate(ct)) {
        errorf(c, e->pos, "cannot call pointer method %s on %s", name, tstr(c, ct));
        invalid(x);
        return;
    }
    if (s.method->ptr_recv && ct->kind != K_POINTER && s.recv_base->kind != K_INTERFACE &&
        !type_is_aggregate(ct) && s.depth == 0) {
        /* a pointer method of a scalar variable (a named slice, map or int): bind the
         * variable's address, as a call does (call.c), not a pointer to a copy */
        Operand addr;
        expr_addr(fs, xe, &addr);
        if (addr.mode == OM_INVALID) { invalid(x); return; }
        method_value(fs, addr.reg, addr.type, &s, x);
        return;
    }
    method_value(fs, r, ct, &s, x);
}

/* --- indexing and slicing --- */

static bool const_index(FuncState *fs, Operand *ix, int64_t len, const char *what)
{
    Compiler *c = fs->c;
    if (ix->mode == OM_CONST) {
        ConstVal out;
        int r = representable(ix->cv, ty_int, &out);
        if (r == 2 && type_is_untyped(ix->type)) {
            errorf(c, ix->node->pos, "%s truncated to int", opstr(c, ix));
            return false;
        }
        if (r != 0) {
            errorf(c, ix->node->pos, "invalid argument: index %s must be integer", opstr(c, ix));
            return false;
        }
        if (out.i < 0) {
            if (type_is_untyped(ix->type)) ix->type = ty_int;
            errorf(c, ix->node->pos, "invalid argument: index %s must not be negative", opstr(c, ix));
            return false;
        }
        if (len >= 0 && out.i >= len) {
            errorf(c, ix->node->pos, "invalid argument: index %s out of bounds [0:%lld]", estr(ix->node),
                   (long long)len);
            return false;
        }
        ix->cv = out;
        ix->type = ty_int;
        (void)what;
        return true;
    }
    if (ix->mode != OM_VALUE || !type_is_integer(ix->type)) {
        errorf(c, ix->node->pos, "invalid argument: index %s must be integer", opstr(c, ix));
        return false;
    }
    return true;
}

static void index_expr(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    expr(fs, e->u.index.x, x);
    if (not_value(fs, x)) return;
    if (x->mode == OM_TYPE) {
        errorf(c, e->pos, "generic types are not in gorolab's Go subset (see gorolab-go(7))");
        invalid(x);
        return;
    }
    Type *t = x->type;
    Type *u = t->under;
    if (u->kind == K_POINTER && u->elem->under->kind == K_ARRAY) u = u->elem->under;
    int save = fs->freereg;
    if (u->kind == K_MAP) {
        int m = value_reg(fs, x);
        int k = value_to(fs, e->u.index.index, u->key, -1, "map index");
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        emit(fs, OP_MGET, d, m, k);
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = u->elem;
        x->is_var = false;
        x->commaok = true;
        x->fresh = false;
        return;
    }
    Operand ix;
    expr(fs, e->u.index.index, &ix);
    if (ix.mode == OM_INVALID) { invalid(x); return; }
    if (x->mode == OM_CONST && type_is_string(u)) {
        if (!const_index(fs, &ix, (int64_t)x->cv.len, "string")) { invalid(x); return; }
        discharge(fs, x, -1);
        u = x->type->under;
    } else if (!const_index(fs, &ix, u->kind == K_ARRAY ? u->len : -1, "")) {
        invalid(x);
        return;
    }
    OpCode oc;
    Type *elem;
    switch (u->kind) {
    case K_STRING: oc = OP_SINDEX; elem = ty_uint8; break;
    case K_SLICE: oc = elem_op(OP_IINDEX, u->elem); elem = u->elem; break;
    case K_ARRAY: oc = elem_op(OP_AINDEX, u->elem); elem = u->elem; break;
    default:
        errorf(c, e->pos, "invalid operation: cannot index %s", opstr(c, x));
        invalid(x);
        return;
    }
    int a = value_reg(fs, x);
    int b = value_reg(fs, &ix);
    reg_free_to(fs, save);
    int d = reg_alloc(fs, 1);
    emit(fs, oc, d, a, b);
    x->mode = OM_VALUE;
    x->reg = d;
    x->type = elem;
    x->is_var = u->kind != K_STRING;
    x->fresh = false;
}

static void slice_expr(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    expr(fs, e->u.slice.x, x);
    if (not_value(fs, x)) return;
    if (x->mode == OM_CONST) discharge(fs, x, -1);
    Type *t = x->type, *u = t->under;
    bool ptr_array = u->kind == K_POINTER && u->elem->under->kind == K_ARRAY;
    if (ptr_array) u = u->elem->under;
    if (u->kind != K_STRING && u->kind != K_SLICE && u->kind != K_ARRAY) {
        errorf(c, e->pos, "cannot slice %s", opstr(c, x));
        invalid(x);
        return;
    }
    if (u->kind == K_STRING && e->u.slice.three) {
        errorf(c, e->pos, "invalid operation: 3-index slice of string");
        invalid(x);
        return;
    }
    int save = fs->freereg;
    int src = value_reg(fs, x);
    int idx = reg_alloc(fs, 3);
    Node *parts[3] = {e->u.slice.lo, e->u.slice.hi, e->u.slice.max};
    int64_t consts[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        if (parts[i]) {
            Operand ix;
            expr(fs, parts[i], &ix);
            if (ix.mode == OM_INVALID || !const_index(fs, &ix, u->kind == K_ARRAY ? u->len + 1 : -1, "")) {
                invalid(x);
                return;
            }
            if (ix.mode == OM_CONST) consts[i] = (int64_t)ix.cv.i;
            discharge(fs, &ix, idx + i);
        } else if (i == 0) {
            emit_bx(fs, OP_LOADI, idx, 0);
        } else if (u->kind == K_ARRAY) {
            load_int(fs, idx + i, u->len);
        } else if (i == 1) {
            emit(fs, OP_LEN, idx + 1, src, 0);
        } else if (u->kind != K_STRING) {
            emit(fs, OP_CAP, idx + 2, src, 0);
        }
    }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (consts[i] >= 0 && consts[j] >= 0 && consts[i] > consts[j]) {
                errorf(c, e->pos, "invalid slice indices: %lld < %lld", (long long)consts[j], (long long)consts[i]);
                invalid(x);
                return;
            }
    reg_free_to(fs, save);
    int d = reg_alloc(fs, 1);
    if (u->kind == K_STRING) {
        emit(fs, OP_SSLICE, d, src, idx);
        x->type = t->under->kind == K_STRING ? t : ty_string;
        if (type_is_untyped(x->type)) x->type = ty_string;
    } else if (u->kind == K_ARRAY) {
        emit(fs, OP_SLICEA, d, src, idx);
        x->type = type_slice(u->elem);
    } else {
        emit(fs, e->u.slice.three ? OP_SLICE3 : OP_SLICE, d, src, idx);
    }
    x->mode = OM_VALUE;
    x->reg = d;
    x->is_var = false;
}

static void address_of(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    Node *xe = e->u.unary.x;
    while (xe->kind == N_PAREN) xe = xe->u.unary.x;
    if (xe->kind == N_COMPOSITE_LIT) {
        expr(fs, xe, x);
        if (x->mode == OM_INVALID) return;
        if (type_is_aggregate(x->type)) {
            emit(fs, OP_ADDRW, x->reg, x->reg, 0);
        } else {   /* &[]T{...}, &map[K]V{...}: a new variable holding the value */
            int p = reg_alloc(fs, 1);
            emit_bx(fs, OP_NEWPTR, p, type_id(c, x->type));
            emit(fs, OP_STORE, p, x->reg, 0);
            emit(fs, OP_MOVE, x->reg, p, 0);
        }
        x->type = type_pointer(x->type);
        x->fresh = false;
        x->is_var = false;
        return;
    }
    if (xe->kind == N_IDENT) {
        Symbol *y = lookup(c, fs->scope, xe->u.ident.name);
        if (y && y->kind == SYM_VAR && y->decl) resolve_symbol(c, y);   /* var q = &p before p's type is known */
        if (y && y->kind == SYM_VAR && !y->type) { invalid(x); return; }
        if (y && y->kind == SYM_VAR) {
            note_ref(xe, y);
            y->used = true;
            if (type_is_aggregate(y->type) || y->global) {
                if (y->global && !type_is_aggregate(y->type)) {
                    /* globals addressed by & are kept boxed (see decl pre-scan) */
                    x->mode = OM_VALUE;
                    x->reg = reg_alloc(fs, 1);
                    emit_bx(fs, OP_GETG, x->reg, (uint32_t)y->gidx);
                    x->type = type_pointer(y->type);
                    if (!y->boxed) {
                        errorf(c, e->pos, "gorolab: cannot take the address of global %s", y->name);
                        invalid(x);
                    }
                    return;
                }
                Operand v;
                expr(fs, xe, &v);
                *x = v;
                x->reg = reg_alloc(fs, 1);
                emit(fs, OP_ADDRW, x->reg, v.reg, 0);
                x->type = type_pointer(y->type);
                x->is_var = false;
                return;
            }
            if (y->fs != fs || !y->boxed) mark_escaped(c, y);
            mark_assigned(y);
            x->mode = OM_VALUE;
            x->type = type_pointer(y->type);
            x->is_var = false;
            if (y->fs == fs) {
                x->reg = y->reg;   /* the box pointer (junk in the dry run) */
            } else {
                bool boxed;
                x->reg = var_reg(fs, y, &boxed);
            }
            if (!y->boxed) {
                /* dry run: pretend */
                x->reg = reg_alloc(fs, 1);
                emit(fs, OP_LOADZ, x->reg, 0, 0);
            }
            return;
        }
    }
    int save = fs->freereg;
    if (xe->kind == N_SELECTOR) {
        Selection s;
        Operand base;
        /* evaluate the container and take the field's address */
        Node *be = xe->u.sel.x;
        Symbol *y = be->kind == N_IDENT ? lookup(c, fs->scope, be->u.ident.name) : NULL;
        if (!(y && y->kind == SYM_PKG)) {
            expr(fs, be, &base);
            if (base.mode == OM_INVALID) { invalid(x); return; }
            if (base.type->kind == K_POINTER && base.type->name && base.type->elem &&
                lookup_selector(c, type_pointer(base.type->elem), xe->u.sel.name->u.ident.name).kind == SEL_FIELD)
                base.type = type_pointer(base.type->elem);   /* type P *T: &p.f */
            s = lookup_selector(c, base.type, xe->u.sel.name->u.ident.name);
            if (!world_selection(c, base.type, &s, xe)) { invalid(x); return; }
            if (s.kind == SEL_FIELD && base.mode == OM_VALUE) {
                Type *ct = base.type;
                int r = navigate(fs, base.reg, &ct, s.path, s.depth - 1);
                Type *b = ct->kind == K_POINTER && !ct->name ? ct->elem : ct;
                b = b->under;
                int fi = s.path[s.depth - 1];
                Type *ft = b->fields[fi].type;
                reg_free_to(fs, save);
                int d = reg_alloc(fs, 1);
                emit(fs, OP_FADDR, d, r, fi);
                x->mode = OM_VALUE;
                x->reg = d;
                x->type = type_pointer(ft);
                x->is_var = false;
                return;
            }
            reg_free_to(fs, save);
        }
    }
    if (xe->kind == N_INDEX) {
        Operand base;
        expr(fs, xe->u.index.x, &base);
        if (base.mode == OM_INVALID) { invalid(x); return; }
        Type *u = base.type->under;
        if (u->kind == K_POINTER && u->elem->under->kind == K_ARRAY) u = u->elem->under;
        if (u->kind == K_SLICE || u->kind == K_ARRAY) {
            Operand ix;
            expr(fs, xe->u.index.index, &ix);
            if (ix.mode == OM_INVALID || !const_index(fs, &ix, u->kind == K_ARRAY ? u->len : -1, "")) {
                invalid(x);
                return;
            }
            int a = base.reg, b = value_reg(fs, &ix);
            reg_free_to(fs, save);
            int d = reg_alloc(fs, 1);
            emit(fs, u->kind == K_SLICE ? OP_IADDR : OP_AADDR, d, a, b);
            x->mode = OM_VALUE;
            x->reg = d;
            x->type = type_pointer(u->elem);
            x->is_var = false;
            return;
        }
        if (u->kind == K_MAP) {
            errorf(c, e->pos, "invalid operation: cannot take address of %s (map index expression of type %s)",
                   estr(xe), tstr(c, u->elem));
            invalid(x);
            return;
        }
        reg_free_to(fs, save);
    }
    if (xe->kind == N_STAR) {
        /* &*p is p, but evaluating *p panics when p is nil */
        expr(fs, xe->u.unary.x, x);
        if (x->mode == OM_INVALID) return;
        if (x->mode != OM_VALUE || x->type->under->kind != K_POINTER) {
            errorf(c, xe->pos, "invalid operation: cannot indirect %s", opstr(c, x));
            invalid(x);
            return;
        }
        emit(fs, OP_NILCHK, value_reg(fs, x), 0, 0);
        return;
    }
    expr(fs, xe, x);
    if (x->mode == OM_INVALID) return;
    errorf(c, e->pos, "invalid operation: cannot take address of %s", opstr(c, x));
    invalid(x);
}

/* --- type assertions and function literals --- */

static void type_assert(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    expr(fs, e->u.assert.x, x);
    if (not_value(fs, x)) return;
    if (!e->u.assert.type) {
        errorf(c, e->pos, "invalid syntax tree: use of .(type) outside type switch");
        invalid(x);
        return;
    }
    if (x->mode != OM_VALUE || x->type->kind != K_INTERFACE) {
        errorf(c, e->u.assert.x->pos, "invalid operation: %s is not an interface", opstr(c, x));
        invalid(x);
        return;
    }
    Type *t = resolve_type(c, fs, e->u.assert.type);
    if (t == ty_invalid) { invalid(x); return; }
    if (t->kind != K_INTERFACE) {
        Buf why = BUF_INIT;
        if (!implements(c, t, x->type, &why)) {
            errorf(c, e->u.assert.type->pos, "impossible type assertion: %s\n\t%s does not implement %s %s", estr(e),
                   tstr(c, t), tstr(c, x->type), buf_str(&why));
            buf_fini(&why);
            invalid(x);
            return;
        }
        buf_fini(&why);
        ensure_method_table(c, t);
    }
    int save = fs->freereg;
    int a = x->reg;
    reg_free_to(fs, save);
    int d = reg_alloc(fs, 1);
    emit(fs, OP_ASSERT, d, a, (int)type_id(c, t));
    emit_bx(fs, OP_EXTRA, 0, type_id(c, x->type));
    x->reg = d;
    x->type = t;
    x->is_var = false;
    x->commaok = true;
    x->fresh = false;
}

static void func_lit(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    Type *sig = resolve_type(c, fs, e->u.func.type);
    Buf name = BUF_INIT;
    buf_printf(&name, "%s.func%d", fs->name ? fs->name : fs->proto->name, ++fs->nfunclits);
    Proto *p = proto_new(c, arena_strndup(&c->arena, name.data, name.len), e->pos);
    buf_fini(&name);
    int pi = proto_add(c, p);
    FuncState f;
    fs_begin(&f, c, fs, p);
    f.name = p->name;
    f.scope = fs->scope;   /* closures see the enclosing blocks */
    func_body(c, &f, e->u.func.type, e->u.func.body, NULL, sig);
    int d = reg_alloc(fs, 1);
    emit_bx(fs, f.nup ? OP_CLOSURE : OP_LOADF, d, (uint32_t)pi);
    x->mode = OM_VALUE;
    x->reg = d;
    x->type = sig;
    x->is_var = false;
}

/* --- the dispatcher --- */

void composite_lit(FuncState *fs, Node *e, Operand *x, Type *hint);
void conversion_or_call(FuncState *fs, Node *e, Operand *x);

static void basic_lit(FuncState *fs, Node *e, Operand *x)
{
    Compiler *c = fs->c;
    x->mode = OM_CONST;
    memset(&x->cv, 0, sizeof x->cv);
    switch (e->u.lit.kind) {
    case T_INT: {
        i128 v;
        if (lit_int(e->u.lit.text, e->u.lit.len, &v)) x->cv = cv_int(v);
        else if (!cv_parse_int(e->u.lit.text, e->u.lit.len, &x->cv)) {
            errorf(c, e->pos, "malformed constant: %.*s", (int)e->u.lit.len, e->u.lit.text);
            invalid(x);
            return;
        }
        x->type = ty_untyped_int;
        return;
    }
    case T_FLOAT: {
        double f;
        if (!cv_parse_float(e->u.lit.text, e->u.lit.len, &x->cv)) {   /* exact when it fits */
            lit_float(e->u.lit.text, e->u.lit.len, &f);
            x->cv = cv_float(f);
        }
        x->type = ty_untyped_float;
        return;
    }
    case T_CHAR: {
        int32_t r = 0;
        lit_rune(e->u.lit.text, e->u.lit.len, &r);
        x->cv = cv_int(r);
        x->type = ty_untyped_rune;
        return;
    }
    case T_STRING: {
        Buf b = BUF_INIT;
        lit_string(e->u.lit.text, e->u.lit.len, &b);
        x->cv.kind = CV_STRING;
        x->cv.s = b.len ? arena_strndup(&c->arena, b.data, b.len) : "";
        x->cv.len = b.len;
        buf_fini(&b);
        x->type = ty_untyped_string;
        return;
    }
    default:
        errorf(c, e->pos, "complex numbers are not in gorolab's Go subset (see gorolab-go(7))");
        invalid(x);
        return;
    }
}

static void expr_dispatch(FuncState *fs, Node *e, Operand *x, Type *hint)
{
    memset(x, 0, sizeof *x);
    x->node = e;
    set_line(fs, e->pos);
    switch (e->kind) {
    case N_BAD: invalid(x); return;
    case N_IDENT: ident(fs, e, x); return;
    case N_BASIC_LIT: basic_lit(fs, e, x); return;
    case N_COMPOSITE_LIT: composite_lit(fs, e, x, hint); return;
    case N_FUNC_LIT: func_lit(fs, e, x); return;
    case N_PAREN: expr_dispatch(fs, e->u.unary.x, x, hint); x->node = e; return;
    case N_SELECTOR: selector(fs, e, x, NULL); x->node = e; return;
    case N_INDEX: index_expr(fs, e, x); return;
    case N_SLICE_EXPR: slice_expr(fs, e, x); return;
    case N_TYPE_ASSERT: type_assert(fs, e, x); return;
    case N_CALL: conversion_or_call(fs, e, x); x->node = e; return;
    case N_STAR: star(fs, e, x); x->node = e; return;
    case N_UNARY: unary(fs, e, x); x->node = e; return;
    case N_BINARY: binary(fs, e, x); x->node = e; return;
    case N_KEY_VALUE:
        errorf(fs->c, e->pos, "unexpected key:value expression");
        invalid(x);
        return;
    case N_ARRAY_TYPE: case N_STRUCT_TYPE: case N_FUNC_TYPE: case N_INTERFACE_TYPE: case N_MAP_TYPE:
    case N_CHAN_TYPE:
        x->type = resolve_type(fs->c, fs, e);
        x->mode = x->type == ty_invalid ? OM_INVALID : OM_TYPE;
        return;
    default:
        errorf(fs->c, e->pos, "unexpected %s in expression", ast_kind_name(e->kind));
        invalid(x);
        return;
    }
}

void expr(FuncState *fs, Node *e, Operand *x) { expr_hint(fs, e, x, NULL); }

void expr_addr(FuncState *fs, Node *e, Operand *x)
{
    Node amp;
    memset(&amp, 0, sizeof amp);
    amp.kind = N_UNARY;
    amp.pos = e->pos;
    amp.u.unary.op = T_AND;
    amp.u.unary.x = e;
    expr(fs, &amp, x);
}

/* expr_hint's callers may read x->type of any operand: never leave it NULL. */
void expr_hint(FuncState *fs, Node *e, Operand *x, Type *hint)
{
    if (too_deep(fs->c, e->pos)) {
        invalid(x);
        x->type = ty_invalid;
        return;
    }
    expr_dispatch(fs, e, x, hint);
    if (!x->type) x->type = ty_invalid;
}
