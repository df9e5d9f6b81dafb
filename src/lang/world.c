/* lang/world.c: what one package may select of another's: Go's export rule
 * for the std packages' fields and methods, and a lesson's world sealed like
 * another package. A lesson's program is the learner's files (edit) and the
 * world's (SourceFile.world), all package main; from an edit file, the world is
 * seen as Go shows another package: only its exported names, fields and
 * methods, and not os.Args (the parameters the grader gives the world).
 * Otherwise a fix could print the world's private state instead of computing
 * the answer, and pass. */
#include <string.h>

#include "base/i18n.h"
#include "base/path.h"
#include "lang/compiler.h"

bool exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

/* kind of the file at pos in the sealed package: 0 none, 1 world, 2 edit */
static int file_kind(Compiler *c, SrcPos pos)
{
    Package *p = c->sealed;
    if (!p || !p->nfiles || !p->files[0]) return 0;
    int i = (int)pos.file - (int)p->files[0]->pos.file;
    if (i < 0 || i >= p->nfiles) return 0;
    return p->world[i] ? 1 : 2;
}

/* private_at reports that name, declared at decl in a world file, is private */
static void private_at(Compiler *c, SrcPos pos, const char *what, SrcPos decl)
{
    const char *wf = path_base(c->diags->files[decl.file]);
    errorf(c, pos, _("%s is private to the lesson's world (%s:%u:%u): a fix may use only the names %s exports"),
           what, wf, decl.line, decl.col, wf);
}

bool world_hidden(Compiler *c, Symbol *y)
{
    return y->pkg && y->pkg == c->sealed && y->pos.line && file_kind(c, y->pos) == 1 && !exported(y->name);
}

void undefined_name(Compiler *c, SrcPos pos, const char *name)
{
    if (c->sealed && file_kind(c, pos) == 2) {
        Symbol *y = scope_lookup_local(c->sealed->scope, name);
        if (y && world_hidden(c, y)) {
            private_at(c, pos, name, y->pos);
            return;
        }
    }
    errorf(c, pos, "undefined: %s", name);
}

bool world_file(Compiler *c, SrcPos pos) { return file_kind(c, pos) == 1; }

/* edit_declares: an edit file of p declares name at package level */
static bool edit_declares(Package *p, const char *name)
{
    for (int i = 0; i < p->nfiles; i++) {
        if (p->world[i]) continue;
        NodeList *ds = &p->files[i]->u.file.decls;
        for (int k = 0; k < ds->len; k++) {
            Node *d = ds->v[k];
            if (d->kind == N_FUNC_DECL) {
                if (!d->u.funcdecl.recv && d->u.funcdecl.name->u.ident.name == name) return true;
                continue;
            }
            if (d->kind != N_GEN_DECL || d->u.gen.tok == T_IMPORT) continue;
            for (int si = 0; si < d->u.gen.specs.len; si++) {
                Node *spec = d->u.gen.specs.v[si];
                if (d->u.gen.tok == T_TYPE) {
                    if (spec->u.typespec.name->u.ident.name == name) return true;
                    continue;
                }
                for (int j = 0; j < spec->u.value.names.len; j++)
                    if (spec->u.value.names.v[j]->u.ident.name == name) return true;
            }
        }
    }
    return false;
}

Scope *package_scope(Compiler *c, Package *p, SrcPos pos, const char *name)
{
    /* main stays one name: the world's main is the program's entry */
    if (p != c->sealed || exported(name) || name == c->n_main || file_kind(c, pos) != 1 || !edit_declares(p, name))
        return p->scope;
    if (!p->world_scope) {
        p->world_scope = scope_new(c, p->scope, NULL);
        for (int i = 0; i < p->nfiles; i++)
            if (p->world[i]) p->file_scopes[i]->parent = p->world_scope;
    }
    return p->world_scope;
}

Symbol *package_lookup(Compiler *c, Package *p, SrcPos pos, const char *name)
{
    Symbol *y = p->world_scope && file_kind(c, pos) == 1 ? scope_lookup_local(p->world_scope, name) : NULL;
    return y ? y : scope_lookup_local(p->scope, name);
}

/* world_start: the first world file's start, where a member with no
 * declaration of its own (of an unnamed world type) is said to be */
static SrcPos world_start(Compiler *c)
{
    SrcPos pos = {1, 1, 0};
    for (int i = 0; i < c->sealed->nfiles; i++)
        if (c->sealed->world[i]) { pos.file = c->sealed->files[i]->pos.file; break; }
    return pos;
}

/* member_pos: where the world declares member name of type t (named, or
 * an unnamed struct or interface: found through the named types that the
 * world declares with it as underlying type); else world_start */
