/* lang/call.c: calls (functions, methods, closures, interface methods),
 * builtins, conversions and composite literals. Calls use the VM's register
 * window convention: the callee value at R[base], arguments at R[base+1..],
 * results come back at R[base..]. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "lang/compiler.h"
#include "vm/vm.h"   /* native_lookup: the natives the VM runs inline */

int proto_index(Compiler *c, Proto *p);
void selector(FuncState *fs, Node *e, Operand *x, Selection *out_sel);

static void invalid(Operand *x) { x->mode = OM_INVALID; }

/* call_op: CALL, or MLOCK/MUNLOCK for sync.(*Mutex).Lock/Unlock (the natives
 * the VM runs inline in their common case). */
static OpCode call_op(Compiler *c, int proto)
{
    NativeFn fn = c->prog->protos[proto]->native;
    if (!fn) return OP_CALL;
    if (fn == native_lookup("sync.Mutex.Lock")) return OP_MLOCK;
    if (fn == native_lookup("sync.Mutex.Unlock")) return OP_MUNLOCK;
    return OP_CALL;
}


static void tuple_str(Buf *b, Compiler *c, Type **v, int n, bool variadic)
{
    buf_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(b, ", ");
        if (variadic && i == n - 1) {
            buf_puts(b, "...");
            buf_puts(b, tstr(c, v[i]->elem));
        } else {
            buf_puts(b, tstr(c, v[i]));
        }
    }
    buf_putc(b, ')');
}

/* have_types spells the argument types for "have (...)", as types2 does:
 * untyped constants as "number"/"string". */
static void have_str(Buf *b, Compiler *c, Operand *args, int n)
{
    buf_putc(b, '(');
    for (int i = 0; i < n; i++) {
        if (i) buf_puts(b, ", ");
        Type *t = args[i].type;
        if (args[i].mode == OM_CONST && type_is_untyped(t))
            buf_puts(b, type_is_numeric(t) ? "number" : t == ty_untyped_nil ? "nil" : type_is_string(t) ? "string" : "bool");
        else buf_puts(b, t ? tstr(c, t) : "?");
    }
    buf_putc(b, ')');
}

typedef enum { CALL_NORMAL, CALL_DEFER, CALL_GO } CallMode;

/* arg_from stores an already evaluated argument into register dst as type t;
 * ctx is "argument to F" for messages. */
static void arg_from(FuncState *fs, Operand *x, Type *t, int dst, const char *ctx)
{
    coerce(fs, x, t, ctx);
    if (x->mode == OM_INVALID) return;
    if (type_is_aggregate(t) && x->mode == OM_VALUE && !x->fresh) emit(fs, OP_CLONE, dst, x->reg, (int)type_id(fs->c, t));
    else discharge(fs, x, dst);
}

/* args evaluates the arguments of call e against signature sig into
 * R[first..]; returns the number of argument registers, or -1 on error. */
static int call_args(FuncState *fs, Node *e, Type *sig, int first, const char *fname)
{
    Compiler *c = fs->c;
    NodeList *al = &e->u.call.args;
    int np = sig->nparams;
    bool spread = e->u.call.ellipsis.line != 0;
    /* types2 names the callee in assignment errors: "in argument to F" */
    size_t fl = strlen(fname);
    char *ctx = arena_alloc(&c->arena, fl + sizeof "argument to ");
    memcpy(ctx, "argument to ", sizeof "argument to " - 1);
    memcpy(ctx + sizeof "argument to " - 1, fname, fl + 1);
    /* f(g()) with g returning several values */
    Operand g;
    Operand *pre = NULL;   /* argument 0, already evaluated */
    if (al->len == 1 && al->v[0]->kind == N_CALL && !spread && (np != 1 || sig->variadic)) {
        int save = fs->freereg;
        reg_free_to(fs, first);
        int mark = fs->freereg;
        (void)mark;
        expr(fs, al->v[0], &g);
        if (g.mode == OM_INVALID) return -1;
        if (g.mode == OM_VALUE && g.type->kind == K_TUPLE) {
            int n = (int)g.type->nparams;
            bool ok = sig->variadic ? n >= np - 1 : n == np;
            if (!ok) {
                Buf b = BUF_INIT;
                buf_printf(&b, "%s arguments in call to %s\n\thave ", n < np ? "not enough" : "too many", fname);
                tuple_str(&b, c, g.type->params, n, false);
                buf_puts(&b, "\n\twant ");
                tuple_str(&b, c, sig->params, np, sig->variadic);
                errorf(c, al->v[0]->pos, "%s", buf_str(&b));
                buf_fini(&b);
                return -1;
            }
            if (g.reg != first) {
                for (int i = 0; i < n; i++) emit(fs, OP_MOVE, first + i, g.reg + i, 0);
            }
            reg_free_to(fs, first + n);
            if (fs->freereg < first + n) reg_alloc(fs, first + n - fs->freereg);
            for (int i = 0; i < n; i++) {
                Type *pt = sig->variadic && i >= np - 1 ? sig->params[np - 1]->elem : sig->params[i];
                Type *at = g.type->params[i];
                Operand a = {.mode = OM_VALUE, .type = at, .reg = first + i, .node = al->v[0], .fresh = true};
                int top = fs->freereg;
                coerce(fs, &a, pt, ctx);
                if (a.mode == OM_INVALID) return -1;
                if (a.reg != first + i) emit(fs, OP_MOVE, first + i, a.reg, 0);
                reg_free_to(fs, top);
            }
            if (sig->variadic) {
                int extra = n - (np - 1);
                int sl = first + np - 1;
                int tmp = reg_alloc(fs, 1);
                emit(fs, OP_LOADZ, tmp, 0, 0);
                if (extra > 0) {
                    emit(fs, OP_APPEND, tmp, sl, extra);
                    emit_bx(fs, OP_EXTRA, 0, type_id(c, sig->params[np - 1]->elem));
                }
                emit(fs, OP_MOVE, sl, tmp, 0);
                reg_free_to(fs, sl + 1);
            }
            (void)save;
            return np;
        }
        if (g.mode == OM_NOVALUE) {
            errorf(c, al->v[0]->pos, "%s (no value) used as value", estr(al->v[0]));
            return -1;
        }
        /* a single value: the general path below takes it as argument 0; move it
         * above the argument registers it would otherwise be overwritten by */
        if (g.mode == OM_VALUE) {
            int t = reg_alloc(fs, 2) + 1;
            emit(fs, OP_MOVE, t, g.reg, 0);
            g.reg = t;
        }
        pre = &g;
    }
    int nfixed = sig->variadic ? np - 1 : np;
    int nargs = al->len;
    bool count_ok = sig->variadic && !spread ? nargs >= nfixed : nargs == np;
    if (spread && !sig->variadic) {
        errorf(c, e->u.call.ellipsis, "have (...) but function is not variadic: %s", fname);
        return -1;
    }
    if (!count_ok) {
        Operand *ops = xcalloc((size_t)(nargs ? nargs : 1), sizeof *ops);
        int save = fs->freereg;
        for (int i = 0; i < nargs; i++) {
            if (i == 0 && pre) ops[0] = *pre;
            else expr(fs, al->v[i], &ops[i]);
        }
        reg_free_to(fs, save);
        Buf b = BUF_INIT;
        bool few = nargs < nfixed || ((spread || !sig->variadic) && nargs < np);
        buf_printf(&b, "%s arguments in call to %s\n\thave ", few ? "not enough" : "too many", fname);
        have_str(&b, c, ops, nargs);
        buf_puts(&b, "\n\twant ");
        tuple_str(&b, c, sig->params, np, sig->variadic);
        /* types2: at the last argument (the call when there is none), or
         * at the first one too many */
        errorf(c, few ? (nargs ? al->v[nargs - 1]->pos : e->pos) : al->v[np]->pos, "%s", buf_str(&b));
        buf_fini(&b);
        free(ops);
        return -1;
    }
    bool bad = false;
    for (int i = 0; i < nfixed; i++) {
        int r = first + i;
        if (r >= fs->freereg) reg_alloc(fs, r + 1 - fs->freereg);
        int top = fs->freereg;
        if (i == 0 && pre) arg_from(fs, pre, sig->params[i], r, ctx);
        else value_to(fs, al->v[i], sig->params[i], r, ctx);
        reg_free_to(fs, top);
    }
    if (sig->variadic) {
        int sl = first + nfixed;
        if (sl >= fs->freereg) reg_alloc(fs, sl + 1 - fs->freereg);
        if (spread) {
            int top = fs->freereg;
            value_to(fs, al->v[nfixed], sig->params[np - 1], sl, ctx);
            reg_free_to(fs, top);
        } else {
            int n = nargs - nfixed;
            emit(fs, OP_LOADZ, sl, 0, 0);
            if (n > 0) {
                int tmp = reg_alloc(fs, n);
                for (int i = 0; i < n; i++) {
                    int top = fs->freereg;
                    if (nfixed + i == 0 && pre) arg_from(fs, pre, sig->params[np - 1]->elem, tmp, ctx);
                    else value_to(fs, al->v[nfixed + i], sig->params[np - 1]->elem, tmp + i, ctx);
                    reg_free_to(fs, top);
                }
                emit(fs, OP_APPEND, sl, tmp, n);
                emit_bx(fs, OP_EXTRA, 0, type_id(c, sig->params[np - 1]->elem));
                reg_free_to(fs, sl + 1);
            }
        }
    }
    return bad ? -1 : np;
}

