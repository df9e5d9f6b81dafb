/* lang/compile.c: the compiler's driver: loads the user's package and the
 * std packages it imports, collects and resolves declarations, compiles every
 * function (twice: a dry run finds the variables closures capture, then the
 * real pass boxes them), and builds the entry proto that initialises the
 * packages in dependency order and calls main.main. */
#include <stdlib.h>
#include <string.h>

#include "base/stack.h"
#include "base/xalloc.h"
#include "lang/compiler.h"
#include "lang/parse.h"
#include "lib/stdlib.h"

void universe_init(Compiler *c);
void type_ids_new_program(void);
int proto_index(Compiler *c, Proto *p);
Type *resolve_func_type(Compiler *c, FuncState *fs, Node *ft);

/* the file table for diagnostics: lives until compile_fini */
static char **file_names;
static int nfile_names, capfile_names;
static Arena names_arena;
static Interner names;
static bool names_ready;

static uint16_t add_file(Compiler *c, const char *name, const char *abspath)
{
    XPUSH(file_names, nfile_names, capfile_names, xstrdup(name));
    Program *p = c->prog;
    p->files = xrealloc(p->files, sizeof *p->files * (size_t)(p->nfiles + 1));
    p->files[p->nfiles++] = xstrdup(abspath);
    c->diags->files = (const char *const *)file_names;
    return (uint16_t)(nfile_names - 1);
}

void compile_fini(void)
{
    for (int i = 0; i < nfile_names; i++) free(file_names[i]);
    free(file_names);
    file_names = NULL;
    nfile_names = capfile_names = 0;
}

static Package *load_package(Compiler *c, const char *path, const SourceFile *files, int n, bool is_std);

static Package *import_std(Compiler *c, const char *path, SrcPos pos)
{
    for (int i = 0; i < c->npkgs; i++)
        if (strcmp(c->pkgs[i]->path, path) == 0) {
            if (c->pkgs[i]->state == 1) errorf(c, pos, "import cycle not allowed");
            return c->pkgs[i];
        }
    const StdSource *s = stdlib_source(path);
    if (!s) return NULL;
    Buf abs = BUF_INIT;
    buf_printf(&abs, "$GOROOT/src/%s/%s", path, s->file);
    SourceFile f = {s->file, abs.data, s->text, strlen(s->text), false};
    Package *p = load_package(c, path, &f, 1, true);
    buf_fini(&abs);
    return p;
}

static const char *unsupported_import(const char *path)
{
    static const char *const reasons[][2] = {
        {"unsafe", "unsafe"}, {"reflect", "reflection"}, {"C", "cgo"}, {"net", "real I/O"},
        {"net/http", "real I/O"}, {"io/ioutil", "real I/O"}, {"bufio", "real I/O"}, {"os/exec", "real I/O"},
        {"syscall", "real I/O"},
    };
    for (size_t i = 0; i < sizeof reasons / sizeof *reasons; i++)
        if (strcmp(reasons[i][0], path) == 0) return reasons[i][1];
    return NULL;
}

/* packages of the Go subset that the next version of the runtime brings */
static bool upcoming_import(const char *path)
{
    static const char *const upcoming[] = {NULL};   /* none left: all are in std now */
    for (size_t i = 0; upcoming[i]; i++)
        if (strcmp(upcoming[i], path) == 0) return true;
    return false;
}

static void collect(Compiler *c, Package *p)
{
    for (int fi = 0; fi < p->nfiles; fi++) {
        Node *f = p->files[fi];
        Scope *fscope = p->file_scopes[fi];
        for (int di = 0; di < f->u.file.decls.len; di++) {
            Node *d = f->u.file.decls.v[di];
            if (d->kind == N_FUNC_DECL) {
                Node *name = d->u.funcdecl.name;
                if (d->u.funcdecl.tparams) {
                    errorf(c, name->pos, "generic functions are not in gorolab's Go subset (see gorolab-go(7))");
                    continue;
                }
                if (d->u.funcdecl.recv) {
                    XPUSH(p->methods, p->nmethods, p->capmethods, d);
                    continue;
                }
                Buf qn = BUF_INIT;
                buf_printf(&qn, "%s.%s", p->path, name->u.ident.name);
                Proto *pr = proto_new(c, arena_strndup(&c->arena, qn.data, qn.len), name->pos);
                buf_fini(&qn);
                proto_add(c, pr);
                if (name->u.ident.name == c->n_init && !d->u.funcdecl.recv) {
                    if (d->u.funcdecl.type->u.functype.params.len || d->u.funcdecl.type->u.functype.results.len)
                        errorf(c, name->pos, "func init must have no arguments and no return values");
                    XPUSH(p->inits, p->ninits, p->capinits, pr);
                    Symbol *y = arena_alloc(&c->arena, sizeof *y);
                    y->kind = SYM_FUNC;
                    y->name = name->u.ident.name;
                    y->decl = d;
                    y->pkg = p;
                    y->proto = pr;
                    y->pos = name->pos;
                    XPUSH(p->funcs, p->nfuncs, p->capfuncs, y);
                    continue;
                }
                Symbol *y = declare(c, package_scope(c, p, name->pos, name->u.ident.name), SYM_FUNC, name, NULL);
                y->decl = d;
                y->proto = pr;
                XPUSH(p->funcs, p->nfuncs, p->capfuncs, y);
                continue;
            }
            if (d->kind != N_GEN_DECL) continue;
            Node *last_vals = NULL, *last_type = NULL;
            for (int si = 0; si < d->u.gen.specs.len; si++) {
                Node *spec = d->u.gen.specs.v[si];
                switch (d->u.gen.tok) {
                case T_IMPORT: break;
                case T_TYPE: {
                    Node *id = spec->u.typespec.name;
                    Symbol *y = declare(c, package_scope(c, p, id->pos, id->u.ident.name), SYM_TYPE, id, NULL);
                    y->decl = spec;
                    break;
                }
                case T_CONST:
                    if (spec->u.value.values.len) { last_vals = spec; last_type = spec->u.value.type; }
                    for (int j = 0; j < spec->u.value.names.len; j++) {
                        Node *id = spec->u.value.names.v[j];
                        Symbol *y = declare(c, package_scope(c, p, id->pos, id->u.ident.name), SYM_CONST, id, NULL);
                        y->decl = spec;
                        y->iota = spec->u.value.iota;
                        y->ctype = spec->u.value.values.len ? spec->u.value.type : last_type;
                        y->cexpr = last_vals && j < last_vals->u.value.values.len ? last_vals->u.value.values.v[j] : NULL;
                        y->used = true;
                    }
                    break;
                case T_VAR:
                    for (int j = 0; j < spec->u.value.names.len; j++) {
                        Node *id = spec->u.value.names.v[j];
                        Symbol *y = declare(c, package_scope(c, p, id->pos, id->u.ident.name), SYM_VAR, id, NULL);
                        y->decl = spec;
                        y->iota = j;
                        y->global = true;
                        y->gidx = c->prog->nglobals++;
                        y->used = true;
                        XPUSH(p->vars, p->nvars, p->capvars, y);
                    }
                    break;
                default: break;
                }
            }
        }
        (void)fscope;
    }
}

