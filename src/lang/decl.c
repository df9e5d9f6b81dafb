/* lang/decl.c: scopes and symbols, the universe, packages (the user's and the
 * embedded std ones), package-level declarations resolved on demand, type
 * expressions, methods and method sets, interface satisfaction, runtime type
 * ids and the method tables the VM dispatches through. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "base/stack.h"
#include "base/xalloc.h"
#include "lang/compiler.h"
#include "lang/parse.h"
#include "vm/vm.h"

void errorf(Compiler *c, SrcPos pos, const char *fmt, ...)
{
    if (c->dry_run || c->muted) return;
    Buf b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    /* Go reports one error per position, and of equal errors on one line
     * only the first (cmd/compile's ErrorfAt compares with the last one) */
    const Diag *last = c->diags->len ? &c->diags->items[c->diags->len - 1] : NULL;
    bool repeat = last && last->pos.file == pos.file && last->pos.line == pos.line && strcmp(last->msg, buf_str(&b)) == 0;
    if (!repeat && !diag_has(c->diags, pos)) diag_add(c->diags, pos, "%s", buf_str(&b));
    buf_fini(&b);
}

void note_ref(Node *id, Symbol *y)
{
    if ((y->kind == SYM_VAR && y->global) || (y->kind == SYM_FUNC && y->decl)) id->aux = y;
}

void note_method(Node *sel, const Selection *s)
{
    if (s->kind == SEL_METHOD && s->method && s->method->fn && !s->method->path_len)
        sel->u.sel.name->aux = s->method->fn;
}

bool too_deep(Compiler *c, SrcPos pos)
{
    if (!stack_deep()) return false;
    if (!c->dry_run && !c->deep_reported) {
        c->deep_reported = true;
        errorf(c, pos, "too deeply nested for gorolab's compiler (split this declaration or expression)");
        c->muted = true;   /* what was skipped would seem unused */
    }
    return true;
}

const char *tstr(Compiler *c, Type *t)
{
    static Buf ring[8];
    static int next;
    Buf *b = &ring[next++ & 7];
    buf_reset(b);
    type_string_local(b, t, c->pkg ? c->pkg->name : NULL);
    return buf_str(b);
}

/* --- scopes --- */

Scope *scope_new(Compiler *c, Scope *parent, FuncState *fs)
{
    Scope *s = arena_alloc(&c->arena, sizeof *s);
    s->parent = parent;
    s->fs = fs;
    return s;
}

/* A scope's names are interned: the index hashes their addresses. */
static size_t name_hash(const char *name)
{
    uintptr_t h = (uintptr_t)name;
    h ^= h >> 17;
    h *= (uintptr_t)0x9E3779B97F4A7C15ull;
    return (size_t)(h ^ (h >> 29));
}

static void index_put(Symbol **tab, int cap, Symbol *y)
{
    size_t m = (size_t)cap - 1, j = name_hash(y->name) & m;
    while (tab[j] && tab[j]->name != y->name) j = (j + 1) & m;
    tab[j] = y;
}

/* scope_insert adds y in front of s's symbols. A scope of more than a few
 * dozen names (a package's) also gets a hash index, so that a program with
 * thousands of declarations is not resolved in quadratic time. */
void scope_insert(Compiler *c, Scope *s, Symbol *y)
{
    y->next = s->syms;
    s->syms = y;
    s->nsyms++;
    if (s->nsyms < 32) return;
    if (2 * s->nsyms > s->capindex) {
        int cap = s->capindex ? 2 * s->capindex : 128;
        Symbol **tab = arena_alloc(&c->arena, sizeof *tab * (size_t)cap);
        /* oldest first, so that a newer symbol of the same name wins */
        int n = 0;
        for (Symbol *z = s->syms; z; z = z->next) n++;
        Symbol **all = xmalloc(sizeof *all * (size_t)n);
        n = 0;
        for (Symbol *z = s->syms; z; z = z->next) all[n++] = z;
        while (n > 0) index_put(tab, cap, all[--n]);
        free(all);
        s->index = tab;
        s->capindex = cap;
    } else {
        index_put(s->index, s->capindex, y);
    }
}

Symbol *scope_lookup_local(Scope *s, const char *name)
{
    if (s->index) {
        size_t m = (size_t)s->capindex - 1, j = name_hash(name) & m;
        for (; s->index[j]; j = (j + 1) & m)
            if (s->index[j]->name == name) return s->index[j];
        return NULL;
    }
    for (Symbol *y = s->syms; y; y = y->next)
        if (y->name == name) return y;
    return NULL;
}

Symbol *lookup(Compiler *c, Scope *s, const char *name)
{
    bool edit = false;   /* an edit file's scope on the way: the world's private names are not seen */
    for (; s; s = s->parent) {
        Symbol *y = scope_lookup_local(s, name);
        if (y && !(edit && world_hidden(c, y))) return y;
        edit = edit || s->sealed;
    }
    return NULL;
}

Symbol *declare(Compiler *c, Scope *s, SymKind k, Node *ident, Type *t)
{
    Symbol *y = arena_alloc(&c->arena, sizeof *y);
    y->kind = k;
    y->name = ident ? ident->u.ident.name : NULL;
    y->pos = ident ? ident->pos : (SrcPos){0, 0, 0};
    y->ident = ident;
    y->type = t;
    y->pkg = c->pkg;
    if (y->name == c->n_blank) return y;   /* _ is never declared */
    Symbol *old = scope_lookup_local(s, y->name);
    if (old) {
        if (old->pos.line)
            errorf(c, y->pos, "%s redeclared in this block\n\t%s:%u:%u: other declaration of %s",
                   y->name, c->diags->files[old->pos.file], old->pos.line, old->pos.col, y->name);
        else
            errorf(c, y->pos, "%s redeclared in this block", y->name);
        return y;
    }
    scope_insert(c, s, y);
    return y;
}