static SrcPos member_pos(Compiler *c, Type *t, const char *name)
{
    Scope *scopes[] = {c->sealed->scope, c->sealed->world_scope};
    for (int si = 0; si < 2 && scopes[si]; si++)
        for (Symbol *y = scopes[si]->syms; y; y = y->next) {
            if (y->kind != SYM_TYPE || !y->type || file_kind(c, y->pos) != 1) continue;
            if (y->type != t && y->type->under != t) continue;
            Node *e = y->decl && y->decl->kind == N_TYPE_SPEC ? y->decl->u.typespec.type : NULL;
            if (!e || (e->kind != N_STRUCT_TYPE && e->kind != N_INTERFACE_TYPE)) return y->pos;
            for (int i = 0; i < e->u.fields.list.len; i++) {
                Node *f = e->u.fields.list.v[i];
                if (f->u.field.names.len == 0) {
                    Node *tn = f->u.field.type;
                    if (tn->kind == N_STAR) tn = tn->u.unary.x;
                    const char *n = tn->kind == N_SELECTOR ? tn->u.sel.name->u.ident.name
                                    : tn->kind == N_IDENT  ? tn->u.ident.name
                                                           : NULL;
                    if (n == name) return tn->pos;
                }
                for (int j = 0; j < f->u.field.names.len; j++)
                    if (f->u.field.names.v[j]->u.ident.name == name) return f->u.field.names.v[j]->pos;
            }
            return y->pos;
        }
    return world_start(c);
}

/* other_package: the package name of the type that declares what s selects
 * on t, when it is not the package being compiled (a std package's) */
static const char *other_package(Compiler *c, Type *t, const Selection *s)
{
    const char *pkg = NULL;
    if (s->kind == SEL_METHOD) {
        pkg = s->recv_base->pkg;
    } else {
        Type *ct = t;
        for (int d = 0; d < s->depth - 1; d++) {
            Type *b = (ct->kind == K_POINTER && !ct->name ? ct->elem : ct)->under;
            ct = b->fields[s->path[d]].type;
        }
        Type *b = ct->kind == K_POINTER && !ct->name ? ct->elem : ct;
        Type *outer = t->kind == K_POINTER && !t->name ? t->elem : t;
        pkg = b->name ? b->pkg : outer->pkg;
    }
    return pkg && c->pkg && strcmp(pkg, c->pkg->name) != 0 ? pkg : NULL;
}

bool world_selection(Compiler *c, Type *t, const Selection *s, Node *sel)
{
    const char *name = sel->u.sel.name->u.ident.name;
    if (exported(name)) return true;
    if ((s->kind == SEL_FIELD || s->kind == SEL_METHOD) && other_package(c, t, s)) {
        /* another package's unexported field or method, read, written, addressed or called */
        errorf(c, sel->u.sel.name->pos, "%s undefined (cannot refer to unexported %s %s)", estr(sel),
               s->kind == SEL_FIELD ? "field" : "method", name);
        return false;
    }
    if (file_kind(c, sel->pos) != 2) return true;
    SrcPos decl = {0, 0, 0};
    Type *holder = NULL;
    if (s->kind == SEL_FIELD) {
        Type *ct = t;
        for (int d = 0; d < s->depth - 1; d++) {
            Type *b = (ct->kind == K_POINTER && !ct->name ? ct->elem : ct)->under;
            ct = b->fields[s->path[d]].type;
        }
        holder = (ct->kind == K_POINTER && !ct->name ? ct->elem : ct)->under;
        if (!holder->fields[s->path[s->depth - 1]].world) return true;
    } else if (s->kind == SEL_METHOD) {
        if (!s->method->world) return true;
        holder = s->recv_base->kind == K_INTERFACE ? s->recv_base->under : s->recv_base;
        if (s->method->fn && s->recv_base->kind != K_INTERFACE) decl = s->method->fn->pos;
    } else {
        return true;
    }
    private_at(c, sel->u.sel.name->pos, estr(sel), decl.line ? decl : member_pos(c, holder, name));
    return false;
}

bool world_std_name(Compiler *c, Package *pkg, Node *sel)
{
    if (file_kind(c, sel->pos) != 2 || strcmp(pkg->path, "os") != 0 ||
        strcmp(sel->u.sel.name->u.ident.name, "Args") != 0)
        return true;
    errorf(c, sel->u.sel.name->pos,
           _("os.Args holds the parameters of the lesson's world: a fix reads the world through what %s exports"),
           path_base(c->diags->files[world_start(c).file]));
    return false;
}

bool world_lit_field(Compiler *c, Type *t, int fi, Node *key, SrcPos pos)
{
    Field *f = &t->under->fields[fi];
    if (!f->world || file_kind(c, pos) != 2) return true;
    SrcPos decl = member_pos(c, t->under, f->name);
    const char *wf = path_base(c->diags->files[decl.file]);
    if (key)
        errorf(c, pos, _("cannot refer to field %s in a literal of type %s: it is private to the lesson's world (%s:%u:%u)"),
               f->name, tstr(c, t), wf, decl.line, decl.col);
    else
        errorf(c, pos,
               _("implicit assignment to field %s in a literal of type %s: it is private to the lesson's world (%s:%u:%u)"),
               f->name, tstr(c, t), wf, decl.line, decl.col);
    return false;
}

bool world_method_decl(Compiler *c, Symbol *ts, Node *d, Node *rt)
{
    if (file_kind(c, d->pos) != 2 || file_kind(c, ts->pos) != 1) return true;
    if (!exported(ts->name)) {
        private_at(c, rt->pos, ts->name, ts->pos);
        return false;
    }
    errorf(c, rt->pos, _("cannot define new methods on %s: the lesson's world declares it (%s:%u:%u)"), ts->name,
           path_base(c->diags->files[ts->pos.file]), ts->pos.line, ts->pos.col);
    return false;
}