static void declare_methods(Compiler *c, Package *p)
{
    for (int i = 0; i < p->nmethods; i++) {
        Node *d = p->methods[i];
        Node *recv = d->u.funcdecl.recv;
        Node *rt = recv->u.field.type;
        bool ptr = false;
        if (rt->kind == N_STAR) { ptr = true; rt = rt->u.unary.x; }
        while (rt->kind == N_PAREN) rt = rt->u.unary.x;
        Symbol *ts = rt->kind == N_IDENT ? package_lookup(c, p, rt->pos, rt->u.ident.name) : NULL;
        const char *mname = d->u.funcdecl.name->u.ident.name;
        if (!ts || ts->kind != SYM_TYPE) {
            if (rt->kind == N_IDENT && lookup(c, c->universe, rt->u.ident.name))
                errorf(c, rt->pos, "cannot define new methods on non-local type %s", rt->u.ident.name);
            else
                errorf(c, rt->pos, "undefined: %s", estr(rt));
            continue;
        }
        resolve_symbol(c, ts);
        Type *t = ts->type;
        if (t == ty_invalid) continue;
        if (!world_method_decl(c, ts, d, rt)) continue;
        if (!t->name || t->kind == K_POINTER || t->kind == K_INTERFACE) {
            errorf(c, rt->pos, "invalid receiver type %s", estr(rt));
            continue;
        }
        Type *sig = resolve_func_type(c, NULL, d->u.funcdecl.type);
        bool dup = false;
        for (int k = 0; k < t->nmethods; k++)
            if (t->methods[k].name == mname) {
                errorf(c, d->u.funcdecl.name->pos, "method %s.%s already declared", t->name, mname);
                dup = true;
            }
        if (t->kind == K_STRUCT)
            for (int k = 0; k < t->nfields; k++)
                if (t->fields[k].name == mname) {
                    errorf(c, d->u.funcdecl.name->pos, "field and method with the same name %s", mname);
                    dup = true;
                }
        if (dup) continue;
        Buf qn = BUF_INIT;
        if (ptr) buf_printf(&qn, "%s.(*%s).%s", p->path, t->name, mname);
        else buf_printf(&qn, "%s.%s.%s", p->path, t->name, mname);
        Proto *pr = proto_new(c, arena_strndup(&c->arena, qn.data, qn.len), d->u.funcdecl.name->pos);
        buf_fini(&qn);
        proto_add(c, pr);
        Method m = {0};
        m.name = mname;
        m.sig = sig;
        m.fn = pr;
        m.ptr_recv = ptr;
        m.world = !exported(mname) && world_file(c, d->pos);
        XGROW(t->methods, t->nmethods, t->capmethods);
        t->methods[t->nmethods++] = m;
        Symbol *y = arena_alloc(&c->arena, sizeof *y);
        y->kind = SYM_FUNC;
        y->name = mname;
        y->decl = d;
        y->pkg = p;
        y->proto = pr;
        y->type = sig;
        y->state = 2;
        XPUSH(p->funcs, p->nfuncs, p->capfuncs, y);
    }
}