static Symbol *universe_sym(Compiler *c, SymKind k, const char *name, Type *t)
{
    Symbol *y = arena_alloc(&c->arena, sizeof *y);
    y->kind = k;
    y->name = intern(c->in, name, strlen(name));
    y->type = t;
    y->state = 2;
    scope_insert(c, c->universe, y);
    return y;
}

void universe_init(Compiler *c)
{
    c->universe = scope_new(c, NULL, NULL);
    struct { const char *n; Type *t; } types[] = {
        {"bool", ty_bool}, {"int", ty_int}, {"int8", ty_int8}, {"int16", ty_int16},
        {"int32", ty_int32}, {"int64", ty_int64}, {"uint", ty_uint}, {"uint8", ty_uint8},
        {"uint16", ty_uint16}, {"uint32", ty_uint32}, {"uint64", ty_uint64},
        {"uintptr", ty_uintptr}, {"float32", ty_float32}, {"float64", ty_float64},
        {"string", ty_string}, {"byte", ty_uint8}, {"rune", ty_int32}, {"error", ty_error},
        {"any", ty_any},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        universe_sym(c, SYM_TYPE, types[i].n, types[i].t);
    /* the error interface's method name must be the interned one */
    ty_error->under->methods[0].name = c->n_Error;
    Symbol *t = universe_sym(c, SYM_CONST, "true", ty_untyped_bool);
    t->cval = cv_bool(true);
    Symbol *f = universe_sym(c, SYM_CONST, "false", ty_untyped_bool);
    f->cval = cv_bool(false);
    universe_sym(c, SYM_CONST, "iota", ty_untyped_int)->cval = cv_int(0);
    universe_sym(c, SYM_NIL, "nil", ty_untyped_nil);
    const char *builtins[] = {"append", "cap", "clear", "close", "copy", "delete", "len", "make",
                              "max", "min", "new", "panic", "print", "println", "recover",
                              "complex", "real", "imag"};
    for (int i = 0; i < (int)(sizeof builtins / sizeof *builtins); i++)
        universe_sym(c, SYM_BUILTIN, builtins[i], NULL)->builtin = (Builtin)i;
    const char *unsupported[] = {"complex64", "complex128", "comparable"};
    for (int i = 0; i < 3; i++) universe_sym(c, SYM_TYPE, unsupported[i], ty_invalid);
}

/* --- runtime type ids and method tables --- */

static uint32_t epoch;   /* which Program the ids in Type.aux belong to */

uint32_t type_id(Compiler *c, Type *t)
{
    Program *p = c->prog;
    if (t->id && (uintptr_t)t->aux == (uintptr_t)epoch) return t->id;
    if (p->ntypes == 0) XPUSH(p->types, p->ntypes, p->captypes, NULL);
    XPUSH(p->types, p->ntypes, p->captypes, t);
    t->id = (uint32_t)(p->ntypes - 1);
    t->aux = (void *)(uintptr_t)epoch;
    if (t->id > 0xFFFF) errorf(c, (SrcPos){1, 1, 0}, "gorolab: too many types in one program");
    return t->id;
}

void type_ids_new_program(void) { epoch++; }

int name_index(Compiler *c, const char *name)
{
    Program *p = c->prog;
    for (int i = 0; i < p->nnames; i++)
        if (p->names[i] == name) return i;
    XPUSH(p->names, p->nnames, p->capnames, name);
    return p->nnames - 1;
}

static void add_method(Type *t, Method m)
{
    XGROW(t->methods, t->nmethods, t->capmethods);
    t->methods[t->nmethods++] = m;
}

static Method *own_method(Type *t, const char *name)
{
    for (int i = 0; i < t->nmethods; i++)
        if (t->methods[i].name == name) return &t->methods[i];
    return NULL;
}

/* method set entries of t (named or pointer to named) that interfaces need */
static void collect_names(Compiler *c, Type *t, const char ***names, int *n, int *cap, int depth)
{
    if (depth > 8) return;
    Type *base = t->kind == K_POINTER && !t->name ? t->elem : t;
    if (base->kind == K_INTERFACE) {
        for (int i = 0; i < base->nmethods; i++) XPUSH(*names, *n, *cap, base->methods[i].name);
        return;
    }
    if (base->name)
        for (int i = 0; i < base->nmethods; i++) XPUSH(*names, *n, *cap, base->methods[i].name);
    if (base->kind == K_STRUCT)
        for (int i = 0; i < base->nfields; i++)
            if (base->fields[i].embedded) collect_names(c, base->fields[i].type, names, n, cap, depth + 1);
}

void ensure_method_table(Compiler *c, Type *t)
{
    bool isptr = t->kind == K_POINTER && !t->name;
    Type *base = isptr ? t->elem : t;
    if (base->kind == K_INTERFACE) return;
    if (!base->name) return;   /* unnamed types are shared by every compilation: no per-program tables */
    const char **names = NULL;
    int n = 0, cap = 0;
    collect_names(c, t, &names, &n, &cap, 0);
    for (int i = 0; i < n; i++) {
        const char *name = names[i];
        if (own_method(t, name) && own_method(t, name)->fn) continue;
        Selection sel = lookup_selector(c, t, name);
        if (sel.kind != SEL_METHOD) continue;
        bool needs_ptr = sel.method->ptr_recv;
        if (!isptr && needs_ptr && sel.depth == 0) continue;   /* not in T's method set */
        if (!isptr && needs_ptr) {
            /* promoted from an embedded T (not *T): only in *S's method set */
            bool via_ptr = false;
            Type *ct = t;
            for (int d = 0; d < sel.depth; d++) {
                Type *b = (ct->kind == K_POINTER && !ct->name ? ct->elem : ct)->under;
                ct = b->fields[sel.path[d]].type;
                if (ct->kind == K_POINTER && !ct->name) via_ptr = true;
            }
            if (!via_ptr) continue;
        }
        if (sel.depth == 0 && !isptr) continue;                /* declared on T: already there */
        if (sel.depth == 0 && isptr && sel.method->ptr_recv) {
            Method m = *sel.method;
            add_method(t, m);
            continue;
        }
        Method m = *sel.method;
        m.path_len = sel.depth;
        m.ptr_recv = false;   /* the wrapper takes t itself */
        m.fn = compile_method_wrapper(c, t, sel.method, &sel, isptr);
        add_method(t, m);
    }
    free(names);
}

/* --- selectors: fields and methods through embedding --- */

typedef struct Cand { Type *t; int path[16]; int depth; } Cand;

Selection lookup_selector(Compiler *c, Type *t, const char *name)
{
    (void)c;
    Selection r;
    memset(&r, 0, sizeof r);
    Cand *cur = xmalloc(sizeof *cur), *next = NULL;
    int ncur = 1, nnext = 0, capnext = 0;
    cur[0].t = t;
    cur[0].depth = 0;
    for (int level = 0; level < 16 && ncur > 0; level++) {
        int found = 0;
        Selection hit;
        memset(&hit, 0, sizeof hit);
        for (int k = 0; k < ncur; k++) {
            Type *ct = cur[k].t;
            Type *base = ct->kind == K_POINTER && !ct->name ? ct->elem : ct;
            if (ct->kind == K_POINTER && ct->name) continue;
            if (base->kind == K_INTERFACE) {
                for (int i = 0; i < base->nmethods; i++)
                    if (base->methods[i].name == name) {
                        found++;
                        hit.kind = SEL_METHOD;
                        hit.method = &base->methods[i];
                        hit.recv_base = base;
                        hit.type = base->methods[i].sig;
                        memcpy(hit.path, cur[k].path, sizeof hit.path);
                        hit.depth = cur[k].depth;
                    }
                continue;
            }
            if (base->name) {
                Method *m = own_method(base, name);
                if (m && m->path_len == 0) {
                    found++;
                    hit.kind = SEL_METHOD;
                    hit.method = m;
                    hit.recv_base = base;
                    hit.type = m->sig;
                    memcpy(hit.path, cur[k].path, sizeof hit.path);
                    hit.depth = cur[k].depth;
                }
            }
            if (base->kind == K_STRUCT) {
                for (int i = 0; i < base->nfields; i++) {
                    Field *f = &base->fields[i];
                    if (f->name == name) {
                        found++;
                        hit.kind = SEL_FIELD;
                        hit.type = f->type;
                        memcpy(hit.path, cur[k].path, sizeof hit.path);
                        hit.depth = cur[k].depth;
                        hit.path[hit.depth++] = i;
                    }
                    if (f->embedded && cur[k].depth < 15) {
                        Cand nc;
                        nc.t = f->type;
                        memcpy(nc.path, cur[k].path, sizeof nc.path);
                        nc.depth = cur[k].depth;
                        nc.path[nc.depth++] = i;
                        XPUSH(next, nnext, capnext, nc);
                    }
                }
            }
        }
        if (found == 1) { r = hit; break; }
        if (found > 1) { r.kind = SEL_AMBIGUOUS; break; }
        free(cur);
        cur = next;
        ncur = nnext;
        next = NULL;
        nnext = capnext = 0;
    }
    free(cur);
    free(next);
    return r;
}

bool implements(Compiler *c, Type *t, Type *iface, Buf *why)
{
    Type *it = iface->under ? iface->under : iface;
    for (int i = 0; i < it->nmethods; i++) {
        Method *im = &it->methods[i];
        if (t->kind == K_INTERFACE) {
            Method *m = NULL;
            for (int j = 0; j < t->nmethods; j++)
                if (t->methods[j].name == im->name) m = &t->methods[j];
            if (!m || m->world != im->world) {
                if (why) buf_printf(why, "(missing method %s)", im->name);
                return false;
            }
            if (m->sig != im->sig) {
                if (why) buf_printf(why, "(wrong type for method %s)", im->name);
                return false;
            }
            continue;
        }
        Selection s = lookup_selector(c, t, im->name);
        if (s.kind != SEL_METHOD || s.method->world != im->world) {
            if (why) buf_printf(why, "(missing method %s)", im->name);
            return false;
        }
        if (s.method->sig != im->sig) {
            if (why) {
                buf_printf(why, "(wrong type for method %s)\n\t\thave %s", im->name, im->name);
                Buf tmp = BUF_INIT;
                type_string_local(&tmp, s.method->sig, c->pkg->name);
                buf_puts(why, buf_str(&tmp) + 4);
                buf_printf(why, "\n\t\twant %s", im->name);
                buf_reset(&tmp);
                type_string_local(&tmp, im->sig, c->pkg->name);
                buf_puts(why, buf_str(&tmp) + 4);
                buf_fini(&tmp);
            }
            return false;
        }
        bool isptr = t->kind == K_POINTER && !t->name;
        if (s.method->ptr_recv && !isptr && s.recv_base->kind != K_INTERFACE) {
            /* reachable only through a pointer: fine if an embedded pointer leads there */
            bool via_ptr = false;
            Type *cur = t;
            for (int d = 0; d < s.depth; d++) {
                Type *b = cur->kind == K_POINTER && !cur->name ? cur->elem : cur;
                Type *ft = b->fields[s.path[d]].type;
                if (ft->kind == K_POINTER && !ft->name) via_ptr = true;
                cur = ft;
            }
            if (!via_ptr) {
                if (why) buf_printf(why, "(method %s has pointer receiver)", im->name);
                return false;
            }
        }
    }
    return true;
}

/* --- type expressions --- */

static Type *func_type(Compiler *c, FuncState *fs, Node *ft);
Type *resolve_func_type(Compiler *c, FuncState *fs, Node *ft) { return func_type(c, fs, ft); }

static Type *resolve_type_direct(Compiler *c, FuncState *fs, Node *e);

/* resolve_type counts the indirections it enters (pointer, slice, map,
 * chan, func, interface): a named type being resolved may appear behind
 * one (type T struct{ next *T }) but not directly (type T struct{ x T }). */
Type *resolve_type(Compiler *c, FuncState *fs, Node *e)
{
    if (!e || too_deep(c, e->pos)) return ty_invalid;
    bool ind = e->kind == N_STAR || (e->kind == N_ARRAY_TYPE && !e->u.array.len) || e->kind == N_MAP_TYPE ||
               e->kind == N_CHAN_TYPE || e->kind == N_FUNC_TYPE || e->kind == N_INTERFACE_TYPE;
    if (ind) c->indir++;
    Type *t = resolve_type_direct(c, fs, e);
    if (ind) c->indir--;
    return t;
}

/* in_cycle: t, being resolved, is met with no indirection since it began */
static bool in_cycle(Compiler *c, Type *t) { return t->resolving && t->resolve_indir == c->indir; }

static Type *resolve_type_direct(Compiler *c, FuncState *fs, Node *e)
{
    if (!e) return ty_invalid;
    switch (e->kind) {
    case N_IDENT: {
        Scope *s = fs ? fs->scope : c->pkg->file_scopes[e->pos.file - c->pkg->files[0]->pos.file];
        Symbol *y = lookup(c, s, e->u.ident.name);
        if (!y) {
            undefined_name(c, e->pos, e->u.ident.name);
            return ty_invalid;
        }
        if (y->kind != SYM_TYPE) {
            errorf(c, e->pos, "%s is not a type", e->u.ident.name);
            return ty_invalid;
        }
        y->used = true;
        resolve_symbol(c, y);
        if (y->type == ty_invalid && y->name && !y->pkg && strncmp(y->name, "complex", 7) == 0)
            errorf(c, e->pos, "%s is not in gorolab's Go subset (see gorolab-go(7))", y->name);
        else if (y->type == ty_invalid && y->name && !y->pkg && strcmp(y->name, "comparable") == 0)
            errorf(c, e->pos, "generics (comparable) are not in gorolab's Go subset (see gorolab-go(7))");
        return y->type;
    }
    case N_PAREN: return resolve_type(c, fs, e->u.unary.x);
    case N_SELECTOR: {
        Operand x;
        if (fs) expr(fs, e, &x);
        else {
            /* package-level: a qualified type name */
            Node *pk = e->u.sel.x;
            Symbol *y = pk->kind == N_IDENT
                            ? lookup(c, c->pkg->file_scopes[e->pos.file - c->pkg->files[0]->pos.file],
                                     pk->u.ident.name)
                            : NULL;
            if (!y || y->kind != SYM_PKG) {
                errorf(c, e->pos, "%s is not a type", estr(e));
                return ty_invalid;
            }
            y->used = true;
            if (y->ref->broken) return ty_invalid;
            Symbol *m = scope_lookup_local(y->ref->scope, e->u.sel.name->u.ident.name);
            if (!m && go_std_name(y->ref->path, e->u.sel.name->u.ident.name)) {
                errorf(c, e->pos, "%s.%s is not in gorolab's Go subset (see gorolab-go(7))", y->ref->path,
                       e->u.sel.name->u.ident.name);
                return ty_invalid;
            }
            if (!m || m->kind != SYM_TYPE) {
                errorf(c, e->pos, "undefined: %s", estr(e));
                return ty_invalid;
            }
            Package *save = c->pkg;
            c->pkg = y->ref;
            resolve_symbol(c, m);
            c->pkg = save;
            return m->type;
        }
        if (x.mode == OM_TYPE) return x.type;
        if (x.mode != OM_INVALID) errorf(c, e->pos, "%s is not a type", estr(e));
        return ty_invalid;
    }
    case N_STAR: return type_pointer(resolve_type(c, fs, e->u.unary.x));
    case N_ARRAY_TYPE: {
        Type *elem = resolve_type(c, fs, e->u.array.elem);
        if (!e->u.array.len) return type_slice(elem);
        if (e->u.array.len->kind == N_ELLIPSIS) {
            errorf(c, e->pos, "invalid use of [...] array (outside a composite literal)");
            return ty_invalid;
        }
        Operand n;
        if (fs) expr(fs, e->u.array.len, &n);
        else {
            FuncState tmp;
            Proto scratch = {0};
            scratch.pos = e->pos;
            fs_begin(&tmp, c, NULL, &scratch);
            tmp.scope = c->pkg->file_scopes[e->pos.file - c->pkg->files[0]->pos.file];
            expr(&tmp, e->u.array.len, &n);
            free(tmp.code);
            free(tmp.lines);
            free(tmp.live);
            free(tmp.folded);
        }
        if (n.mode == OM_INVALID) return ty_invalid;
        if (n.mode != OM_CONST || n.cv.kind == CV_STRING || n.cv.kind == CV_BOOL) {
            errorf(c, e->u.array.len->pos, "array length %s (%s) must be constant", estr(e->u.array.len),
                   n.mode == OM_CONST ? "constant" : "value");
            return ty_invalid;
        }
        i128 len;
        if (n.cv.kind == CV_FLOAT ? !cv_is_int(n.cv, &len) : (len = n.cv.i, false)) {
            errorf(c, e->u.array.len->pos, "array length %s must be integer", estr(e->u.array.len));
            return ty_invalid;
        }
        if (len < 0 || len > ((i128)1 << 40)) {
            errorf(c, e->u.array.len->pos, "invalid array length %s", estr(e->u.array.len));
            return ty_invalid;
        }
        if (in_cycle(c, elem)) {
            errorf(c, e->pos, "invalid recursive type %s", tstr(c, elem));
            return ty_invalid;
        }
        return type_array(elem, (int64_t)len);
    }
    case N_MAP_TYPE: {
        Type *k = resolve_type(c, fs, e->u.map.key);
        Type *v = resolve_type(c, fs, e->u.map.value);
        if (k != ty_invalid && !k->resolving && !type_is_comparable(k))
            errorf(c, e->u.map.key->pos, "invalid map key type %s", tstr(c, k));
        return type_map(k, v);
    }
    case N_CHAN_TYPE: return type_chan(resolve_type(c, fs, e->u.chan.elem), e->u.chan.dir);
    case N_FUNC_TYPE: return func_type(c, fs, e);
    case N_STRUCT_TYPE: {
        Field *fields = NULL;
        int n = 0, cap = 0;
        for (int i = 0; i < e->u.fields.list.len; i++) {
            Node *f = e->u.fields.list.v[i];
            Type *ft = resolve_type(c, fs, f->u.field.type);
            const char *tag = NULL;
            if (f->u.field.tag) {
                Buf b = BUF_INIT;
                lit_string(f->u.field.tag->u.lit.text, f->u.field.tag->u.lit.len, &b);
                Buf q = BUF_INIT;
                buf_putc(&q, '"');
                buf_puts(&q, buf_str(&b));
                buf_putc(&q, '"');
                tag = intern(c->in, q.data, q.len);   /* types outlive the compilation */
                buf_fini(&b);
                buf_fini(&q);
            }
            if (in_cycle(c, ft) && !(ft->kind == K_POINTER)) {
                errorf(c, f->pos, "invalid recursive type %s", tstr(c, ft));
                ft = ty_invalid;
            }
            if (f->u.field.names.len == 0) {
                Node *tn = f->u.field.type;
                if (tn->kind == N_STAR) tn = tn->u.unary.x;
                const char *name = tn->kind == N_SELECTOR ? tn->u.sel.name->u.ident.name
                                   : tn->kind == N_IDENT  ? tn->u.ident.name
                                                          : c->n_blank;
                Field fd = {name, ft, true, tag, !exported(name) && world_file(c, f->pos)};
                XPUSH(fields, n, cap, fd);
            }
            for (int j = 0; j < f->u.field.names.len; j++) {
                const char *name = f->u.field.names.v[j]->u.ident.name;
                for (int k = 0; k < n; k++)
                    if (fields[k].name == name && name != c->n_blank)
                        errorf(c, f->u.field.names.v[j]->pos, "%s redeclared", name);
                Field fd = {name, ft, false, tag, !exported(name) && world_file(c, f->pos)};
                XPUSH(fields, n, cap, fd);
            }
        }
        Type *t = type_struct(fields, n);
        free(fields);
        return t;
    }
    case N_INTERFACE_TYPE: {
        Method *ms = NULL;
        int n = 0, cap = 0;
        for (int i = 0; i < e->u.fields.list.len; i++) {
            Node *f = e->u.fields.list.v[i];
            if (f->u.field.names.len == 0) {
                Type *emb = resolve_type(c, fs, f->u.field.type);
                if (emb == ty_invalid) continue;
                if (emb->kind != K_INTERFACE) {
                    errorf(c, f->pos, "cannot use %s as interface (gorolab's Go subset has no type constraints)",
                           tstr(c, emb));
                    continue;
                }
                for (int k = 0; k < emb->nmethods; k++) XPUSH(ms, n, cap, emb->methods[k]);
                continue;
            }
            Method m = {0};
            m.name = f->u.field.names.v[0]->u.ident.name;
            m.sig = func_type(c, fs, f->u.field.type);
            m.world = !exported(m.name) && world_file(c, f->pos);
            bool dup = false;
            for (int k = 0; k < n; k++)
                if (ms[k].name == m.name) dup = true;
            if (dup) errorf(c, f->pos, "duplicate method %s", m.name);
            else XPUSH(ms, n, cap, m);
        }
        Type *t = type_interface(ms, n);
        free(ms);
        return t;
    }
    case N_ELLIPSIS:
        errorf(c, e->pos, "invalid use of ...");
        return ty_invalid;
    case N_INDEX:
        errorf(c, e->pos, "generic types are not in gorolab's Go subset (see gorolab-go(7))");
        return ty_invalid;
    case N_BAD: return ty_invalid;
    default:
        if ((e->kind == N_BINARY && e->u.binary.op == T_OR) || (e->kind == N_UNARY && e->u.unary.op == T_TILDE))
            errorf(c, e->pos, "type constraints (generics) are not in gorolab's Go subset (see gorolab-go(7))");
        else
            errorf(c, e->pos, "%s is not a type", estr(e));
        return ty_invalid;
    }
}

static Type *func_type(Compiler *c, FuncState *fs, Node *ft)
{
    Type **params = NULL, **results = NULL;
    int np = 0, capp = 0, nr = 0, capr = 0;
    bool variadic = false;
    NodeList *pl = &ft->u.functype.params;
    for (int i = 0; i < pl->len; i++) {
        Node *f = pl->v[i];
        Node *tn = f->u.field.type;
        Type *t;
        if (tn->kind == N_ELLIPSIS) {
            if (i != pl->len - 1 || f->u.field.names.len > 1)
                errorf(c, tn->pos, "can only use ... with final parameter in list");
            t = type_slice(resolve_type(c, fs, tn->u.ellipsis.elem));
            variadic = true;
        } else {
            t = resolve_type(c, fs, tn);
        }
        int k = f->u.field.names.len ? f->u.field.names.len : 1;
        for (int j = 0; j < k; j++) XPUSH(params, np, capp, t);
    }
    NodeList *rl = &ft->u.functype.results;
    for (int i = 0; i < rl->len; i++) {
        Node *f = rl->v[i];
        Type *t = resolve_type(c, fs, f->u.field.type);
        int k = f->u.field.names.len ? f->u.field.names.len : 1;
        for (int j = 0; j < k; j++) XPUSH(results, nr, capr, t);
    }
    Type *t = type_func(params, np, results, nr, variadic);
    free(params);
    free(results);
    return t;
}


/* --- package-level symbols --- */

Type *infer_var_type(Compiler *c, Symbol *y);
void  resolve_const(Compiler *c, FuncState *fs, Symbol *y);

/* settle_pending gives the types waiting for t (type T2 T1 met while T1
 * was being resolved) t's underlying type, and so on down a chain. */
static void settle_pending(Compiler *c, Type *t)
{
    for (int i = 0; i < c->npend; i++) {
        if (c->pend_src[i] != t) continue;
        Type *p = c->pend_t[i];
        c->pend_t[i] = c->pend_t[c->npend - 1];
        c->pend_src[i] = c->pend_src[c->npend - 1];
        c->npend--;
        i--;
        p->resolving = false;
        if (t->kind == K_INVALID || !t->under) {
            p->under = ty_invalid;
            p->kind = K_INVALID;
        } else {
            type_set_underlying(p, t);
        }
        settle_pending(c, p);
    }
}

/* report_decl_cycle: y, being resolved, was met again. The symbols resolved
 * since y each refer to the next and the last to y: reported as types2's
 * initialisation order reports a cycle, from the one declared first. */
static void report_decl_cycle(Compiler *c, Symbol *y)
{
    int from = c->nresolving - 1;
    while (from > 0 && c->resolving[from] != y) from--;
    int len = c->nresolving - from;
    if (len <= 0 || c->resolving[from] != y) {
        errorf(c, y->pos, "initialization cycle or invalid recursive reference to %s", y->name);
        return;
    }
    Symbol **cyc = c->resolving + from;
    int first = 0;
    for (int i = 1; i < len; i++)
        if (srcpos_cmp(cyc[i]->pos, cyc[first]->pos) < 0) first = i;
    Symbol *s0 = cyc[first];
    if (len == 1) {
        errorf(c, s0->pos, "initialization cycle: %s refers to itself", s0->name);
        return;
    }
    Buf b = BUF_INIT;
    buf_printf(&b, "initialization cycle for %s", s0->name);
    for (int k = 0; k < len; k++) {
        Symbol *a = cyc[(first + k) % len], *n = cyc[(first + k + 1) % len];
        buf_printf(&b, "\n\t%s:%u:%u: %s refers to %s", c->diags->files[a->pos.file], a->pos.line, a->pos.col,
                   a->name, n->name);
    }
    errorf(c, s0->pos, "%s", buf_str(&b));
    buf_fini(&b);
}

void resolve_symbol(Compiler *c, Symbol *y)
{
    if (y->state == 2 || !y->decl) return;
    if (too_deep(c, y->pos)) {
        y->type = ty_invalid;
        y->state = 2;
        return;
    }
    Package *save = c->pkg;
    c->pkg = y->pkg;
    if (y->state == 1) {
        if (y->kind == SYM_TYPE) {
            /* a named type referring to itself through pointers etc. is fine */
            c->pkg = save;
            return;
        }
        report_decl_cycle(c, y);
        y->type = ty_invalid;
        y->state = 2;
        c->pkg = save;
        return;
    }
    y->state = 1;
    XPUSH(c->resolving, c->nresolving, c->capresolving, y);
    switch (y->kind) {
    case SYM_TYPE: {
        Node *spec = y->decl;
        if (spec->u.typespec.tparams) {
            errorf(c, spec->u.typespec.name->pos,
                   "generic types are not in gorolab's Go subset (see gorolab-go(7))");
            y->type = ty_invalid;
            break;
        }
        if (spec->u.typespec.alias) {
            y->type = resolve_type(c, NULL, spec->u.typespec.type);
            break;
        }
        Type *t = type_named(c->pkg->name, y->name);
        y->type = t;
        t->resolving = true;
        t->resolve_indir = c->indir;
        Type *u = resolve_type(c, NULL, spec->u.typespec.type);
        if (u != ty_invalid && u != t && u->name && !u->under && u->resolving) {
            t->resolve_indir = u->resolve_indir;   /* T2 is as direct as T1 */
            /* type T2 T1 inside T1's own declaration (through a pointer): T2 waits for T1 */
            XPUSH(c->pend_t, c->npend, c->cappend, t);
            c->npend--;
            XPUSH(c->pend_src, c->npend, c->cappend2, u);
            break;
        }
        t->resolving = false;
        if (u == ty_invalid || !u->under) {
            if (u != ty_invalid) errorf(c, y->pos, "invalid recursive type %s", y->name);
            t->under = ty_invalid;
            t->kind = K_INVALID;
            settle_pending(c, t);
        } else {
            type_set_underlying(t, u);
            settle_pending(c, t);
        }
        break;
    }
    case SYM_CONST: resolve_const(c, NULL, y); break;
    case SYM_VAR: y->type = infer_var_type(c, y); break;
    case SYM_FUNC:
        if (!y->type) y->type = resolve_func_type(c, NULL, y->decl->u.funcdecl.type);
        break;
    default: break;
    }
    y->state = 2;
    c->nresolving--;
    c->pkg = save;
}

/* protos_rollback drops the protos a dry run made after index n, except the
 * method wrappers, which type method tables keep. */
void protos_rollback(Compiler *c, int n)
{
    Program *pg = c->prog;
    int w = n;
    for (int i = n; i < pg->nprotos; i++) {
        Proto *q = pg->protos[i];
        bool keep = false;
        for (int k = 0; k < c->npersist && !keep; k++) keep = c->persist[k] == q;
        if (keep) {
            pg->protos[w++] = q;
            continue;
        }
        free(q->code);
        free(q->lines);
        free(q->live);
        free(q->jcost);
        free(q->up);
        free(q->name_pcs);
        free(q->names_at);
        free(q);
    }
    pg->nprotos = w;
}

/* --- constants and variables at package level --- */

typedef struct Scratch {
    FuncState fs;
    Proto     proto;
    int       nprotos;
    bool      dry;
} Scratch;

/* A scratch function to type-check an expression outside any function; its
 * code and any protos it made are thrown away. */
static void scratch_begin(Compiler *c, Scratch *s, Scope *scope, SrcPos pos, bool dry)
{
    memset(&s->proto, 0, sizeof s->proto);
    s->proto.pos = pos;
    s->nprotos = c->prog->nprotos;
    s->dry = c->dry_run;
    c->dry_run = dry;
    fs_begin(&s->fs, c, NULL, &s->proto);
    s->fs.scope = scope_new(c, scope, &s->fs);
}

static void scratch_end(Compiler *c, Scratch *s)
{
    free(s->fs.code);
    free(s->fs.lines);
    free(s->fs.live);
    free(s->fs.folded);
    free(s->fs.ups);
    free(s->fs.upsyms);
    free(s->fs.name_pcs);
    free(s->fs.names_at);
    protos_rollback(c, s->nprotos);
    c->dry_run = s->dry;
}

Scope *file_scope(Compiler *c, SrcPos pos)
{
    return c->pkg->file_scopes[pos.file - c->pkg->files[0]->pos.file];
}

int cur_iota = -1;

/* resolve_const evaluates y's expression (with y's iota) to a constant. */
void resolve_const(Compiler *c, FuncState *fs, Symbol *y)
{
    if (!y->cexpr) {
        errorf(c, y->pos, "missing init expr for const declaration");
        y->type = ty_invalid;
        return;
    }
    Scratch s;
    scratch_begin(c, &s, fs ? fs->scope : file_scope(c, y->pos), y->pos, false);
    int save = cur_iota;
    cur_iota = y->iota;
    Type *declared = y->ctype ? resolve_type(c, fs ? fs : &s.fs, y->ctype) : NULL;
    Operand x;
    expr(&s.fs, y->cexpr, &x);
    cur_iota = save;
    if (x.mode == OM_CONST) {
        if (declared && declared != ty_invalid) {
            if (!type_is_numeric(declared) && !type_is_string(declared) && !type_is_boolean(declared)) {
                errorf(c, y->ctype->pos, "invalid constant type %s", tstr(c, declared));
                y->type = ty_invalid;
            } else {
                coerce(&s.fs, &x, declared, "constant declaration");
                y->type = x.mode == OM_CONST ? declared : ty_invalid;
            }
        } else {
            y->type = x.type;
        }
        y->cval = x.cv;
    } else {
        if (x.mode != OM_INVALID) {
            Buf b = BUF_INIT;
            describe(&b, c, &x);
            errorf(c, y->cexpr->pos, "%s is not constant", buf_str(&b));
            buf_fini(&b);
        }
        y->type = ty_invalid;
    }
    scratch_end(c, &s);
}

/* infer_var_type finds the type of a package-level variable from its
 * declaration: the declared type, or the default type of its initializer. */
Type *infer_var_type(Compiler *c, Symbol *y)
{
    Node *spec = y->decl;
    if (spec->u.value.type) return resolve_type(c, NULL, spec->u.value.type);
    NodeList *vals = &spec->u.value.values;
    if (vals->len == 0) return ty_invalid;
    Scratch s;
    scratch_begin(c, &s, file_scope(c, y->pos), y->pos, true);
    Type *t = ty_invalid;
    int j = y->iota;   /* the name's index in its spec */
    if (vals->len == spec->u.value.names.len) {
        Operand x;
        expr(&s.fs, vals->v[j], &x);
        if (x.mode == OM_CONST || x.mode == OM_VALUE) {
            /* the default type even when the constant does not fit it: the
             * initialiser, compiled later, reports that */
            t = type_is_untyped(x.type) && x.type != ty_untyped_nil ? default_type(x.type) : x.type;
        }
    } else if (vals->len == 1) {
        Operand x;
        expr(&s.fs, vals->v[0], &x);
        if (x.mode == OM_VALUE && x.type->kind == K_TUPLE && j < x.type->nparams) t = x.type->params[j];
        else if (x.commaok && j < 2) t = j == 0 ? x.type : ty_bool;
    }
    scratch_end(c, &s);
    if (t == ty_untyped_nil) {
        errorf(c, vals->v[0]->pos, "use of untyped nil in variable declaration");
        t = ty_invalid;
    }
    return t;
}

/* --- method wrappers for interface dispatch --- */

int proto_index(Compiler *c, Proto *p)
{
    for (int i = c->prog->nprotos - 1; i >= 0; i--)
        if (c->prog->protos[i] == p) return i;
    return proto_add(c, p);
}

Proto *compile_method_wrapper(Compiler *c, Type *recv, Method *m, Selection *sel, bool ptr)
{
    Type *sig = m->sig;
    int np = sig->nparams + 1, nr = sig->nresults;
    Buf name = BUF_INIT;
    Type *named = ptr ? recv->elem : recv;
    if (ptr) buf_printf(&name, "%s.(*%s).%s", named->pkg ? named->pkg : "main", named->name ? named->name : "struct", m->name);
    else buf_printf(&name, "%s.%s.%s", named->pkg ? named->pkg : "main", named->name ? named->name : "struct", m->name);
    Proto *p = proto_new(c, arena_strndup(&c->arena, name.data, name.len), m->fn ? m->fn->pos : (SrcPos){0, 0, 0});
    buf_fini(&name);
    proto_add(c, p);
    XPUSH(c->persist, c->npersist, c->cappersist, p);
    p->nparams = (uint16_t)np;
    p->nresults = (uint16_t)nr;
    p->type = sig;
    FuncState fs;
    fs_begin(&fs, c, NULL, p);
    fs.freereg = fs.maxreg = np;
    int cur = 0, outer = -1;
    Type *ct = recv;
    if (ptr && sel->depth == 0 && !m->ptr_recv && !(sel->recv_base && sel->recv_base->kind == K_INTERFACE))
        emit(&fs, OP_NILCHK, 0, 2, 0);   /* value method T.M through a nil *T: Go's panicwrap message */
    for (int d = 0; d < sel->depth; d++) {
        Type *b = ct->kind == K_POINTER && !ct->name ? ct->elem : ct;
        int fi = sel->path[d];
        int r = reg_alloc(&fs, 1);
        emit(&fs, OP_GETF, r, cur, fi);
        outer = cur;
        cur = r;
        ct = b->fields[fi].type;
    }
    int base = reg_alloc(&fs, 1 + np);
    bool ctptr = ct->kind == K_POINTER && !ct->name;
    Type *pointee = ctptr ? ct->elem : ct;
    if (sel->recv_base && sel->recv_base->kind == K_INTERFACE) {
        emit(&fs, OP_MOVE, base + 1, cur, 0);
    } else if (m->ptr_recv && !ctptr && !type_is_aggregate(ct) && outer >= 0) {
        emit(&fs, OP_FADDR, base + 1, outer, sel->path[sel->depth - 1]);   /* promoted from an embedded scalar */
    } else if (m->ptr_recv) {
        emit(&fs, ctptr ? OP_MOVE : OP_ADDRW, base + 1, cur, 0);
    } else if (!ctptr) {
        if (type_is_aggregate(pointee)) emit(&fs, OP_CLONE, base + 1, cur, (int)type_id(c, pointee));
        else emit(&fs, OP_MOVE, base + 1, cur, 0);
    } else if (type_is_aggregate(pointee)) {
        emit(&fs, OP_CLONE, base + 1, cur, (int)type_id(c, pointee));
    } else {
        emit(&fs, OP_LOAD, base + 1, cur, 0);
    }
    for (int i = 1; i < np; i++) emit(&fs, OP_MOVE, base + 1 + i, i, 0);
    if (sel->recv_base && sel->recv_base->kind == K_INTERFACE)
        emit_bx(&fs, OP_CALLI, base, (uint32_t)name_index(c, m->name));
    else
        emit_bx(&fs, OP_CALL, base, (uint32_t)proto_index(c, m->fn));
    emit(&fs, OP_RET, base, nr, 0);
    fs_end(&fs);
    return p;
}