static void finish_call(FuncState *fs, Operand *x, Type *sig, int base)
{
    reg_free_to(fs, base);
    int nr = sig->nresults;
    reg_alloc(fs, nr ? nr : 1);
    x->reg = base;
    x->is_var = false;
    x->fresh = true;
    if (nr == 0) { x->mode = OM_NOVALUE; x->type = NULL; }
    else if (nr == 1) { x->mode = OM_VALUE; x->type = sig->results[0]; }
    else { x->mode = OM_VALUE; x->type = type_tuple(sig->results, nr); }
}

/* --- builtins --- */

static bool is_const_len_expr(Node *e)
{
    /* len(arr) is constant unless the operand has calls or receives */
    switch (e->kind) {
    case N_IDENT: case N_BASIC_LIT: return true;
    case N_PAREN: case N_STAR: return is_const_len_expr(e->u.unary.x);
    case N_SELECTOR: return is_const_len_expr(e->u.sel.x);
    case N_INDEX: return is_const_len_expr(e->u.index.x) && is_const_len_expr(e->u.index.index);
    default: return false;
    }
}

/* builtin_thunk returns (making it once per program) a proto with nparams
 * parameters whose body is the single instruction `op 0, 1` then RET: the
 * function value that `defer close(ch)` and `go close(ch)` call. */
static int builtin_thunk(Compiler *c, OpCode op, int nparams)
{
    const char *name = op == OP_CLOSE  ? "runtime.closechan"
                       : op == OP_MDEL ? "runtime.mapdelete"
                       : op == OP_COPY ? "runtime.slicecopy"
                                       : "runtime.gopanic";
    for (int i = 0; i < c->prog->nprotos; i++)
        if (c->prog->protos[i]->name && strcmp(c->prog->protos[i]->name, name) == 0) return i;
    Proto *p = proto_new(c, name, (SrcPos){0, 0, 0});
    int pi = proto_add(c, p);
    XPUSH(c->persist, c->npersist, c->cappersist, p);
    p->nparams = (uint16_t)nparams;
    /* Go's tracebacks hide runtime.closechan and runtime.mapdelete: a deferred
     * close that panics shows the deferring function at its closing brace */
    p->wrapper = op != OP_PANIC;
    FuncState f;
    fs_begin(&f, c, NULL, p);
    f.freereg = f.maxreg = nparams;
    if (op == OP_COPY) {   /* copy(dst, src): the count goes to a scratch register */
        f.freereg = f.maxreg = nparams + 1;
        emit(&f, op, 2, 0, 1);
    } else {
        emit(&f, op, 0, 1, 0);
    }
    emit(&f, OP_RET, 0, 0, 0);
    fs_end(&f);
    return pi;
}

/* size_to evaluates make's length, capacity or buffer size into dst: a
 * constant must be a non-negative int; a value may have any integer type
 * (make([]T, n) with n an int64 or a byte). */
static int size_to(FuncState *fs, Node *e, int dst)
{
    Compiler *c = fs->c;
    Operand a;
    int top = fs->freereg;
    expr_hint(fs, e, &a, ty_int);
    if (a.mode == OM_VALUE && type_is_integer(a.type)) {
        if (dst >= 0 && dst < top && a.reg >= top && retarget_last(fs, a.reg, dst)) return dst;
        return discharge(fs, &a, dst);
    }
    if (a.mode == OM_VALUE && a.type->kind != K_TUPLE) {
        errorf(c, e->pos, "invalid argument: index %s must be integer", opstr(c, &a));
        invalid(&a);
    }
    i128 iv;
    if (a.mode == OM_CONST && a.cv.kind == CV_FLOAT && !cv_is_int(a.cv, &iv)) {
        errorf(c, e->pos, "%s truncated to int", opstr(c, &a));
        invalid(&a);
    }
    coerce(fs, &a, ty_int, "argument");
    if (a.mode == OM_CONST && a.cv.kind == CV_INT && a.cv.i < 0) {
        errorf(c, e->pos, "invalid argument: index %s must not be negative", opstr(c, &a));
        invalid(&a);
    }
    if (a.mode == OM_INVALID) {
        if (dst < 0) dst = reg_alloc(fs, 1);
        return dst;
    }
    return discharge(fs, &a, dst);
}

static void builtin_call(FuncState *fs, Node *e, Operand *x, Builtin bi, CallMode mode);

/* builtin_spread handles a builtin given one call returning several values,
 * copy(f()), append(f()), delete(f()), print(f()): the values go to hidden
 * locals and the builtin is compiled over them, as Go rewrites it. False
 * (and nothing emitted) when the argument is not such a call. */
static bool builtin_spread(FuncState *fs, Node *e, Operand *x, Builtin bi, CallMode mode)
{
    Compiler *c = fs->c;
    Node *arg = e->u.call.args.v[0];
    int save = fs->freereg, n0 = fs->ncode, np0 = c->prog->nprotos;
    Operand t;
    expr(fs, arg, &t);
    if (t.mode != OM_VALUE || !t.type || t.type->kind != K_TUPLE || t.type->nparams < 2) {
        fs->ncode = n0;
        protos_rollback(c, np0);
        reg_free_to(fs, save);
        return false;
    }
    int nv = (int)t.type->nparams;
    if (t.reg + nv > fs->freereg) reg_alloc(fs, t.reg + nv - fs->freereg);
    Scope *outer = fs->scope;
    fs->scope = scope_new(c, fs->scope, fs);
    Node *call = ast_new(&c->arena, N_CALL, e->pos);
    *call = *e;
    call->u.call.args.len = 0;
    call->u.call.args.cap = 0;
    call->u.call.args.v = NULL;
    Node **args = arena_alloc(&c->arena, sizeof *args * (size_t)nv);
    for (int i = 0; i < nv; i++) {
        char nm[32];
        snprintf(nm, sizeof nm, ".tuple%d", i);
        Node *id = ast_new(&c->arena, N_IDENT, arg->pos);
        id->u.ident.name = intern(c->in, nm, strlen(nm));
        Symbol *y = declare(c, fs->scope, SYM_VAR, id, t.type->params[i]);
        y->fs = fs;
        y->reg = t.reg + i;
        y->used = true;
        args[i] = id;
    }
    call->u.call.args.v = args;
    call->u.call.args.len = nv;
    call->u.call.args.cap = nv;
    builtin_call(fs, call, x, bi, mode);
    fs->scope = outer;
    return true;
}