/* compile_func compiles one function declaration's body (dry run, then real). */
static void compile_func(Compiler *c, Package *p, Symbol *y)
{
    Node *d = y->decl;
    Proto *pr = y->proto;
    Type *sig = y->type;
    if (!sig) sig = y->type = resolve_func_type(c, NULL, d->u.funcdecl.type);
    if (!d->u.funcdecl.body) {
        Buf qn = BUF_INIT;
        if (d->u.funcdecl.recv) {
            Node *rt = d->u.funcdecl.recv->u.field.type;
            if (rt->kind == N_STAR) rt = rt->u.unary.x;
            buf_printf(&qn, "%s.%s.%s", p->name, estr(rt), y->name);
        } else {
            buf_printf(&qn, "%s.%s", p->name, y->name);
        }
        pr->native = p->is_std ? native_lookup(buf_str(&qn)) : NULL;
        if (!pr->native) errorf(c, d->u.funcdecl.name->pos, "missing function body");
        int np = sig->nparams + (d->u.funcdecl.recv ? 1 : 0);
        pr->nparams = (uint16_t)np;
        pr->nresults = (uint16_t)sig->nresults;
        pr->nregs = (uint16_t)(np > sig->nresults ? np : sig->nresults);
        pr->type = sig;
        buf_fini(&qn);
        return;
    }
    c->far_jump = false;
    for (int pass = 0; pass < 2; pass++) {
        int nprotos = c->prog->nprotos;
        c->dry_run = pass == 0;
        /* a body too long for compare-and-jump's 16-bit offsets: the real
         * pass uses separate compares and 32-bit jumps */
        c->no_fused = pass == 1 && c->far_jump;
        c->muted = false;
        FuncState fs;
        fs_begin(&fs, c, NULL, pr);
        fs.name = pr->name;
        fs.scope = p->file_scopes[d->pos.file - p->files[0]->pos.file];
        func_body(c, &fs, d->u.funcdecl.type, d->u.funcdecl.body, d->u.funcdecl.recv, sig);
        if (pass == 0) {
            /* drop the closures the dry run made */
            protos_rollback(c, nprotos);
        }
    }
    c->dry_run = false;
    c->no_fused = false;
    c->muted = false;
}

/* --- package variables whose address is taken live in boxes --- */

typedef struct AddrScan { Package *p; } AddrScan;

static void mark_global(Package *p, Node *id)
{
    if (!id || id->kind != N_IDENT) return;
    /* by name: boxing a variable that needs no box is harmless */
    Scope *scopes[] = {p->scope, p->world_scope};
    for (int i = 0; i < 2 && scopes[i]; i++) {
        Symbol *y = scope_lookup_local(scopes[i], id->u.ident.name);
        if (y && y->kind == SYM_VAR && y->global) y->boxed = true;   /* aggregates ignore it */
    }
}

static void addr_visit(Node *n, void *ctx)
{
    AddrScan *a = ctx;
    if (n->kind == N_UNARY && n->u.unary.op == T_AND) mark_global(a->p, n->u.unary.x);
    /* g.M() and the method value g.M may take g's address for a pointer method */
    if (n->kind == N_SELECTOR) mark_global(a->p, n->u.sel.x);
}

/* box_addressed_globals marks the package variables that `&v` or a method
 * call may point into: they are stored behind a pointer in their global slot. */
static void box_addressed_globals(Package *p)
{
    AddrScan a = {p};
    for (int i = 0; i < p->nfiles; i++) ast_walk(p->files[i], addr_visit, &a);
}

/* --- initialisation order (Go spec, "Package initialization") --- */

/* The dependency graph of a package's variables and functions (types2's
 * initorder.go): node k is a variable (k < nvars, in declaration order) or
 * a function; refs are the package-level variables and functions its
 * initialiser or body names (the compiler left each reference's symbol in
 * the identifier's aux, see note_ref), sorted by source position. */
typedef struct InitNode {
    Symbol *sym;
    int    *refs;
    int     nrefs, caprefs;
    int    *succ, *pred;    /* variables only: refs with functions eliminated */
    int     nsucc, capsucc, npred, cappred;
    int     ndeps;          /* successors not yet initialised */
    int     heap;           /* index in the queue; -1 once out */
} InitNode;

typedef struct InitGraph {
    Package  *p;
    InitNode *n;
    int       nn, nvars;
    int      *stamp;        /* per node: the walk that last saw it */
    int       walk;
    int       cur;          /* node whose refs are being collected */
    struct ProtoNode { Proto *p; int k; } *protos;   /* methods' bodies, by address */
    int       nprotos;
} InitGraph;

static int by_proto(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)((const struct ProtoNode *)a)->p, y = (uintptr_t)((const struct ProtoNode *)b)->p;
    return x < y ? -1 : x > y;
}

static void ref_visit(Node *e, void *ctx)
{
    InitGraph *g = ctx;
    int k;
    if (e->kind == N_SELECTOR && e->u.sel.name->aux) {   /* a method (note_method) */
        struct ProtoNode key = {e->u.sel.name->aux, 0}, *hit;
        hit = bsearch(&key, g->protos, (size_t)g->nprotos, sizeof key, by_proto);
        if (!hit) return;
        k = hit->k;
    } else {
        if (e->kind != N_IDENT || !e->aux) return;
        Symbol *y = e->aux;
        if (y->pkg != g->p || y->init_id <= 0 || y->init_id > g->nn) return;
        k = y->init_id - 1;
        if (g->n[k].sym != y) return;
    }
    if (g->stamp[k] == g->walk) return;
    g->stamp[k] = g->walk;
    InitNode *n = &g->n[g->cur];
    XPUSH(n->refs, n->nrefs, n->caprefs, k);
}

/* where a node is declared (a method's symbol has no position of its own) */
static SrcPos node_pos(const Symbol *y)
{
    if (y->decl && y->decl->kind == N_FUNC_DECL) return y->decl->u.funcdecl.name->pos;
    return y->pos;
}

static InitGraph *init_graph_sort_nodes;
static int by_pos(const void *a, const void *b)
{
    InitGraph *g = init_graph_sort_nodes;
    int d = srcpos_cmp(node_pos(g->n[*(const int *)a].sym), node_pos(g->n[*(const int *)b].sym));
    return d ? d : *(const int *)a - *(const int *)b;
}

/* The queue: fewest outstanding dependencies first, then declaration order. */
static bool init_less(InitGraph *g, int a, int b)
{
    return g->n[a].ndeps < g->n[b].ndeps || (g->n[a].ndeps == g->n[b].ndeps && a < b);
}
static void heap_swap(InitGraph *g, int *h, int i, int j)
{
    int t = h[i];
    h[i] = h[j];
    h[j] = t;
    g->n[h[i]].heap = i;
    g->n[h[j]].heap = j;
}
static void heap_up(InitGraph *g, int *h, int i)
{
    while (i > 0 && init_less(g, h[i], h[(i - 1) / 2])) {
        heap_swap(g, h, i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
}
static void heap_down(InitGraph *g, int *h, int len, int i)
{
    for (;;) {
        int l = 2 * i + 1, m = i;
        if (l < len && init_less(g, h[l], h[m])) m = l;
        if (l + 1 < len && init_less(g, h[l + 1], h[m])) m = l + 1;
        if (m == i) return;
        heap_swap(g, h, i, m);
        i = m;
    }
}

/* find_path: a path of references from node `from` to node `to`, as
 * types2's findPath: path[0] = to, ..., path[len-1] = the first step. */
static bool find_path(InitGraph *g, int from, int to, int **path, int *len, int *cap)
{
    if (g->stamp[from] == g->walk || stack_deep()) return false;
    g->stamp[from] = g->walk;
    InitNode *n = &g->n[from];
    for (int i = 0; i < n->nrefs; i++) {
        int d = n->refs[i];
        if (d == to || find_path(g, d, to, path, len, cap)) {
            if (d == to) *len = 0;
            XPUSH(*path, *len, *cap, d);
            return true;
        }
    }
    return false;
}

static void report_cycle(Compiler *c, InitGraph *g, int k)
{
    int *cyc = NULL, len = 0, cap = 0;
    g->walk++;
    if (!find_path(g, k, k, &cyc, &len, &cap)) {
        free(cyc);
        return;   /* k is not on the cycle: reported from a node that is */
    }
    Symbol *y = g->n[cyc[0]].sym;
    if (len == 1) {
        errorf(c, y->pos, "initialization cycle: %s refers to itself", y->name);
    } else {
        Buf b = BUF_INIT;
        buf_printf(&b, "initialization cycle for %s", y->name);
        for (int j = len - 1; j >= 0; j--) {
            Symbol *next = g->n[cyc[j]].sym;
            SrcPos at = node_pos(y);
            buf_printf(&b, "\n\t%s:%u:%u: %s refers to %s", c->diags->files[at.file], at.line, at.col,
                       y->name, next->name);
            y = next;
        }
        errorf(c, g->n[cyc[0]].sym->pos, "%s", buf_str(&b));
        buf_fini(&b);
    }
    free(cyc);
}

/* init_order returns the package's variables in Go's initialisation order
 * (the spec's "Package initialization": repeatedly the earliest variable in
 * declaration order that is ready), reporting initialisation cycles as
 * types2 does when report is set. Linear in the size of the graph, times
 * log n for the queue. The result is malloc'd. */
static Symbol **init_order(Compiler *c, Package *p, bool report)
{
    InitGraph g = {0};
    g.p = p;
    g.nvars = p->nvars;
    g.nn = p->nvars + p->nfuncs;
    g.n = xcalloc((size_t)g.nn + 1, sizeof *g.n);
    g.stamp = xcalloc((size_t)g.nn + 1, sizeof *g.stamp);
    for (int i = 0; i < p->nvars; i++) g.n[i].sym = p->vars[i];
    for (int i = 0; i < p->nfuncs; i++) g.n[p->nvars + i].sym = p->funcs[i];
    for (int k = 0; k < g.nn; k++) g.n[k].sym->init_id = k + 1;
    g.protos = xcalloc((size_t)p->nfuncs + 1, sizeof *g.protos);
    for (int i = 0; i < p->nfuncs; i++)
        if (p->funcs[i]->proto) g.protos[g.nprotos++] = (struct ProtoNode){p->funcs[i]->proto, p->nvars + i};
    qsort(g.protos, (size_t)g.nprotos, sizeof *g.protos, by_proto);
    /* direct references */
    for (int k = 0; k < g.nn; k++) {
        Symbol *y = g.n[k].sym;
        g.cur = k;
        g.walk++;
        if (k < g.nvars) {
            NodeList *vals = &y->decl->u.value.values;
            if (vals->len == y->decl->u.value.names.len) ast_walk(vals->v[y->iota], ref_visit, &g);
            else if (vals->len == 1) ast_walk(vals->v[0], ref_visit, &g);
        } else if (y->decl && y->decl->kind == N_FUNC_DECL) {
            ast_walk(y->decl->u.funcdecl.body, ref_visit, &g);
        }
        init_graph_sort_nodes = &g;
        if (g.n[k].nrefs > 1) qsort(g.n[k].refs, (size_t)g.n[k].nrefs, sizeof(int), by_pos);
    }
    /* functions eliminated: a variable depends on the variables it reaches
     * through functions only */
    int *stack = NULL, nstack = 0, capstack = 0;
    for (int v = 0; v < g.nvars; v++) {
        g.walk++;
        nstack = 0;
        XPUSH(stack, nstack, capstack, v);
        while (nstack > 0) {
            InitNode *n = &g.n[stack[--nstack]];
            for (int i = 0; i < n->nrefs; i++) {
                int d = n->refs[i];
                if (g.stamp[d] == g.walk) continue;
                g.stamp[d] = g.walk;
                if (d < g.nvars) {
                    XPUSH(g.n[v].succ, g.n[v].nsucc, g.n[v].capsucc, d);
                    XPUSH(g.n[d].pred, g.n[d].npred, g.n[d].cappred, v);
                } else {
                    XPUSH(stack, nstack, capstack, d);
                }
            }
        }
    }
    free(stack);
    int *heap = xcalloc((size_t)g.nvars + 1, sizeof *heap);
    int len = g.nvars;
    for (int v = 0; v < g.nvars; v++) {
        g.n[v].ndeps = g.n[v].nsucc;
        heap[v] = v;
        g.n[v].heap = v;
    }
    for (int i = len / 2 - 1; i >= 0; i--) heap_down(&g, heap, len, i);
    Symbol **order = xcalloc((size_t)g.nvars + 1, sizeof *order);
    bool *placed = xcalloc((size_t)g.nvars + 1, 1);
    int nout = 0;
    while (len > 0) {
        int v = heap[0];
        heap_swap(&g, heap, 0, --len);
        g.n[v].heap = -1;
        heap_down(&g, heap, len, 0);
        if (g.n[v].ndeps > 0 && report) report_cycle(c, &g, v);
        for (int i = 0; i < g.n[v].npred; i++) {
            InitNode *q = &g.n[g.n[v].pred[i]];
            q->ndeps--;
            if (q->heap >= 0) heap_up(&g, heap, q->heap);
        }
        if (placed[v]) continue;
        /* the names of one spec are initialised together, at the first one */
        Node *spec = p->vars[v]->decl;
        if (spec->u.value.names.len > 1) {
            int first = v - p->vars[v]->iota;
            for (int j = 0; j < spec->u.value.names.len; j++) {
                int w = first + j;
                if (w >= 0 && w < g.nvars && p->vars[w]->decl == spec && !placed[w]) {
                    placed[w] = true;
                    order[nout++] = p->vars[w];
                }
            }
        }
        if (!placed[v]) {
            placed[v] = true;
            order[nout++] = p->vars[v];
        }
    }
    for (int k = 0; k < g.nn; k++) {
        g.n[k].sym->init_id = 0;
        free(g.n[k].refs);
        free(g.n[k].succ);
        free(g.n[k].pred);
    }
    free(g.n);
    free(g.stamp);
    free(g.protos);
    free(heap);
    free(placed);
    return order;
}

/* the package's initialiser: variables in dependency order, then init()s */
static Proto *package_init(Compiler *c, Package *p)
{
    Buf qn = BUF_INIT;
    buf_printf(&qn, "%s.init", p->name);
    Proto *pr = proto_new(c, arena_strndup(&c->arena, qn.data, qn.len), p->files[0]->pos);
    buf_fini(&qn);
    proto_add(c, pr);
    c->far_jump = false;
    for (int pass = 0; pass < 2; pass++) {
        int nprotos = c->prog->nprotos;
        c->dry_run = pass == 0;
        c->no_fused = pass == 1 && c->far_jump;
        c->muted = false;   /* as in compile_func */
        FuncState fs;
        fs_begin(&fs, c, NULL, pr);
        fs.name = pr->name;
        fs.sig = type_func(NULL, 0, NULL, 0, false);
        Symbol **order = init_order(c, p, pass == 1);
        for (int oi = 0; oi < p->nvars; oi++) {
            Symbol *y = order[oi];
            Node *spec = y->decl;
            fs.scope = scope_new(c, p->file_scopes[spec->pos.file - p->files[0]->pos.file], &fs);
            resolve_symbol(c, y);
            int save = fs.freereg;
            NodeList *vals = &spec->u.value.values;
            set_line(&fs, y->pos);
            if (vals->len == 0 || y->type == ty_invalid) {
                if (vals->len) {   /* the type could not be inferred: check it here, where errors count */
                    Node *v = vals->v[vals->len == spec->u.value.names.len ? y->iota : 0];
                    Operand bad;
                    expr(&fs, v, &bad);
                    int nn = spec->u.value.names.len;
                    if (vals->len != nn && vals->len != 1) {
                        if (y->iota == 0)
                            errorf(c, spec->u.value.names.v[0]->pos, "assignment mismatch: %d variable%s but %d value%s",
                                   nn, nn == 1 ? "" : "s", vals->len, vals->len == 1 ? "" : "s");
                    } else if (vals->len == 1 && nn > 1 && bad.mode == OM_VALUE) {
                        int nr = bad.type && bad.type->kind == K_TUPLE ? (int)bad.type->nparams : 1;
                        errorf(c, spec->u.value.names.v[0]->pos, "assignment mismatch: %d variables but %s returns %d value%s",
                               nn, v->kind == N_CALL ? estr(v->u.call.fun) : estr(v), nr, nr == 1 ? "" : "s");
                    } else {
                        valid_value(&fs, &bad);   /* a type, a builtin, a package, no value */
                    }
                    fs.freereg = save;
                }
                int r = reg_alloc(&fs, 1);
                if (type_is_aggregate(y->type)) emit_bx(&fs, OP_NEWAGG, r, type_id(c, y->type));
                else if (y->boxed) emit_bx(&fs, OP_NEWPTR, r, type_id(c, y->type));
                else emit(&fs, OP_LOADZ, r, 0, 0);
                emit_bx(&fs, OP_SETG, r, (uint32_t)y->gidx);
            } else if (vals->len == spec->u.value.names.len) {
                int r = value_to(&fs, vals->v[y->iota], y->type, -1, "variable declaration");
                note_chan_name(&fs, r, y->name);
                if (type_is_aggregate(y->type)) {
                    emit_bx(&fs, OP_SETG, r, (uint32_t)y->gidx);
                } else if (y->boxed) {
                    int b = reg_alloc(&fs, 1);
                    emit_bx(&fs, OP_NEWPTR, b, type_id(c, y->type));
                    emit(&fs, OP_STORE, b, r, 0);
                    emit_bx(&fs, OP_SETG, b, (uint32_t)y->gidx);
                } else {
                    emit_bx(&fs, OP_SETG, r, (uint32_t)y->gidx);
                }
            } else if (y->iota == 0) {
                /* a, b = f(): evaluate once, assign every name of the spec */
                Operand x;
                expr(&fs, vals->v[0], &x);
                for (int j = 0; j < spec->u.value.names.len; j++) {
                    Symbol *z = NULL;
                    for (int k = 0; k < p->nvars; k++)
                        if (p->vars[k]->decl == spec && p->vars[k]->iota == j) z = p->vars[k];
                    if (!z) continue;
                    resolve_symbol(c, z);
                    Type *vt = NULL;
                    if (x.mode == OM_VALUE && x.type && x.type->kind == K_TUPLE) {
                        if (j < (int)x.type->nparams) vt = x.type->params[j];
                    } else if (x.commaok && j < 2) {
                        if (j == 0) {
                            Instr *in = &fs.code[fs.ncode - 1];
                            if (in->op == OP_EXTRA) in = &fs.code[fs.ncode - 2];
                            if (in->op == OP_MGET) in->op = OP_MGET2;
                            else if (in->op == OP_RECV) in->op = OP_RECV2;
                            else if (in->op == OP_ASSERT) in->op = OP_ASSERT2;
                            if (x.reg + 1 >= fs.freereg) reg_alloc(&fs, x.reg + 2 - fs.freereg);
                        }
                        vt = j == 0 ? x.type : ty_bool;
                    }
                    if (!vt) continue;
                    /* var a, b any = f(): each value converted to the variable's type */
                    Operand v = {.mode = OM_VALUE, .type = vt, .reg = x.reg + j, .node = vals->v[0]};
                    int top = fs.freereg;
                    if (z->type && z->type != vt) coerce(&fs, &v, z->type, "variable declaration");
                    if (v.mode != OM_VALUE) continue;
                    if (z->boxed && !type_is_aggregate(z->type)) {
                        int b = reg_alloc(&fs, 1);
                        emit_bx(&fs, OP_NEWPTR, b, type_id(c, z->type));
                        emit(&fs, OP_STORE, b, v.reg, 0);
                        emit_bx(&fs, OP_SETG, b, (uint32_t)z->gidx);
                    } else {
                        emit_bx(&fs, OP_SETG, v.reg, (uint32_t)z->gidx);
                    }
                    reg_free_to(&fs, top);
                }
            }
            reg_free_to(&fs, save);
        }
        free(order);
        int base = reg_alloc(&fs, 1);
        for (int i = 0; i < p->ninits; i++) emit_bx(&fs, OP_CALL, base, (uint32_t)proto_index(c, p->inits[i]));
        emit(&fs, OP_RET, 0, 0, 0);
        fs_end(&fs);
        if (pass == 0) protos_rollback(c, nprotos);
    }
    c->dry_run = false;
    c->no_fused = false;
    c->muted = false;
    return pr;
}

/* mark_import_used: an ast_walk visitor marking the imports (of file scope
 * ctx) that a pkg.Name selector uses */
static void mark_import_used(Node *n, void *ctx)
{
    if (n->kind != N_SELECTOR || n->u.sel.x->kind != N_IDENT) return;
    Symbol *y = scope_lookup_local(ctx, n->u.sel.x->u.ident.name);
    if (y && y->kind == SYM_PKG) y->used = true;
}

/* drop_subset_noise: once a program is reported to use something outside
 * the subset (goto, generics, complex numbers, ...), the code gorolab then
 * skipped leaves imports, variables and labels looking unused: those
 * reports would be noise, so they go. */
static void drop_subset_noise(DiagList *d)
{
    bool outside = false;
    for (int i = 0; i < d->len && !outside; i++)
        outside = strstr(d->items[i].msg, "not in gorolab's Go subset") != NULL;
    if (!outside) return;
    int w = 0;
    for (int i = 0; i < d->len; i++) {
        const char *m = d->items[i].msg;
        if (strstr(m, "imported and not used") || strstr(m, "imported as ") || strstr(m, "declared and not used") ||
            strstr(m, "defined and not used")) {
            free(d->items[i].msg);
            continue;
        }
        d->items[w++] = d->items[i];
    }
    d->len = w;
}

static Package *load_package(Compiler *c, const char *path, const SourceFile *files, int n, bool is_std)
{
    Package *p = arena_alloc(&c->arena, sizeof *p);
    p->path = arena_strndup(&c->arena, path, strlen(path));
    p->is_std = is_std;
    p->state = 1;
    p->files = arena_alloc(&c->arena, sizeof(Node *) * (size_t)n);
    p->file_scopes = arena_alloc(&c->arena, sizeof(Scope *) * (size_t)n);
    p->nfiles = n;
    p->scope = scope_new(c, c->universe, NULL);
    Package *save = c->pkg;
    c->pkg = p;
    bool syntax_errors = false;
    for (int i = 0; i < n; i++) {
        uint16_t fid = add_file(c, files[i].name, files[i].abspath);
        int nd = c->diags->len;
        p->files[i] = parse_file(files[i].text, files[i].len, fid, &c->arena, c->in, c->diags);
        if (c->diags->len > nd) syntax_errors = true;
        const char *pname = p->files[i]->u.file.package ? p->files[i]->u.file.package->u.ident.name : "main";
        if (i == 0) p->name = pname;
        else if (pname != p->name)
            errorf(c, p->files[i]->u.file.package->pos, "package %s; expected package %s", pname, p->name);
        p->file_scopes[i] = scope_new(c, p->scope, NULL);
        if (!is_std && files[i].world) {
            /* a lesson's world: its edit files see it as another package (lang/world.c) */
            if (!p->world) p->world = arena_alloc(&c->arena, sizeof(bool) * (size_t)n);
            p->world[i] = true;
            c->sealed = p;
        }
    }
    if (c->sealed == p)
        for (int i = 0; i < n; i++) p->file_scopes[i]->sealed = !p->world[i];
    if (syntax_errors) {
        /* as cmd/compile: syntax errors end the compilation; nothing is
         * type-checked (a broken tree would only yield follow-up errors) */
        p->state = 2;
        c->pkg = save;
        return p;
    }
    if (!is_std && p->name && strcmp(p->name, "main") != 0 && n > 0 && p->files[0]->u.file.package)
        errorf(c, p->files[0]->u.file.package->pos, "package %s is not a main package", p->name);
    /* imports: load them first (dependency order) */
    for (int i = 0; i < n; i++) {
        NodeList *imps = &p->files[i]->u.file.imports;
        for (int k = 0; k < imps->len; k++) {
            Node *im = imps->v[k];
            Buf b = BUF_INIT;
            lit_string(im->u.import.path->u.lit.text, im->u.import.path->u.lit.len, &b);
            const char *ipath = buf_str(&b);
            const char *why = unsupported_import(ipath);
            Package *ip = NULL;
            if (why)
                errorf(c, im->u.import.path->pos, "package %s is not in gorolab's Go subset (%s; see gorolab-go(7))", ipath, why);
            else {
                ip = import_std(c, ipath, im->u.import.path->pos);
                c->pkg = p;
                if (!ip && upcoming_import(ipath))
                    errorf(c, im->u.import.path->pos,
                           "package %s is not available yet in this gorolab build (it comes with the concurrency runtime)", ipath);
                else if (!ip) errorf(c, im->u.import.path->pos, "package %s is not in std", ipath);
            }
            if (!ip) {
                /* a placeholder, so that uses of the name are not reported again */
                ip = arena_alloc(&c->arena, sizeof *ip);
                const char *slash = strrchr(ipath, '/');
                const char *base = slash ? slash + 1 : ipath;
                ip->path = arena_strndup(&c->arena, ipath, strlen(ipath));
                ip->name = intern(c->in, base, strlen(base));
                ip->scope = scope_new(c, c->universe, NULL);
                ip->broken = true;
            }
            if (ip) {
                Node *nm = im->u.import.name;
                const char *local = nm ? nm->u.ident.name : intern(c->in, ip->name, strlen(ip->name));
                if (nm && strcmp(local, ".") == 0) {
                    errorf(c, nm->pos, "dot imports are not in gorolab's Go subset");
                } else if (local != c->n_blank) {
                    Node *id = nm ? nm : im->u.import.path;
                    Symbol *y = arena_alloc(&c->arena, sizeof *y);
                    y->kind = SYM_PKG;
                    y->name = local;
                    y->pos = id->pos;
                    y->ref = ip;
                    y->state = 2;
                    y->ident = im;
                    Symbol *old = scope_lookup_local(p->file_scopes[i], local);
                    if (old) errorf(c, id->pos, "%s redeclared in this block", local);
                    else {
                        scope_insert(c, p->file_scopes[i], y);
                    }
                    if (nm) y->decl = NULL;
                }
            }
            buf_fini(&b);
        }
    }
    c->pkg = p;
    collect(c, p);
    box_addressed_globals(p);
    /* resolve package-level declarations */
    for (int i = 0; i < n; i++) {
        NodeList *ds = &p->files[i]->u.file.decls;
        for (int k = 0; k < ds->len; k++) {
            Node *d = ds->v[k];
            if (d->kind != N_GEN_DECL || d->u.gen.tok != T_TYPE) continue;
            for (int si = 0; si < d->u.gen.specs.len; si++) {
                Node *id = d->u.gen.specs.v[si]->u.typespec.name;
                Symbol *y = package_lookup(c, p, id->pos, id->u.ident.name);
                if (y && y->decl == d->u.gen.specs.v[si]) resolve_symbol(c, y);
            }
        }
    }
    declare_methods(c, p);
    Scope *scopes[] = {p->scope, p->world_scope};
    for (int i = 0; i < 2 && scopes[i]; i++)
        for (Symbol *y = scopes[i]->syms; y; y = y->next) {
            if (y->kind == SYM_FUNC && y->decl && !y->type) y->type = resolve_func_type(c, NULL, y->decl->u.funcdecl.type);
            else resolve_symbol(c, y);
        }
    for (int i = 0; i < p->nfuncs; i++)
        if (!p->funcs[i]->type) p->funcs[i]->type = resolve_func_type(c, NULL, p->funcs[i]->decl->u.funcdecl.type);
    for (int i = 0; i < p->nfuncs; i++) compile_func(c, p, p->funcs[i]);
    /* package variables' initialisers are compiled with package init, later:
     * the imports they use count as used now */
    for (int i = 0; i < p->nvars; i++) {
        Node *spec = p->vars[i]->decl;
        if (!spec || spec->kind != N_VALUE_SPEC) continue;
        Scope *fsc = p->file_scopes[spec->pos.file - p->files[0]->pos.file];
        for (int k = 0; k < spec->u.value.values.len; k++) ast_walk(spec->u.value.values.v[k], mark_import_used, fsc);
    }
    /* unused imports */
    for (int i = 0; i < n; i++)
        for (Symbol *y = p->file_scopes[i]->syms; y; y = y->next)
            if (y->kind == SYM_PKG && !y->used && !y->ref->broken) {
                Node *im = y->ident;
                if (im->u.import.name)
                    errorf(c, im->pos, "\"%s\" imported as %s and not used", y->ref->path, y->name);
                else
                    errorf(c, im->pos, "\"%s\" imported and not used", y->ref->path);
            }
    p->state = 2;
    XPUSH(c->pkgs, c->npkgs, c->cappkgs, p);
    c->pkg = save;
    return p;
}

/* compiler_fini frees the compilation's state; a program p (if any) takes
 * the arena, where its proto names live. */
static void compiler_fini(Compiler *c, Program *p)
{
    for (int i = 0; i < c->npkgs; i++) {
        Package *pk = c->pkgs[i];
        free(pk->vars);
        free(pk->inits);
        free(pk->funcs);
        free(pk->methods);
    }
    free(c->pkgs);
    free(c->escaped);
    free(c->persist);
    free(c->resolving);
    free(c->pend_t);
    free(c->pend_src);
    if (p) {
        p->arena = xmalloc(sizeof *p->arena);
        *p->arena = c->arena;
    } else {
        arena_fini(&c->arena);
    }
}

static Program *compile_here(const SourceFile *files, int n, const CompileOptions *opt, DiagList *diags)
{
    /* positions index the file table, and so does Program.files: both must
     * start at 0 for every program (a lab compiles many in one process) */
    compile_fini();
    types_init();
    stdlib_register_natives();
    type_ids_new_program();
    if (!names_ready) {
        arena_init(&names_arena);
        interner_init(&names, &names_arena);
        names_ready = true;
    }
    Compiler cc;
    Compiler *c = &cc;
    memset(c, 0, sizeof *c);
    c->prog = xcalloc(1, sizeof *c->prog);
    arena_init(&c->arena);
    c->in = &names;
    c->diags = diags;
    if (opt) c->opt = *opt;
    c->n_blank = intern(c->in, "_", 1);
    c->n_main = intern(c->in, "main", 4);
    c->n_init = intern(c->in, "init", 4);
    c->n_Error = intern(c->in, "Error", 5);
    c->n_String = intern(c->in, "String", 6);
    c->n_iota = intern(c->in, "iota", 4);
    universe_init(c);
    XPUSH(c->prog->types, c->prog->ntypes, c->prog->captypes, NULL);
    c->prog->ntypes = 1;
    /* the runtime package is part of every program */
    Package *rt = import_std(c, "runtime", (SrcPos){1, 1, 0});
    c->runtime_pkg = rt;
    Package *main = load_package(c, "main", files, n, false);
    if (rt) {
        Symbol *es = scope_lookup_local(rt->scope, intern(c->in, "errorString", 11));
        Symbol *pe = scope_lookup_local(rt->scope, intern(c->in, "plainError", 10));
        if (es) {
            c->pkg = rt;
            c->prog->rt_error = es->type;
            type_id(c, es->type);
            ensure_method_table(c, es->type);
        }
        if (pe) {
            c->prog->rt_plain_error = pe->type;
            type_id(c, pe->type);
        }
        Symbol *be = scope_lookup_local(rt->scope, intern(c->in, "boundsError", 11));
        Symbol *ta = scope_lookup_local(rt->scope, intern(c->in, "TypeAssertionError", 18));
        Symbol *pn = scope_lookup_local(rt->scope, intern(c->in, "PanicNilError", 13));
        c->pkg = rt;
        if (be) {
            c->prog->rt_bounds_error = be->type;
            type_id(c, be->type);
            ensure_method_table(c, be->type);
        }
        Type **ptrs[2] = {&c->prog->rt_assert_error, &c->prog->rt_panic_nil};
        Symbol *syms[2] = {ta, pn};
        for (int i = 0; i < 2; i++) {
            if (!syms[i]) continue;
            Type *pt = type_pointer(syms[i]->type);
            *ptrs[i] = pt;
            type_id(c, syms[i]->type);
            type_id(c, pt);
            ensure_method_table(c, pt);
        }
    }
    Symbol *mainfn = main ? scope_lookup_local(main->scope, c->n_main) : NULL;
    if (main && (!mainfn || mainfn->kind != SYM_FUNC) && diags->len == 0)
        errorf(c, (SrcPos){1, 1, (uint16_t)(nfile_names - n)}, "function main is undeclared in the main package");
    drop_subset_noise(diags);
    if (diags->len) {
        program_free(c->prog);
        compiler_fini(c, NULL);
        return NULL;
    }
    /* the entry: every package's init in dependency order, then main.main */
    Proto *entry = proto_new(c, "runtime.main", (SrcPos){1, 1, 0});
    proto_add(c, entry);
    FuncState fs;
    fs_begin(&fs, c, NULL, entry);
    int base = reg_alloc(&fs, 1);
    for (int i = 0; i < c->npkgs; i++) {
        c->pkg = c->pkgs[i];
        Proto *ini = package_init(c, c->pkgs[i]);
        emit_bx(&fs, OP_CALL, base, (uint32_t)proto_index(c, ini));
    }
    emit_bx(&fs, OP_CALL, base, (uint32_t)proto_index(c, mainfn->proto));
    emit(&fs, OP_RET, 0, 0, 0);
    fs_end(&fs);
    c->prog->entry = entry;
    Program *p = c->prog;
    if (diags->len) {
        program_free(p);
        p = NULL;
    }
    compiler_fini(c, p);
    return p;
}

typedef struct CompileJob {
    const SourceFile     *files;
    int                   n;
    const CompileOptions *opt;
    DiagList             *diags;
    Program              *prog;
} CompileJob;

static void compile_job(void *p)
{
    CompileJob *j = p;
    j->prog = compile_here(j->files, j->n, j->opt, j->diags);
}

/* compile_program runs the front end on a stack of its own (base/stack.h):
 * deep but legal programs compile, deeper ones get a compile error. */
Program *compile_program(const SourceFile *files, int n, const CompileOptions *opt, DiagList *diags)
{
    CompileJob j = {files, n, opt, diags, NULL};
    stack_run(compile_job, &j);
    return j.prog;
}