static void builtin_call(FuncState *fs, Node *e, Operand *x, Builtin bi, CallMode mode)
{
    Compiler *c = fs->c;
    NodeList *al = &e->u.call.args;
    const char *name = estr(e->u.call.fun);
    int n = al->len;
    static const int minargs[] = {1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 0, 0, 0, 2, 1, 1};
    if (n == 1 && (bi == BI_COPY || bi == BI_APPEND || bi == BI_DELETE || bi == BI_PRINT || bi == BI_PRINTLN) &&
        al->v[0]->kind == N_CALL && builtin_spread(fs, e, x, bi, mode))
        return;
    if (n < minargs[bi]) {
        errorf(c, e->u.call.rparen, "not enough arguments for %s (expected %d, found %d)", estr(e), minargs[bi], n);
        invalid(x);
        return;
    }
    if (mode != CALL_NORMAL && bi != BI_PANIC && bi != BI_PRINT && bi != BI_PRINTLN && bi != BI_RECOVER &&
        bi != BI_DELETE && bi != BI_CLOSE && bi != BI_COPY && bi != BI_CLEAR) {
        errorf(c, e->pos, "%s %s (value of type %s) is not used", mode == CALL_DEFER ? "defer discards result of" : "go discards result of", estr(e), "?");
        invalid(x);
        return;
    }
    int save = fs->freereg;
    switch (bi) {
    case BI_LEN: case BI_CAP: {
        if (n != 1) { errorf(c, al->v[1]->pos, "too many arguments for %s (expected 1, found %d)", estr(e), n); invalid(x); return; }
        Operand a;
        expr(fs, al->v[0], &a);
        if (a.mode == OM_INVALID) { invalid(x); return; }
        Type *u = a.type->under;
        if (u->kind == K_POINTER && u->elem->under->kind == K_ARRAY) u = u->elem->under;
        if (a.mode == OM_CONST && type_is_string(u) && bi == BI_LEN) {
            x->mode = OM_CONST;
            x->type = ty_int;
            x->cv = cv_int((i128)a.cv.len);
            return;
        }
        if (u->kind == K_ARRAY && is_const_len_expr(al->v[0])) {
            reg_free_to(fs, save);
            x->mode = OM_CONST;
            x->type = ty_int;
            x->cv = cv_int(u->len);
            return;
        }
        bool ok = bi == BI_LEN ? (u->kind == K_STRING || u->kind == K_SLICE || u->kind == K_MAP || u->kind == K_CHAN || u->kind == K_ARRAY)
                               : (u->kind == K_SLICE || u->kind == K_CHAN || u->kind == K_ARRAY);
        if (!ok || a.mode != OM_VALUE) {
            errorf(c, al->v[0]->pos, "invalid argument: %s for built-in %s", opstr(c, &a), name);
            invalid(x);
            return;
        }
        int r = a.reg;
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        if (u->kind == K_ARRAY) load_int(fs, d, u->len);
        else emit(fs, bi == BI_LEN ? OP_LEN : OP_CAP, d, r, 0);
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = ty_int;
        return;
    }
    case BI_APPEND: {
        Operand s;
        expr(fs, al->v[0], &s);
        if (s.mode == OM_INVALID) { invalid(x); return; }
        if (s.mode == OM_CONST && s.type == ty_untyped_nil) {
            errorf(c, al->v[0]->pos, "first argument to append must be a typed slice; found untyped nil");
            invalid(x);
            return;
        }
        if (s.type->under->kind != K_SLICE) {
            errorf(c, al->v[0]->pos, "invalid argument: %s is not a slice", opstr(c, &s));
            invalid(x);
            return;
        }
        Type *st = s.type, *elem = st->under->elem;
        /* x = append(x, ...) on a local: append into x's own register */
        bool inplace = fs->append_into && s.mode == OM_VALUE && s.reg == fs->append_into - 1;
        fs->append_into = 0;
        int d;
        if (inplace) {
            d = s.reg;
        } else {
            reg_free_to(fs, save);
            d = reg_alloc(fs, 1);
            discharge(fs, &s, d);
        }
        if (e->u.call.ellipsis.line) {
            if (n != 2) { errorf(c, e->pos, "can only use ... with final argument in list"); invalid(x); return; }
            Operand o;
            expr(fs, al->v[1], &o);
            if (o.mode == OM_INVALID) { invalid(x); return; }
            int r;
            if (elem == ty_uint8 && type_is_string(o.type)) {
                r = discharge(fs, &o, -1);
            } else {
                coerce(fs, &o, type_slice(elem) == st ? st : type_slice(elem), "argument to append");
                if (o.mode == OM_INVALID) { invalid(x); return; }
                r = discharge(fs, &o, -1);
            }
            emit(fs, OP_APPENDS, d, r, 0);
            emit_bx(fs, OP_EXTRA, 0, type_id(c, elem));
        } else if (n > 1) {
            int tmp = reg_alloc(fs, n - 1);
            for (int i = 1; i < n; i++) {
                int top = fs->freereg;
                value_to(fs, al->v[i], elem, tmp + i - 1, "argument to append");
                reg_free_to(fs, top);
            }
            emit(fs, OP_APPEND, d, tmp, n - 1);
            emit_bx(fs, OP_EXTRA, 0, type_id(c, elem));
        }
        reg_free_to(fs, inplace ? save : d + 1);
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = st;
        return;
    }
    case BI_COPY: {
        Operand dst, src;
        int base = reg_alloc(fs, 2);
        expr(fs, al->v[0], &dst);
        if (dst.mode == OM_INVALID) { invalid(x); return; }
        discharge(fs, &dst, base);
        expr(fs, al->v[1], &src);
        if (src.mode == OM_INVALID) { invalid(x); return; }
        if (src.mode == OM_CONST) convert_untyped(fs, &src, NULL);
        discharge(fs, &src, base + 1);
        if (dst.type->under->kind != K_SLICE) {
            errorf(c, e->pos, "invalid argument: copy expects slice arguments; found %s and %s", opstr(c, &dst), opstr(c, &src));
            invalid(x);
            return;
        }
        if (mode != CALL_NORMAL) {   /* defer copy(dst, src): a thunk called with the evaluated arguments */
            reg_free_to(fs, base + 2);
            int fr = reg_alloc(fs, 3);
            emit_bx(fs, OP_LOADF, fr, (uint32_t)builtin_thunk(c, OP_COPY, 2));
            emit(fs, OP_MOVE, fr + 1, base, 0);
            emit(fs, OP_MOVE, fr + 2, base + 1, 0);
            x->mode = OM_NOVALUE;
            x->reg = fr;
            x->cv.i = 2;
            x->type = ty_invalid;
            return;
        }
        reg_free_to(fs, save);
        int d = reg_alloc(fs, 1);
        emit(fs, OP_COPY, d, base, base + 1);
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = ty_int;
        return;
    }
    case BI_DELETE: {
        Operand m;
        expr(fs, al->v[0], &m);
        if (m.mode == OM_INVALID) { invalid(x); return; }
        if (m.type->under->kind != K_MAP) {
            errorf(c, al->v[0]->pos, "invalid argument: %s is not a map", opstr(c, &m));
            invalid(x);
            return;
        }
        x->mode = OM_NOVALUE;
        if (mode != CALL_NORMAL) {   /* defer delete(m, k) */
            int base = reg_alloc(fs, 3);
            discharge(fs, &m, base + 1);
            value_to(fs, al->v[1], m.type->under->key, base + 2, "argument to delete");
            reg_free_to(fs, base + 3);
            emit_bx(fs, OP_LOADF, base, (uint32_t)builtin_thunk(c, OP_MDEL, 2));
            x->reg = base;
            x->cv.i = 2;
            x->type = ty_invalid;
            return;
        }
        int mr = discharge(fs, &m, -1);
        int k = value_to(fs, al->v[1], m.type->under->key, -1, "argument to delete");
        emit(fs, OP_MDEL, mr, k, 0);
        reg_free_to(fs, save);
        return;
    }
    case BI_CLEAR: {
        Operand m;
        expr(fs, al->v[0], &m);
        if (m.mode == OM_INVALID) { invalid(x); return; }
        Type *u = m.type->under;
        if (u->kind != K_MAP && u->kind != K_SLICE) {
            errorf(c, al->v[0]->pos, "invalid argument: %s must be a map or slice", opstr(c, &m));
            invalid(x);
            return;
        }
        int r = discharge(fs, &m, -1);
        emit(fs, OP_CLEAR, r, 0, 0);
        emit_bx(fs, OP_EXTRA, 0, type_id(c, u->kind == K_MAP ? m.type : u->elem));
        reg_free_to(fs, save);
        x->mode = OM_NOVALUE;
        return;
    }
    case BI_MAKE: {
        Type *t = resolve_type(c, fs, al->v[0]);
        if (t == ty_invalid) { invalid(x); return; }
        Type *u = t->under;
        int d = reg_alloc(fs, 1);
        if (u->kind == K_SLICE) {
            if (n < 2) { errorf(c, e->u.call.rparen, "invalid operation: %s expects 2 or 3 arguments; found %d", estr(e), n); invalid(x); return; }
            int lc = reg_alloc(fs, 2);
            size_to(fs, al->v[1], lc);
            if (n > 2) size_to(fs, al->v[2], lc + 1);
            else emit(fs, OP_MOVE, lc + 1, lc, 0);
            emit(fs, OP_MAKESLICE, d, lc, (int)type_id(c, u->elem));
        } else if (u->kind == K_MAP) {
            if (n > 1) {
                int h = size_to(fs, al->v[1], -1);
                emit(fs, OP_MAKEMAP, d, h, (int)type_id(c, t));
            } else {
                emit(fs, OP_MAKEMAP, d, 0xFFFF, (int)type_id(c, t));
            }
        } else if (u->kind == K_CHAN) {
            if (n > 2) { errorf(c, al->v[2]->pos, "invalid operation: %s expects 1 or 2 arguments; found %d", estr(e), n); invalid(x); return; }
            if (n > 1) {
                int sz = size_to(fs, al->v[1], -1);
                emit(fs, OP_MAKECHAN, d, sz, (int)type_id(c, t));
            } else {
                emit(fs, OP_MAKECHAN, d, 0xFFFF, (int)type_id(c, t));
            }
        } else {
            errorf(c, al->v[0]->pos, "invalid argument: cannot make %s; type must be slice, map, or channel", estr(al->v[0]));
            invalid(x);
            return;
        }
        reg_free_to(fs, d + 1);
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = t;
        return;
    }
    case BI_NEW: {
        Type *t = resolve_type(c, fs, al->v[0]);
        if (t == ty_invalid) { invalid(x); return; }
        int d = reg_alloc(fs, 1);
        emit_bx(fs, OP_NEWPTR, d, type_id(c, t));
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = type_pointer(t);
        return;
    }
    case BI_PANIC: {
        if (n != 1) { errorf(c, n ? al->v[1]->pos : e->u.call.rparen, "wrong number of arguments to panic"); invalid(x); return; }
        int r = value_to(fs, al->v[0], ty_any, -1, "argument to panic");
        if (mode == CALL_NORMAL) emit(fs, OP_PANIC, r, 0, 0);
        reg_free_to(fs, save);
        x->mode = OM_NOVALUE;
        x->reg = r;
        return;
    }
    case BI_RECOVER: {
        int d = reg_alloc(fs, 1);
        emit(fs, OP_RECOVER, d, 0, 0);
        x->mode = OM_VALUE;
        x->reg = d;
        x->type = ty_any;
        return;
    }
    case BI_MIN: case BI_MAX: {
        /* as types2: every argument ordered; each next one matched with the
         * result so far (an untyped operand converts to the other's type,
         * untyped numeric kinds to the larger one), then identical types */
        Operand acc;
        for (int i = 0; i < n; i++) {
            Operand b;
            expr(fs, al->v[i], &b);
            if (b.mode == OM_INVALID) { invalid(x); return; }
            if (b.mode != OM_CONST && b.mode != OM_VALUE) {
                errorf(c, al->v[i]->pos, "%s is not an expression", estr(al->v[i]));
                invalid(x);
                return;
            }
            if (!type_is_numeric(b.type) && !type_is_string(b.type)) {
                errorf(c, al->v[i]->pos, "invalid argument: %s cannot be ordered", opstr(c, &b));
                invalid(x);
                return;
            }
            if (i == 0) {
                acc = b;
                continue;
            }
            bool ua = type_is_untyped(acc.type), ub = type_is_untyped(b.type);
            if ((ua || ub) && type_is_string(acc.type) == type_is_string(b.type)) {
                if (ua && ub) {
                    Type *t = b.type->kind > acc.type->kind ? b.type : acc.type;
                    acc.type = b.type = t;
                } else {
                    if (ua) convert_untyped(fs, &acc, b.type);
                    if (ub) convert_untyped(fs, &b, acc.type);
                    if (acc.mode == OM_INVALID || b.mode == OM_INVALID) { invalid(x); return; }
                }
            }
            if (acc.type != b.type) {
                errorf(c, al->v[i]->pos, "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                       tstr(c, acc.type), tstr(c, b.type), estr(al->v[i]));
                invalid(x);
                return;
            }
            if (acc.mode == OM_CONST && b.mode == OM_CONST) {
                bool take;
                if (acc.cv.kind == CV_STRING && b.cv.kind == CV_STRING) {
                    size_t m = acc.cv.len < b.cv.len ? acc.cv.len : b.cv.len;
                    int cmp = m ? memcmp(b.cv.s, acc.cv.s, m) : 0;
                    if (cmp == 0) cmp = b.cv.len < acc.cv.len ? -1 : b.cv.len > acc.cv.len;
                    take = bi == BI_MIN ? cmp < 0 : cmp > 0;
                } else {
                    int cmp = cv_cmp(b.cv, acc.cv);   /* exact */
                    take = bi == BI_MIN ? cmp < 0 : cmp > 0;
                }
                if (take) acc.cv = b.cv;
                continue;
            }
            /* runtime: compare, select */
            Type *u = acc.type->under;
            int d = reg_alloc(fs, 1);
            discharge(fs, &acc, d);
            int br = discharge(fs, &b, -1);
            int cond = reg_alloc(fs, 1);
            OpCode lt = type_is_string(u) ? OP_SLT : type_is_float(u) ? OP_FLT : type_is_unsigned(u) ? OP_ULT : OP_LT;
            if (bi == BI_MIN) emit(fs, lt, cond, br, d);
            else emit(fs, lt, cond, d, br);
            int j = emit_jump(fs, OP_JF, cond);
            emit(fs, OP_MOVE, d, br, 0);
            patch_here(fs, j);
            reg_free_to(fs, d + 1);
            acc.mode = OM_VALUE;
            acc.reg = d;
            acc.is_var = false;
        }
        *x = acc;
        x->node = e;
        return;
    }
    case BI_PRINT: case BI_PRINTLN: {
        /* runtime.printAny(nl, args...) */
        Symbol *pa = c->runtime_pkg ? scope_lookup_local(c->runtime_pkg->scope, intern(c->in, "printAny", 8)) : NULL;
        if (!pa || !pa->proto) { invalid(x); return; }
        int base = reg_alloc(fs, 3);
        emit_bx(fs, OP_LOADI, base + 1, bi == BI_PRINTLN ? 1 : 0);
        emit(fs, OP_LOADZ, base + 2, 0, 0);
        if (n > 0) {
            int tmp = reg_alloc(fs, n);
            for (int i = 0; i < n; i++) {
                int top = fs->freereg;
                Operand a;
                expr(fs, al->v[i], &a);
                if (a.mode == OM_CONST && a.type == ty_untyped_nil) {
                    errorf(c, al->v[i]->pos, "use of untyped nil in argument to built-in %s", name);
                    invalid(x);
                    return;
                }
                char ctx[32];   /* types2: "argument to println" */
                snprintf(ctx, sizeof ctx, "argument to %s", name);
                arg_from(fs, &a, ty_any, tmp + i, ctx);
                reg_free_to(fs, top);
            }
            emit(fs, OP_APPEND, base + 2, tmp, n);
            emit_bx(fs, OP_EXTRA, 0, type_id(c, ty_any));
        }
        x->mode = OM_NOVALUE;
        if (mode != CALL_NORMAL) {   /* defer println(...): the call is made later */
            emit_bx(fs, OP_LOADF, base, (uint32_t)proto_index(c, pa->proto));
            reg_free_to(fs, base + 3);
            x->reg = base;
            x->cv.i = 2;
            x->type = pa->type;
            return;
        }
        emit_bx(fs, OP_CALL, base, (uint32_t)proto_index(c, pa->proto));
        reg_free_to(fs, save);
        return;
    }
    case BI_CLOSE: {
        if (n != 1) { errorf(c, al->v[1]->pos, "too many arguments for %s (expected 1, found %d)", estr(e), n); invalid(x); return; }
        Operand ch;
        expr(fs, al->v[0], &ch);
        if (ch.mode == OM_INVALID) { invalid(x); return; }
        if (ch.mode == OM_CONST && ch.type == ty_untyped_nil) {
            errorf(c, al->v[0]->pos, "invalid operation: cannot close nil");
            invalid(x);
            return;
        }
        if (ch.mode != OM_VALUE || ch.type->under->kind != K_CHAN) {
            errorf(c, al->v[0]->pos, "invalid operation: cannot close non-channel %s", opstr(c, &ch));
            invalid(x);
            return;
        }
        if (ch.type->under->dir == CHAN_RECV) {
            errorf(c, al->v[0]->pos, "invalid operation: cannot close receive-only channel %s", opstr(c, &ch));
            invalid(x);
            return;
        }
        x->mode = OM_NOVALUE;
        if (mode != CALL_NORMAL) {   /* defer/go close(ch): a tiny function taking the channel */
            int base = reg_alloc(fs, 2);
            discharge(fs, &ch, base + 1);
            emit_bx(fs, OP_LOADF, base, (uint32_t)builtin_thunk(c, OP_CLOSE, 1));
            x->reg = base;
            x->cv.i = 1;
            x->type = ty_invalid;
            return;
        }
        emit(fs, OP_CLOSE, discharge(fs, &ch, -1), 0, 0);
        reg_free_to(fs, save);
        return;
    }
    default:
        errorf(c, e->pos, "complex numbers are not in gorolab's Go subset (see gorolab-go(7))");
        invalid(x);
        return;
    }
}

/* --- conversions --- */

/* ext_needed: whether converting integer type `from` to `to` changes the
 * 64-bit representation (values are kept sign- or zero-extended per type). */
static bool ext_needed(Type *from, Type *to)
{
    int fb = type_int_bits(from), tb = type_int_bits(to);
    bool fu = type_is_unsigned(from), tu = type_is_unsigned(to);
    if (tb == 64) return false;      /* 64-bit two's complement either way */
    if (fb == tb) return fu != tu;
    if (tb > fb) return !fu && tu;   /* widening: a signed source into unsigned needs zero-extension */
    return true;                     /* narrowing */
}

static void conversion(FuncState *fs, Node *e, Type *t, Operand *x)
{
    Compiler *c = fs->c;
    NodeList *al = &e->u.call.args;
    if (al->len != 1) {
        errorf(c, al->len ? al->v[1]->pos : e->u.call.rparen, "%s arguments in conversion to %s",
               al->len ? "too many" : "missing", tstr(c, t));
        invalid(x);
        return;
    }
    expr(fs, al->v[0], x);
    x->node = e;
    if (x->mode == OM_INVALID) return;
    Type *from = x->type, *fu = from->under, *tu = t->under;
    if (x->mode == OM_CONST && from != ty_untyped_nil) {
        if (type_is_string(tu) && type_is_integer(fu) && x->cv.kind == CV_INT) {
            Buf b = BUF_INIT;
            i128 r = x->cv.i;
            buf_rune(&b, (r < 0 || r > 0x10FFFF) ? 0xFFFD : (int32_t)r);
            x->cv.kind = CV_STRING;
            x->cv.s = arena_strndup(&c->arena, b.data, b.len);
            x->cv.len = b.len;
            buf_fini(&b);
            x->type = t;
            return;
        }
        if ((type_is_numeric(tu) && (x->cv.kind == CV_INT || x->cv.kind == CV_FLOAT)) ||
            (type_is_string(tu) && x->cv.kind == CV_STRING) || (type_is_boolean(tu) && x->cv.kind == CV_BOOL)) {
            ConstVal cv = x->cv;
            Operand arg = *x;   /* the argument, as messages describe it */
            arg.node = al->v[0];
            if (type_is_integer(tu) && cv.kind == CV_FLOAT) {
                ConstVal iv;
                if (!cv_to_int(cv, &iv)) {
                    errorf(c, al->v[0]->pos, "cannot convert %s to type %s", opstr(c, &arg), tstr(c, t));
                    invalid(x);
                    return;
                }
                cv = iv;
            }
            if (type_is_integer(tu) && (cv.big || !cv_fits(cv.i, type_int_bits(tu), type_is_unsigned(tu)))) {
                if (x->cv.kind == CV_INT)   /* Go 1.22's concise text (go.dev/issue/63563) */
                    errorf(c, al->v[0]->pos, "constant %s overflows %s", cv_str(cv), tstr(c, t));
                else
                    errorf(c, al->v[0]->pos, "cannot convert %s to type %s", opstr(c, &arg), tstr(c, t));
                invalid(x);
                return;
            }
            if (type_is_float(tu) && !cv_to_float(cv, tu->kind == K_FLOAT32 ? 32 : 64, &cv)) {   /* ties to even */
                errorf(c, al->v[0]->pos, "cannot convert %s to type %s", opstr(c, &arg), tstr(c, t));
                invalid(x);
                return;
            }
            x->cv = cv;
            x->type = t;
            return;
        }
        if (tu->kind == K_INTERFACE) {
            coerce(fs, x, t, "conversion");
            return;
        }
        convert_untyped(fs, x, NULL);
        from = x->type;
        fu = from->under;
    }
    if (x->mode == OM_CONST && from == ty_untyped_nil) {
        /* T(nil) is a value of type T, not a constant: any(nil).(bool), (func())(nil)() */
        coerce(fs, x, t, "conversion");
        if (x->mode == OM_CONST) discharge(fs, x, -1);
        return;
    }
    if (x->mode != OM_VALUE && x->mode != OM_CONST) {
        valid_value(fs, x);
        invalid(x);
        return;
    }
    if (x->mode == OM_VALUE && type_is_untyped(x->type) && type_is_integer(x->type) &&
        (type_is_numeric(tu) || tu->kind == K_INTERFACE)) {
        /* T(1 << s): the constant takes type T (an error when T is a float type) */
        Node *keep = x->node;
        x->node = al->v[0];
        bool ok = untyped_int_value(fs, x, t, "conversion");
        x->node = keep;
        if (!ok) return;
        from = x->type;
        fu = from->under;
    }
    int save = fs->freereg;
    if (fu == tu || (fu->kind == K_POINTER && tu->kind == K_POINTER && fu->elem->under == tu->elem->under)) {
        if (x->mode == OM_CONST) discharge(fs, x, -1);
        x->type = t;
        return;
    }
    if (tu->kind == K_INTERFACE) {
        coerce(fs, x, t, "conversion");
        return;
    }
    int a = discharge(fs, x, -1);
    if (type_is_integer(fu) && type_is_integer(tu) && !ext_needed(fu, tu)) {
        /* a widening that keeps the 64-bit representation: nothing to do */
        x->mode = OM_VALUE;
        x->reg = a;
        x->type = t;
        x->is_var = false;
        return;
    }
    reg_free_to(fs, save);
    if (a >= save) reg_free_to(fs, a);
    int d = reg_alloc(fs, 1);
    bool ok = true;
    if (type_is_integer(fu) && type_is_integer(tu)) {
        if (a != d) emit(fs, OP_MOVE, d, a, 0);
        emit_ext(fs, d, t);
    } else if (type_is_integer(fu) && type_is_float(tu)) {
        emit(fs, type_is_unsigned(fu) ? OP_U2F : OP_I2F, d, a, 0);
        emit_ext(fs, d, t);
    } else if (type_is_float(fu) && type_is_integer(tu)) {
        emit(fs, type_is_unsigned(tu) ? OP_F2U : OP_F2I, d, a, 0);
        emit_ext(fs, d, t);
    } else if (type_is_float(fu) && type_is_float(tu)) {
        if (a != d) emit(fs, OP_MOVE, d, a, 0);
        emit_ext(fs, d, t);
    } else if (type_is_string(tu) && type_is_integer(fu)) {
        emit(fs, OP_STRRUNE, d, a, 0);
    } else if (type_is_string(tu) && fu->kind == K_SLICE && fu->elem->under == ty_uint8) {
        emit(fs, OP_STRBYTES, d, a, 0);
    } else if (type_is_string(tu) && fu->kind == K_SLICE && fu->elem->under == ty_int32) {
        emit(fs, OP_STRRUNES, d, a, 0);
    } else if (type_is_string(fu) && tu->kind == K_SLICE && tu->elem->under == ty_uint8) {
        emit(fs, OP_BYTESSTR, d, a, 0);
    } else if (type_is_string(fu) && tu->kind == K_SLICE && tu->elem->under == ty_int32) {
        emit(fs, OP_RUNESSTR, d, a, 0);
    } else if (type_is_string(fu) && type_is_string(tu)) {
        if (a != d) emit(fs, OP_MOVE, d, a, 0);
    } else {
        ok = false;
    }
    if (!ok && fu->kind == K_SLICE && tu->kind == K_POINTER && tu->elem->under->kind == K_ARRAY &&
        tu->elem->under->elem == fu->elem) {
        errorf(c, al->v[0]->pos, "conversion of a slice to an array pointer is not in gorolab's Go subset (see gorolab-go(7))");
        invalid(x);
        return;
    }
    if (!ok) {
        x->node = al->v[0];   /* Go names the operand, not the conversion */
        errorf(c, al->v[0]->pos, "cannot convert %s to type %s", opstr(c, x), tstr(c, t));
        invalid(x);
        return;
    }
    x->mode = OM_VALUE;
    x->reg = d;
    x->type = t;
    x->is_var = false;
    x->fresh = true;
}

/* --- calls --- */

int call_mode(FuncState *fs, Node *e, Operand *x, CallMode mode);

void conversion_or_call(FuncState *fs, Node *e, Operand *x) { call_mode(fs, e, x, CALL_NORMAL); }

int call_expr(FuncState *fs, Node *e, Operand *x, bool want_values)
{
    (void)want_values;
    return call_mode(fs, e, x, CALL_NORMAL);
}

int call_defer(FuncState *fs, Node *e, Operand *x) { return call_mode(fs, e, x, CALL_DEFER); }

static const char *callee_name(Node *fun)
{
    return estr(fun);
}

int call_mode(FuncState *fs, Node *e, Operand *x, CallMode mode)
{
    Compiler *c = fs->c;
    memset(x, 0, sizeof *x);
    x->node = e;
    Node *fun = e->u.call.fun;
    while (fun->kind == N_PAREN) fun = fun->u.unary.x;
    int base = reg_alloc(fs, 1);
    Type *sig = NULL;
    int static_proto = -1;
    int iface_name = -1;
    bool has_recv = false;
    /* methods: x.M(...) */
    if (fun->kind == N_SELECTOR) {
        Node *xe = fun->u.sel.x;
        Symbol *y = xe->kind == N_IDENT ? lookup(c, fs->scope, xe->u.ident.name) : NULL;
        if (!(y && y->kind == SYM_PKG)) {
            Operand recv;
            expr(fs, xe, &recv);
            if (recv.mode == OM_INVALID) { invalid(x); return base; }
            if (recv.mode == OM_VALUE || recv.mode == OM_CONST) {
                if (recv.mode == OM_CONST) convert_untyped(fs, &recv, NULL);
                Selection s = lookup_selector(c, recv.type, fun->u.sel.name->u.ident.name);
                if (!world_selection(c, recv.type, &s, fun)) { invalid(x); return base; }
                note_method(fun, &s);
                if (s.kind == SEL_METHOD) {
                    Type *ct = recv.type;
                    int r = discharge(fs, &recv, -1);
                    int outer = -1;              /* the struct holding the last embedded field */
                    bool via_ptr = ct->kind == K_POINTER;
                    for (int d = 0; d < s.depth; d++) {
                        Type *b = ct->kind == K_POINTER && !ct->name ? ct->elem : ct;
                        b = b->under;
                        int dst = reg_alloc(fs, 1);
                        emit(fs, OP_GETF, dst, r, s.path[d]);
                        outer = r;
                        r = dst;
                        ct = b->fields[s.path[d]].type;
                        if (ct->kind == K_POINTER && d < s.depth - 1) via_ptr = true;
                    }
                    Method *m = s.method;
                    sig = m->sig;
                    has_recv = true;
                    int rr = reg_alloc(fs, 1);   /* the receiver argument slot */
                    bool ctptr = ct->kind == K_POINTER && !ct->name;
                    Type *pointee = ctptr ? ct->elem : ct;
                    if (s.recv_base->kind == K_INTERFACE) {
                        emit(fs, OP_MOVE, rr, r, 0);
                        iface_name = name_index(c, m->name);
                    } else {
                        if (m->ptr_recv) {
                            if (!ctptr && !type_is_aggregate(ct) && s.depth > 0 && (recv.is_var || via_ptr)) {
                                /* a pointer method promoted from an embedded scalar: its field's address */
                                emit(fs, OP_FADDR, rr, outer, s.path[s.depth - 1]);
                            } else if (!ctptr && !type_is_aggregate(ct)) {
                                if (!recv.is_var || s.depth > 0) {
                                    errorf(c, fun->pos, "cannot call pointer method %s on %s", m->name, tstr(c, ct));
                                    invalid(x);
                                    return base;
                                }
                                /* a pointer method on a scalar variable: address it */
                                Operand addr;
                                int top = fs->freereg;
                                expr_addr(fs, xe, &addr);
                                if (addr.mode != OM_INVALID) emit(fs, OP_MOVE, rr, addr.reg, 0);
                                reg_free_to(fs, top);
                            } else if (!ctptr && r > base && fs->last_target < fs->ncode &&
                                       fs->code[fs->ncode - 1].op == OP_GETUP && fs->code[fs->ncode - 1].a == r) {
                                /* a captured struct's address: GETUP temp; ADDRW -> GETUPW */
                                Instr *gu = &fs->code[fs->ncode - 1];
                                gu->op = OP_GETUPW;
                                gu->a = (uint16_t)rr;
                                fold_last(fs, 1);
                            } else {
                                emit(fs, ctptr ? OP_MOVE : OP_ADDRW, rr, r, 0);
                            }
                        } else if (ctptr) {
                            if (type_is_aggregate(pointee)) emit(fs, OP_CLONE, rr, r, (int)type_id(c, pointee));
                            else emit(fs, OP_LOAD, rr, r, 0);
                        } else if (type_is_aggregate(ct) && !recv.fresh) {
                            emit(fs, OP_CLONE, rr, r, (int)type_id(c, ct));
                        } else {
                            emit(fs, OP_MOVE, rr, r, 0);
                        }
                        static_proto = proto_index(c, m->fn);
                    }
                    /* compact: move the receiver next to base */
                    if (rr != base + 1) {
                        if (retarget_last(fs, rr, base + 1)) fold_last(fs, 1);
                        else emit(fs, OP_MOVE, base + 1, rr, 0);
                    }
                    reg_free_to(fs, base + 2);
                    if (fs->freereg < base + 2) reg_alloc(fs, base + 2 - fs->freereg);
                    goto args;
                }
            }
            reg_free_to(fs, base + 1);
        }
    }
    {
        Operand f;
        expr(fs, fun, &f);
        if (f.mode == OM_INVALID) {
            /* still check the arguments for errors */
            for (int i = 0; i < e->u.call.args.len; i++) {
                Operand a;
                int top = fs->freereg;
                expr(fs, e->u.call.args.v[i], &a);
                reg_free_to(fs, top);
            }
            invalid(x);
            return base;
        }
        if (f.mode == OM_TYPE) {
            reg_free_to(fs, base);
            conversion(fs, e, f.type, x);
            return base;
        }
        if (f.mode == OM_BUILTIN) {
            reg_free_to(fs, base);
            builtin_call(fs, e, x, f.builtin, mode);
            return base;
        }
        if (f.mode != OM_VALUE || f.type->under->kind != K_FUNC) {
            errorf(c, e->pos, "invalid operation: cannot call non-function %s", opstr(c, &f));
            invalid(x);
            return base;
        }
        sig = f.type->under;
        /* a direct call of a package-level function needs no func value */
        Symbol *y = NULL;
        if (fun->kind == N_IDENT) y = lookup(c, fs->scope, fun->u.ident.name);
        else if (fun->kind == N_SELECTOR && fun->u.sel.x->kind == N_IDENT) {
            Symbol *p = lookup(c, fs->scope, fun->u.sel.x->u.ident.name);
            if (p && p->kind == SYM_PKG) y = scope_lookup_local(p->ref->scope, fun->u.sel.name->u.ident.name);
        }
        if (y && y->kind == SYM_FUNC && y->proto && f.reg == fs->freereg - 1) {
            static_proto = proto_index(c, y->proto);
            /* drop the LOADF just emitted */
            if (fs->ncode > 0 && fs->code[fs->ncode - 1].op == OP_LOADF) fs->ncode--;
            reg_free_to(fs, base + 1);
        } else {
            discharge(fs, &f, base);
            reg_free_to(fs, base + 1);
        }
    }
args:;
    int first = base + 1 + (has_recv ? 1 : 0);
    int n = call_args(fs, e, sig, first, callee_name(fun));
    if (n < 0) { reg_free_to(fs, base); x->mode = OM_INVALID; return base; }
    int nargs = n + (has_recv ? 1 : 0);
    if (mode == CALL_NORMAL) {
        if (iface_name >= 0) emit_bx(fs, OP_CALLI, base, (uint32_t)iface_name);
        else if (static_proto >= 0) {
            OpCode op = call_op(c, static_proto);
            Instr *last = fs->ncode > 0 ? &fs->code[fs->ncode - 1] : NULL;
            if (op != OP_CALL && n == 0 && static_proto <= 0xFFFF && last && fs->last_target < fs->ncode &&
                last->op == OP_GETUPW && last->a == base + 1) {
                /* mu.Lock() on a captured mu: GETUPW + MLOCK in one instruction */
                *last = (Instr){.op = op == OP_MLOCK ? OP_MLOCKU : OP_MUNLOCKU, .a = (uint16_t)base, .b = last->b,
                                .c = (uint16_t)static_proto};
                fold_last(fs, 1);
            } else {
                emit_bx(fs, op, base, (uint32_t)static_proto);
            }
        }
        else emit(fs, OP_CALLV, base, nargs, 0);
        finish_call(fs, x, sig, base);
        return base;
    }
    /* defer/go: a func value at base, the arguments after it */
    if (iface_name >= 0) {
        /* bind the interface method now: a closure over the receiver (nil panics now, as in Go) */
        emit(fs, OP_NILCHK, base + 1, 1, 0);
        int pi = bound_method(c, "method value", sig, iface_name, NULL, base + 1);
        emit_bx(fs, OP_CLOSURE, base, (uint32_t)pi);
        for (int i = 0; i < n; i++) emit(fs, OP_MOVE, base + 1 + i, base + 2 + i, 0);
        nargs = n;
    } else if (static_proto >= 0) {
        emit_bx(fs, OP_LOADF, base, (uint32_t)static_proto);
    }
    x->mode = OM_NOVALUE;
    x->reg = base;
    x->cv.i = nargs;
    x->type = sig;
    return base;
}

/* --- composite literals --- */

static void invalid_lit(Operand *x) { x->mode = OM_INVALID; }

static int64_t const_key(FuncState *fs, Node *k, int64_t limit)
{
    Operand ix;
    int save = fs->freereg;
    expr(fs, k, &ix);
    reg_free_to(fs, save);
    if (ix.mode != OM_CONST || ix.cv.kind != CV_INT) {
        errorf(fs->c, k->pos, "index %s must be integer constant", estr(k));
        return -1;
    }
    if (ix.cv.i < 0 || (limit >= 0 && ix.cv.i >= limit)) {
        errorf(fs->c, k->pos, "index %s out of bounds [0:%lld]", estr(k), (long long)limit);
        return -1;
    }
    return (int64_t)ix.cv.i;
}

static int elem_value(FuncState *fs, Node *v, Type *elem, int dst)
{
    Type *target = elem;
    if (v->kind == N_COMPOSITE_LIT && !v->u.comp.type) {
        Operand x;
        Type *lt = elem->under->kind == K_POINTER && !elem->name ? elem->under->elem : elem;
        composite_lit(fs, v, &x, lt);
        if (x.mode == OM_INVALID) return dst < 0 ? reg_alloc(fs, 1) : dst;
        if (lt != elem && type_is_aggregate(lt)) {   /* an elided &T{...} */
            emit(fs, OP_ADDRW, x.reg, x.reg, 0);
            x.type = elem;
        } else if (lt != elem) {   /* an elided &[]T{...} or &map[K]V{...}: a new variable */
            int p = reg_alloc(fs, 1);
            emit_bx(fs, OP_NEWPTR, p, type_id(fs->c, lt));
            emit(fs, OP_STORE, p, x.reg, 0);
            emit(fs, OP_MOVE, x.reg, p, 0);
            x.type = elem;
        }
        return discharge(fs, &x, dst);
    }
    return value_to(fs, v, target, dst, "array or slice literal");
}

void composite_lit(FuncState *fs, Node *e, Operand *x, Type *hint)
{
    Compiler *c = fs->c;
    Type *t;
    Node *tn = e->u.comp.type;
    int64_t arrlen = -2;
    if (tn && tn->kind == N_ARRAY_TYPE && tn->u.array.len && tn->u.array.len->kind == N_ELLIPSIS) {
        Type *elem = resolve_type(c, fs, tn->u.array.elem);
        int64_t n = 0, idx = 0;
        for (int i = 0; i < e->u.comp.elts.len; i++) {
            Node *el = e->u.comp.elts.v[i];
            if (el->kind == N_KEY_VALUE) idx = const_key(fs, el->u.kv.key, -1);
            idx++;
            if (idx > n) n = idx;
        }
        t = type_array(elem, n);
        arrlen = n;
    } else if (tn) {
        t = resolve_type(c, fs, tn);
    } else if (hint) {
        t = hint;
    } else {
        errorf(c, e->pos, "invalid composite literal type: missing type");
        invalid_lit(x);
        return;
    }
    (void)arrlen;
    x->node = e;
    if (t == ty_invalid) { invalid_lit(x); return; }
    Type *u = t->under;
    NodeList *el = &e->u.comp.elts;
    int d = reg_alloc(fs, 1);
    x->mode = OM_VALUE;
    x->reg = d;
    x->type = t;
    x->fresh = true;
    switch (u->kind) {
    case K_STRUCT: {
        emit_bx(fs, OP_NEWAGG, d, type_id(c, t));
        if (el->len == 0) return;
        bool keyed = el->v[0]->kind == N_KEY_VALUE;
        bool *seen = xcalloc((size_t)u->nfields + 1, 1);
        for (int i = 0; i < el->len; i++) {
            Node *v = el->v[i];
            int fi;
            if ((v->kind == N_KEY_VALUE) != keyed) {
                errorf(c, v->pos, "mixture of field:value and value elements in struct literal");
                free(seen);
                invalid_lit(x);
                return;
            }
            if (keyed) {
                Node *k = v->u.kv.key;
                fi = -1;
                if (k->kind == N_IDENT)
                    for (int j = 0; j < u->nfields; j++)
                        if (u->fields[j].name == k->u.ident.name) fi = j;
                if (fi < 0) {
                    errorf(c, k->pos, "unknown field %s in struct literal of type %s", estr(k), tstr(c, t));
                    continue;
                }
                if (seen[fi]) {
                    errorf(c, k->pos, "duplicate field name %s in struct literal", estr(k));
                    continue;
                }
                seen[fi] = true;
                world_lit_field(c, t, fi, k, k->pos);
                v = v->u.kv.value;
            } else {
                fi = i;
                if (fi >= u->nfields) {
                    errorf(c, v->pos, "too many values in struct literal of type %s", tstr(c, t));
                    break;
                }
                world_lit_field(c, t, fi, NULL, v->pos);
            }
            int top = fs->freereg;
            int r = elem_value(fs, v, u->fields[fi].type, -1);
            emit(fs, OP_SETF, d, fi, r);
            reg_free_to(fs, top);
        }
        if (!keyed && el->len < u->nfields)
            errorf(c, e->u.comp.rbrace, "too few values in struct literal of type %s", tstr(c, t));
        free(seen);
        return;
    }
    case K_ARRAY: case K_SLICE: {
        Type *elem = u->elem;
        int64_t limit = u->kind == K_ARRAY ? u->len : -1;
        /* find the length for slices */
        int64_t n = 0, idx = 0;
        for (int i = 0; i < el->len; i++) {
            Node *v = el->v[i];
            if (v->kind == N_KEY_VALUE) idx = const_key(fs, v->u.kv.key, limit);
            if (limit >= 0 && idx >= limit) {
                errorf(c, v->pos, "index %lld out of bounds [0:%lld]", (long long)idx, (long long)limit);
                invalid_lit(x);
                return;
            }
            idx++;
            if (idx > n) n = idx;
        }
        if (u->kind == K_ARRAY) emit_bx(fs, OP_NEWAGG, d, type_id(c, t));
        else {
            int lc = reg_alloc(fs, 2);
            load_int(fs, lc, n);
            emit(fs, OP_MOVE, lc + 1, lc, 0);
            emit(fs, OP_MAKESLICE, d, lc, (int)type_id(c, elem));
            reg_free_to(fs, d + 1);
        }
        idx = 0;
        for (int i = 0; i < el->len; i++) {
            Node *v = el->v[i];
            if (v->kind == N_KEY_VALUE) {
                idx = const_key(fs, v->u.kv.key, limit);
                v = v->u.kv.value;
            }
            int top = fs->freereg;
            int r = elem_value(fs, v, elem, -1);
            int ir = reg_alloc(fs, 1);
            load_int(fs, ir, idx);
            emit(fs, elem_op(u->kind == K_ARRAY ? OP_ASET : OP_ISET, elem), d, ir, r);
            reg_free_to(fs, top);
            idx++;
        }
        return;
    }
    case K_MAP: {
        emit(fs, OP_MAKEMAP, d, 0xFFFF, (int)type_id(c, t));
        for (int i = 0; i < el->len; i++) {
            Node *v = el->v[i];
            if (v->kind != N_KEY_VALUE) {
                errorf(c, v->pos, "missing key in map literal");
                continue;
            }
            int top = fs->freereg;
            Node *k = v->u.kv.key;
            int kr;
            if (k->kind == N_COMPOSITE_LIT && !k->u.comp.type) kr = elem_value(fs, k, u->key, -1);
            else {
                /* duplicate constant keys */
                kr = value_to(fs, k, u->key, -1, "map literal");
                for (int j = 0; j < i; j++) {
                    Node *pk = el->v[j]->kind == N_KEY_VALUE ? el->v[j]->u.kv.key : NULL;
                    if (pk && pk->kind == N_BASIC_LIT && k->kind == N_BASIC_LIT && pk->u.lit.len == k->u.lit.len &&
                        memcmp(pk->u.lit.text, k->u.lit.text, k->u.lit.len) == 0) {
                        errorf(c, k->pos, "duplicate key %s in map literal", estr(k));
                        break;
                    }
                }
            }
            int vr = elem_value(fs, v->u.kv.value, u->elem, -1);
            emit(fs, OP_MSET, d, kr, vr);
            reg_free_to(fs, top);
        }
        return;
    }
    default:
        errorf(c, e->pos, "invalid composite literal type %s", tstr(c, t));
        invalid_lit(x);
        return;
    }
}
