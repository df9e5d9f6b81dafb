/* grade/lab.c: the `lab` table a grader sees, and lab_grade (see lab.h).
 *
 * lab.run compiles the learner's program once (the Program is reused by
 * every run of the grading) and runs it on a fresh VM per call, with the
 * event log on, its output captured, and the final snapshot turned into Lua
 * tables. Leaked goroutines are those the scheduler reported with EV_LEAK
 * when main returned (rt/sched.c leak_events). lab.explore drives the
 * schedule controller of rt/explore.h (random, PCT or exhaustive). Every
 * table handed to Lua is a plain copy: no pointer into the runtime survives
 * a call. */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <lauxlib.h>

#include "base/path.h"
#include "base/buf.h"
#include "base/readfile.h"
#include "base/diag.h"
#include "base/xalloc.h"
#include "grade/lab.h"
#include "lesson/lesson.h"
#include "rt/explore.h"
#include "rt/hb.h"
#include "rt/inspect.h"
#include "rt/unblock.h"
#include "rt/race.h"
#include "rt/sched.h"
#include "vm/vm.h"

typedef struct Lab {
    const LabInput *in;
    GradeResult    *res;
    Sandbox        *sb;
    Program        *prog;
    bool            compiled;
    char           *compile_err;   /* diagnostics when the program does not compile */
    int             go_minor;
    bool            failed;        /* expect/fail saw a failure: sticky */
    GradeReplay     run;           /* the run run_push made last */
    GradeReplay     judged;        /* the run a failing check would be about */
    bool            passed;        /* pass() was called */
    int             nexpect;
} Lab;

typedef struct RunOpts {
    uint64_t    seed;
    uint64_t    max_steps, max_heap, max_goroutines;
    int64_t     max_time;
    const char *schedule;      /* a schedule string to replay, or NULL */
    ScheduleCtl *ctl;          /* explore's controller (borrowed), or NULL */
    bool        events;
    bool        race;          /* run the race detector */
    bool        memory;        /* package variables are switch points (VMOptions.mem_points) */
    int         nargs;
    char      **args;          /* os.Args[1:] (borrowed from Lua strings) */
} RunOpts;

typedef struct Capture {
    Buf out, err;
} Capture;

static Lab *lab_of(lua_State *L) { return lua_touserdata(L, lua_upvalueindex(1)); }

/* src/grade/prelude.lua, embedded at build time (src/grade/embed-lua) */
extern const char lab_prelude[];


/* ---- small table helpers ---- */

static void set_str(lua_State *L, const char *k, const char *v)
{
    if (!v) return;
    lua_pushstring(L, v);
    lua_setfield(L, -2, k);
}
static void set_int(lua_State *L, const char *k, long long v)
{
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}
static void set_bool(lua_State *L, const char *k, bool v)
{
    lua_pushboolean(L, v);
    lua_setfield(L, -2, k);
}
static long long get_int(lua_State *L, int t, const char *k, long long dflt)
{
    long long v = dflt;
    if (lua_getfield(L, t, k) == LUA_TNUMBER) v = (long long)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return v;
}
static bool get_bool(lua_State *L, int t, const char *k, bool dflt)
{
    bool v = dflt;
    int ty = lua_getfield(L, t, k);
    if (ty != LUA_TNIL) v = lua_toboolean(L, -1);
    lua_pop(L, 1);
    return v;
}
/* get_str returns a borrowed string valid while the table holds it. */
static const char *get_str(lua_State *L, int t, const char *k)
{
    const char *v = NULL;
    if (lua_getfield(L, t, k) == LUA_TSTRING) v = lua_tostring(L, -1);
    lua_pop(L, 1);
    return v;
}

/* ---- compiling ---- */

static bool ensure_compiled(Lab *lab)
{
    if (lab->compiled) return lab->prog != NULL;
    lab->compiled = true;
    const LabInput *in = lab->in;
    CompileOptions co = {0};
    co.go_minor = lab->go_minor;
    DiagList diags;
    diag_init(&diags, NULL);
    lab->prog = in->nfiles > 0 ? compile_program(in->files, in->nfiles, &co, &diags) : NULL;
    if (!lab->prog) {
        char *text = NULL;
        size_t len = 0;
        FILE *m = open_memstream(&text, &len);
        if (in->nfiles == 0) fputs("no Go files to compile\n", m);
        else diag_print(&diags, m);
        fclose(m);
        lab->compile_err = text;
    }
    diag_fini(&diags);
    return lab->prog != NULL;
}

/* ---- one run ---- */

static void capture_write(void *ctx, int fd, const char *s, size_t n)
{
    Capture *c = ctx;
    Buf *b = fd == 2 ? &c->err : &c->out;
    if (b->len >= LAB_MAX_OUTPUT) return;
    if (b->len + n > LAB_MAX_OUTPUT) n = LAB_MAX_OUTPUT - b->len;
    buf_add(b, s, n);
}

/* line_after returns a new copy of the text after `prefix` at the start of a
 * line of s, up to the next blank line (or end); NULL when absent. */
static char *line_after(const char *s, const char *prefix)
{
    size_t pl = strlen(prefix);
    for (const char *p = s; p && *p; ) {
        if (strncmp(p, prefix, pl) == 0) {
            const char *b = p + pl, *e = strstr(b, "\n\n");
            if (!e) e = b + strlen(b);
            while (e > b && e[-1] == '\n') e--;
            return xstrndup(b, (size_t)(e - b));
        }
        p = strchr(p, '\n');
        if (p) p++;
    }
    return NULL;
}

static const char *status_name(RunState st)
{
    switch (st) {
    case RUN_EXITED: return "exit";
    case RUN_PANICKED: return "panic";
    case RUN_DEADLOCK: return "deadlock";
    case RUN_LIMIT: return "limit";
    case RUN_FATAL: return "fatal";
    default: return "limit";   /* paused: cannot happen after STEP_END */
    }
}

static void push_empty_lists(lua_State *L)
{
    static const char *const lists[] = {"goroutines", "channels", "leaked", "races", "events", "hb", NULL};
    for (int i = 0; lists[i]; i++) {
        lua_newtable(L);
        lua_setfield(L, -2, lists[i]);
    }
    lua_newtable(L);
    lua_setfield(L, -2, "cpu");
}

static void push_chan(lua_State *L, const ChanSnap *c)
{
    lua_createtable(L, 0, 12);
    set_int(L, "id", c->id);
    set_str(L, "name", c->name);
    set_str(L, "type", c->type);
    set_int(L, "cap", c->cap);
    set_int(L, "len", c->len);
    set_bool(L, "closed", c->closed);
    lua_createtable(L, (int)c->len, 0);
    for (int64_t i = 0; i < c->len; i++) {
        lua_pushstring(L, c->values[i] ? c->values[i] : "");
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "values");
    lua_createtable(L, c->nsendq, 0);
    for (int i = 0; i < c->nsendq; i++) {
        lua_pushinteger(L, c->sendq[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "sendq");
    lua_createtable(L, c->nrecvq, 0);
    for (int i = 0; i < c->nrecvq; i++) {
        lua_pushinteger(L, c->recvq[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "recvq");
    set_str(L, "file", path_base(c->made_file));
    set_str(L, "path", c->made_file);
    set_int(L, "line", c->made_line);
}

/* push_g pushes goroutine g; chans_idx is the absolute index of a table
 * channel id -> channel table. */
static void push_g(lua_State *L, const GSnap *g, int chans_idx, bool leaked, const char *unblock)
{
    lua_createtable(L, 0, 18);
    set_int(L, "id", g->id);
    set_str(L, "state", g->state);
    set_str(L, "func", g->func);
    set_str(L, "file", path_base(g->file));
    set_str(L, "path", g->file);
    set_int(L, "line", g->line);
    set_int(L, "created_by", g->created_by);
    set_str(L, "created_func", g->created_fn);
    set_str(L, "created_file", g->created_file ? path_base(g->created_file) : NULL);
    set_int(L, "created_line", g->created_line);
    set_int(L, "waiting_ns", g->waiting_ns);
    set_int(L, "cpu_ns", g->cpu_ns);
    set_str(L, "stack", g->stack);
    set_bool(L, "leaked", leaked);
    set_str(L, "unblock", unblock);   /* who could wake it, as the lab's stack box says (rt/unblock.h) */
    if (g->chan_id) {
        lua_rawgeti(L, chans_idx, g->chan_id);
        lua_setfield(L, -2, "chan");
    }
}

static bool has_id(const int64_t *ids, int64_t n, int64_t id)
{
    for (int64_t i = 0; i < n; i++)
        if (ids[i] == id) return true;
    return false;
}

/* ---- replays ---- */

void grade_replay_clear(GradeReplay *r)
{
    free(r->schedule);
    for (int i = 0; i < r->nargs; i++) free(r->args[i]);
    free(r->args);
    memset(r, 0, sizeof *r);
}

static void replay_copy(GradeReplay *dst, const GradeReplay *src)
{
    grade_replay_clear(dst);
    *dst = *src;
    dst->schedule = src->schedule ? xstrdup(src->schedule) : NULL;
    dst->args = src->nargs ? xcalloc((size_t)src->nargs, sizeof *dst->args) : NULL;
    for (int i = 0; i < src->nargs; i++) dst->args[i] = xstrdup(src->args[i]);
}

/* shell_word appends s to b quoted for a POSIX shell when it needs it. */
static void shell_word(Buf *b, const char *s)
{
    if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=.,:/+@%") == strlen(s)) {
        buf_puts(b, s);
        return;
    }
    buf_putc(b, '\'');
    for (; *s; s++) {
        if (*s == '\'') buf_puts(b, "'\\''");
        else buf_putc(b, *s);
    }
    buf_putc(b, '\'');
}

char *grade_replay_command(const SourceFile *files, int nfiles, const GradeReplay *r, const char *sched_file)
{
    Buf b = BUF_INIT;
    buf_puts(&b, "gorolab run");
    for (int i = 0; i < nfiles; i++) {
        buf_putc(&b, ' ');
        shell_word(&b, files[i].name);
    }
    if (r->race) buf_puts(&b, " --race");
    if (r->memory) buf_puts(&b, " --memory-points");
    if (r->schedule && sched_file) {
        buf_puts(&b, " --schedule @");
        shell_word(&b, sched_file);
    } else if (r->schedule) {
        buf_puts(&b, " --schedule ");
        shell_word(&b, r->schedule);
    } else {
        buf_printf(&b, " --seed %llu", (unsigned long long)r->seed);
    }
    if (r->nargs) buf_puts(&b, " --");
    for (int i = 0; i < r->nargs; i++) {
        buf_putc(&b, ' ');
        shell_word(&b, r->args[i]);
    }
    return buf_take(&b);
}

/* record_failure records the grading's first failure: its message and what replays
 * the run it judged. */
static void record_failure(Lab *lab, const char *msg)
{
    if (lab->failed) return;
    lab->failed = true;
    free(lab->res->message);
    lab->res->message = xstrdup(msg);
    if (lab->judged.set) {
        replay_copy(&lab->res->replay, &lab->judged);
        lab->res->replay_cmd = grade_replay_command(lab->in->files, lab->in->nfiles, &lab->judged, NULL);
    }
}

/* ---- r.events: made table by table as the grader reads them ---- */

/* A run's events are kept as C structs in a userdata (inside the sandbox's
 * memory cap); r.events is an empty table whose metatable builds event i on
 * first use and keeps it, so a check that reads no events costs no tables
 * (lab.explore with a check function: about 3x faster on lesson 1). */
typedef struct EventBox {
    const Program *prog;   /* the names the events point to live as long as the grading */
    int64_t        n;
    Event          ev[];
} EventBox;

static void push_event(lua_State *L, const Program *prog, const Event *e)
{
    lua_createtable(L, 0, 10);
    set_str(L, "kind", event_kind_name[e->kind]);
    set_int(L, "t", e->t);
    set_int(L, "g", e->g);
    if (e->line > 0) {
        set_int(L, "line", e->line);
        if (e->file >= 0 && e->file < prog->nfiles) set_str(L, "file", path_base(prog->files[e->file]));
    }
    set_int(L, "a", e->a);
    set_int(L, "b", e->b);
    set_str(L, "func", e->fn);
    if (e->name) set_str(L, e->kind == EV_GO_CREATE ? "fn" : "chan", e->name);
    if (e->kind == EV_GO_BLOCK) set_str(L, "reason", wait_reason_text[e->reason]);
}

/* __index(t, i): event i, made now and kept in t */
static int events_index(lua_State *L)
{
    const EventBox *b = lua_touserdata(L, lua_upvalueindex(1));
    lua_Integer i = lua_isinteger(L, 2) ? lua_tointeger(L, 2) : 0;
    if (i < 1 || i > b->n) {
        lua_pushnil(L);
        return 1;
    }
    push_event(L, b->prog, &b->ev[i - 1]);
    lua_pushvalue(L, -1);
    lua_rawseti(L, 1, i);
    return 1;
}

static int events_len(lua_State *L)
{
    const EventBox *b = lua_touserdata(L, lua_upvalueindex(1));
    lua_pushinteger(L, b->n);
    return 1;
}

/* __pairs: every event made, then the plain next */
static int events_pairs(lua_State *L)
{
    const EventBox *b = lua_touserdata(L, lua_upvalueindex(1));
    for (lua_Integer i = 1; i <= b->n; i++) {
        if (lua_rawgeti(L, 1, i) == LUA_TNIL) {
            push_event(L, b->prog, &b->ev[i - 1]);
            lua_rawseti(L, 1, i);
        }
        lua_pop(L, 1);
    }
    lua_getglobal(L, "next");
    lua_pushvalue(L, 1);
    lua_pushnil(L);
    return 3;
}

static void push_events(lua_State *L, const Program *prog, const Event *ev, int64_t n)
{
    lua_newtable(L);
    if (n <= 0) return;
    EventBox *b = lua_newuserdatauv(L, sizeof *b + (size_t)n * sizeof *ev, 0);
    b->prog = prog;
    b->n = n;
    memcpy(b->ev, ev, (size_t)n * sizeof *ev);
    lua_createtable(L, 0, 4);
    static const struct { const char *name; lua_CFunction f; } mm[] = {
        {"__index", events_index}, {"__len", events_len}, {"__pairs", events_pairs},
    };
    for (size_t i = 0; i < sizeof mm / sizeof *mm; i++) {
        lua_pushvalue(L, -2);
        lua_pushcclosure(L, mm[i].f, 1);
        lua_setfield(L, -2, mm[i].name);
    }
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");   /* getmetatable(r.events) is false */
    lua_pushvalue(L, -2);
    lua_setfield(L, -2, "box");           /* for lab.events, which filters in C */
    lua_setmetatable(L, -3);
    lua_pop(L, 1);   /* the box: the closures hold it */
}

/* r.hb: the happens-before edges after r.events' events (rt/hb.h), four
 * integers each, read by lab.order: the event index it follows (1-based in
 * r.events), the goroutine, the operation (HbOp, +8 when it belongs to the
 * goroutine's next event) and the sync clock's key or the other goroutine.
 * A userdata read through __index: 20,000 events' edges as a Lua table
 * would cost the grader's memory cap dearly. */
typedef struct HbBox { int64_t n; lua_Integer v[]; } HbBox;

static int hb_index(lua_State *L)
{
    const HbBox *b = lua_touserdata(L, 1);
    lua_Integer i = lua_isinteger(L, 2) ? lua_tointeger(L, 2) : 0;
    if (i < 1 || i > b->n) lua_pushnil(L);
    else lua_pushinteger(L, b->v[i - 1]);
    return 1;
}

static int hb_len(lua_State *L)
{
    lua_pushinteger(L, ((const HbBox *)lua_touserdata(L, 1))->n);
    return 1;
}

/* push_hb pushes r.hb for the events numbered first .. first+nev-1. */
static void push_hb(lua_State *L, VM *vm, int64_t first, int64_t nev)
{
    int64_t n = 0;
    HbEdge *e = hb_edges(vm, first, &n);
    int64_t k = 0;
    for (int64_t i = 0; i < n; i++) k += e[i].after < first + nev;
    HbBox *b = lua_newuserdatauv(L, sizeof *b + (size_t)k * 4 * sizeof *b->v, 0);
    b->n = 0;
    for (int64_t i = 0; i < n; i++) {
        if (e[i].after >= first + nev) continue;
        b->v[b->n++] = e[i].after - first + 1;
        b->v[b->n++] = e[i].g;
        b->v[b->n++] = e[i].op + (e[i].next ? 8 : 0);
        b->v[b->n++] = e[i].x;
    }
    free(e);
    if (luaL_newmetatable(L, "gorolab.hb")) {
        lua_pushcfunction(L, hb_index);
        lua_setfield(L, -2, "__index");
        lua_pushcfunction(L, hb_len);
        lua_setfield(L, -2, "__len");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_setmetatable(L, -2);
}

/* run_push runs the program once and pushes its result table. */
static void run_push(lua_State *L, Lab *lab, const RunOpts *o)
{
    sbx_checkpoint(lab->sb);   /* the grader's time is up: no more runs */
    lab->res->runs++;
    lua_createtable(L, 0, 24);
    set_int(L, "seed", (long long)o->seed);
    if (!ensure_compiled(lab)) {
        set_str(L, "status", "compile_error");
        set_int(L, "exit_code", 1);
        set_str(L, "stdout", "");
        set_str(L, "stderr", lab->compile_err);
        set_int(L, "peak_goroutines", 0);
        set_int(L, "virtual_time", 0);
        set_int(L, "steps", 0);
        push_empty_lists(L);
        return;
    }
    Capture cap = {BUF_INIT, BUF_INIT};
    VMOptions vo;
    memset(&vo, 0, sizeof vo);
    vo.seed = o->seed;
    vo.max_steps = o->max_steps ? o->max_steps : LAB_DEFAULT_STEPS;
    vo.max_heap = o->max_heap;
    vo.max_goroutines = o->max_goroutines;
    vo.max_time = o->max_time;
    vo.max_wall_ms = sbx_wall_left_ms(lab->sb);   /* a run never outlives its grader */
    vo.go_minor = lab->go_minor;
    vo.mem_points = o->memory;
    vo.write = capture_write;
    vo.write_ctx = &cap;
    char **argv = xcalloc((size_t)o->nargs + 2, sizeof *argv);
    argv[0] = (char *)(lab->in->files[0].abspath ? lab->in->files[0].abspath : lab->in->files[0].name);
    for (int i = 0; i < o->nargs; i++) argv[i + 1] = o->args[i];
    vo.argc = o->nargs + 1;
    vo.argv = argv;
    VM *vm = vm_new(lab->prog, &vo);
    insp_set_recording(vm, true);
    hb_set_logging(vm, o->events);
    ScheduleCtl *own = NULL;
    if (o->ctl) {
        schedctl_attach(vm, o->ctl);
    } else if (o->schedule) {
        own = schedctl_new(SCHED_REPLAY, o->seed);
        const char *cause = NULL;
        if (schedctl_parse(own, o->schedule, &cause)) {
            schedctl_begin_run(own, own->vm_seed);
            schedctl_attach(vm, own);
        }
    }
    if (o->race) race_enable(vm);
    rt_start(vm);
    RunState st = rt_step(vm, STEP_END, 0);
    Snapshot *snap = insp_snapshot(vm);
    int nunb = 0;
    Unblock *unb = insp_unblock_blocked(vm, &nunb);   /* before rt_finish: the goroutines are still there */
    int code = rt_finish(vm, false);
    if (o->race) code = race_finish(vm, code);
    int64_t nev = 0;
    Event *ev = insp_events(vm, 0, &nev);
    int64_t total_ev = insp_event_count(vm);

    set_str(L, "status", status_name(st));
    set_int(L, "exit_code", code);
    lua_pushlstring(L, buf_str(&cap.out), cap.out.len);
    lua_setfield(L, -2, "stdout");
    lua_pushlstring(L, buf_str(&cap.err), cap.err.len);
    lua_setfield(L, -2, "stderr");
    const char *errtext = buf_str(&cap.err);
    set_bool(L, "race", o->race);
    if (st == RUN_PANICKED) {
        char *m = line_after(errtext, "panic: ");
        set_str(L, "panic", m ? m : "");
        free(m);
    }
    if (st == RUN_FATAL || st == RUN_LIMIT || st == RUN_DEADLOCK) {
        char *m = line_after(errtext, "fatal error: ");
        set_str(L, "fatal", m);
        free(m);
    }
    set_int(L, "peak_goroutines", snap->stats.peak_live);
    set_int(L, "virtual_time", snap->now_ns);
    set_int(L, "steps", (long long)vm->steps);
    set_int(L, "events_total", total_ev);
    grade_replay_clear(&lab->run);
    lab->run.set = true;
    lab->run.seed = o->seed;
    lab->run.race = o->race;
    lab->run.memory = o->memory;
    lab->run.nargs = o->nargs;
    lab->run.args = o->nargs ? xcalloc((size_t)o->nargs, sizeof *lab->run.args) : NULL;
    for (int i = 0; i < o->nargs; i++) lab->run.args[i] = xstrdup(o->args[i]);
    if (o->ctl || own) {
        char *s = schedctl_string(o->ctl ? o->ctl : own);
        set_str(L, "schedule", s);
        lab->run.schedule = s;
    }

    /* leaked: EV_LEAK recorded when main returned (b == 0) */
    int64_t *leak_ids = xcalloc((size_t)nev + 1, sizeof *leak_ids);
    int64_t nleak = 0;
    for (int64_t i = 0; i < nev; i++)
        if (ev[i].kind == EV_LEAK && ev[i].b == 0 && !has_id(leak_ids, nleak, ev[i].g))
            leak_ids[nleak++] = ev[i].g;

    /* channels: a list, and an id -> table index for the goroutines' `chan` */
    lua_createtable(L, snap->nchans, 0);
    int list_idx = lua_gettop(L);
    lua_newtable(L);
    int byid_idx = lua_gettop(L);
    for (int i = 0; i < snap->nchans; i++) {
        push_chan(L, &snap->chans[i]);
        lua_pushvalue(L, -1);
        lua_rawseti(L, byid_idx, snap->chans[i].id);
        lua_rawseti(L, list_idx, i + 1);
    }
    lua_pushvalue(L, list_idx);
    lua_setfield(L, -4, "channels");

    lua_createtable(L, snap->ngs, 0);     /* goroutines (not the finished main) */
    lua_createtable(L, (int)nleak, 0);    /* leaked */
    int nl = 0, ng = 0;
    for (int i = 0; i < snap->ngs; i++) {
        if (snap->gs[i].state && strcmp(snap->gs[i].state, "dead") == 0) continue;
        bool leaked = has_id(leak_ids, nleak, snap->gs[i].id);
        char *why = NULL;
        for (int k = 0; k < nunb && !why; k++) {
            if (unb[k].g != snap->gs[i].id || unb[k].nobjs == 0) continue;
            Buf ub = BUF_INIT;
            unblock_verdict(&unb[k], lab->in->lesson.lang, &ub);
            why = buf_take(&ub);
        }
        push_g(L, &snap->gs[i], byid_idx, leaked, why);
        free(why);
        if (leaked) {
            lua_pushvalue(L, -1);
            lua_rawseti(L, -3, ++nl);
        }
        lua_rawseti(L, -3, ++ng);
    }
    lua_setfield(L, -5, "leaked");
    lua_setfield(L, -4, "goroutines");
    lua_pop(L, 2);   /* byid, list */
    free(leak_ids);
    unblock_free_all(unb, nunb);

    int nraces = 0;
    const RaceReport *rr = o->race ? race_reports(vm, &nraces) : NULL;
    lua_createtable(L, nraces, 0);
    for (int i = 0; i < nraces; i++) {
        const RaceReport *r = &rr[i];
        lua_createtable(L, 0, 6);
        set_int(L, "addr", (long long)r->addr);
        set_str(L, "var", r->var);
        set_bool(L, "map", r->map);
        for (int side = 0; side < 2; side++) {
            lua_createtable(L, 0, 6);
            bool w = side ? r->prev_write : r->write;
            set_int(L, "g", side ? r->prev_goid : r->goid);
            set_bool(L, "write", w);
            set_str(L, "op", w ? "write" : "read");
            set_str(L, "file", path_base(side ? r->prev_file : r->file));
            set_int(L, "line", side ? r->prev_line : r->line);
            set_str(L, "func", side ? r->prev_func : r->func);
            lua_setfield(L, -2, side ? "previous" : "access");
        }
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "races");

    /* cpu: per goroutine, from the switches in the event log; live ones from the snapshot */
    lua_newtable(L);
    {
        int64_t run_g = 0, since = 0;
        for (int64_t i = 0; i < nev; i++) {
            const Event *e = &ev[i];
            bool stop = e->kind == EV_GO_START || ((e->kind == EV_GO_BLOCK || e->kind == EV_GO_END) && e->g == run_g);
            if (stop && run_g) {
                lua_rawgeti(L, -1, run_g);
                lua_Integer had = lua_tointeger(L, -1);
                lua_pop(L, 1);
                lua_pushinteger(L, had + (e->t - since));
                lua_rawseti(L, -2, run_g);
                run_g = 0;
            }
            if (e->kind == EV_GO_START) {
                run_g = e->g;
                since = e->t;
            }
        }
        for (int i = 0; i < snap->ngs; i++) {
            lua_rawgeti(L, -1, snap->gs[i].id);
            lua_Integer had = lua_tointeger(L, -1);
            lua_pop(L, 1);
            lua_pushinteger(L, had > snap->gs[i].cpu_ns ? had : snap->gs[i].cpu_ns);
            lua_rawseti(L, -2, snap->gs[i].id);
        }
    }
    lua_setfield(L, -2, "cpu");

    /* events: the last LAB_MAX_EVENTS */
    int64_t from = o->events ? (nev > LAB_MAX_EVENTS ? nev - LAB_MAX_EVENTS : 0) : nev;
    push_events(L, lab->prog, ev + from, nev - from);
    lua_setfield(L, -2, "events");
    push_hb(L, vm, total_ev - nev + from, nev - from);
    lua_setfield(L, -2, "hb");

    free(ev);
    insp_free(snap);
    vm_free(vm);
    if (own) schedctl_free(own);
    free(argv);
    buf_fini(&cap.out);
    buf_fini(&cap.err);
}

/* parse_opts reads lab.run's / lab.explore's option table at index t. */
static void check_keys(lua_State *L, int t, const char *fn, const char *const *allowed)
{
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        bool known = false;
        if (lua_type(L, -1) == LUA_TSTRING)
            for (int i = 0; allowed[i] && !known; i++) known = strcmp(lua_tostring(L, -1), allowed[i]) == 0;
        if (!known) {
            lua_pushvalue(L, -1);
            luaL_error(L, "%s: unknown option %s", fn, luaL_tolstring(L, -1, NULL));
        }
    }
}

static const char *const RUN_KEYS[] = {"seed", "race", "schedule", "args", "limits", "events", "memory", NULL};
static const char *const EXPLORE_KEYS[] = {"seed", "race", "args", "limits", "events", "memory", "runs", "mode", "depth",
                                           "preemptions", "check", "same_output", "stop", "timing", "shrink", NULL};
static const char *const LIMIT_KEYS[] = {"steps", "time", "goroutines", "heap", NULL};

static void parse_opts(lua_State *L, int t, RunOpts *o, bool memory)
{
    memset(o, 0, sizeof *o);
    o->seed = 1;
    o->events = true;
    o->race = true;   /* graders see races unless they say race = false */
    o->memory = memory;   /* the lesson's switch_points */
    if (lua_isnoneornil(L, t)) return;
    luaL_checktype(L, t, LUA_TTABLE);
    o->seed = (uint64_t)get_int(L, t, "seed", 1);
    o->events = get_bool(L, t, "events", true);
    o->race = get_bool(L, t, "race", true);
    o->memory = get_bool(L, t, "memory", memory);
    o->schedule = get_str(L, t, "schedule");
    if (lua_getfield(L, t, "args") == LUA_TTABLE) {
        /* the raw length: a __len metamethod may say anything (-5, 2^62) */
        if (luaL_getmetafield(L, -1, "__len") != LUA_TNIL)
            luaL_error(L, "lab.run: args must be a plain list of strings (it has a __len metamethod)");
        lua_Unsigned rn = lua_rawlen(L, -1);
        if (rn > 4096) luaL_error(L, "lab.run: args may hold at most 4096 arguments, not %I", (lua_Integer)rn);
        int n = (int)rn;
        /* the strings stay alive: the option table holds them */
        o->args = lua_newuserdatauv(L, sizeof(char *) * (size_t)(n + 1), 0);
        lua_setfield(L, LUA_REGISTRYINDEX, "gorolab.args");
        for (int i = 0; i < n; i++) {
            lua_rawgeti(L, -1, i + 1);
            const char *s = lua_tostring(L, -1);
            o->args[o->nargs++] = (char *)(s ? s : "");
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    if (lua_getfield(L, t, "limits") == LUA_TTABLE) {
        int l = lua_gettop(L);
        check_keys(L, l, "limits", LIMIT_KEYS);
        long long steps = get_int(L, l, "steps", 0);
        if (steps > 0) o->max_steps = (uint64_t)steps;
        long long g = get_int(L, l, "goroutines", 0);
        if (g > 0) o->max_goroutines = (uint64_t)g;
        long long heap = get_int(L, l, "heap", 0);   /* MiB */
        if (heap > 0) o->max_heap = (uint64_t)heap << 20;
        int ty = lua_getfield(L, l, "time");
        if (ty == LUA_TNUMBER) {
            o->max_time = (int64_t)lua_tointeger(L, -1);
        } else if (ty == LUA_TSTRING) {
            int64_t d;
            if (!insp_parse_duration(lua_tostring(L, -1), &d) || d <= 0)
                luaL_error(L, "lab.run: limits.time wants nanoseconds or a duration like \"10s\"");
            o->max_time = d;
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

static int l_run(lua_State *L)
{
    Lab *lab = lab_of(L);
    RunOpts o;
    if (lua_type(L, 1) == LUA_TTABLE) check_keys(L, 1, "lab.run", RUN_KEYS);
    parse_opts(L, 1, &o, lab->in->lesson.memory);
    if (o.schedule) {
        ScheduleCtl *c = schedctl_new(SCHED_REPLAY, 1);
        const char *cause = NULL;
        bool okp = schedctl_parse(c, o.schedule, &cause);
        schedctl_free(c);
        if (!okp) return luaL_error(L, "lab.run: schedule: %s", cause);
    }
    run_push(L, lab, &o);
    replay_copy(&lab->judged, &lab->run);
    return 1;
}

/* ---- explain ---- */

static void explain_value(lua_State *L, int idx, Buf *b, int depth);

static void short_func(const char *f, Buf *b)
{
    if (!f) { buf_puts(b, "?"); return; }
    if (strncmp(f, "main.", 5) == 0) f += 5;
    buf_puts(b, f);
}

static void chan_desc(lua_State *L, int g, Buf *b)
{
    if (lua_getfield(L, g, "chan") != LUA_TTABLE) {
        buf_puts(b, "a channel");
        lua_pop(L, 1);
        return;
    }
    int c = lua_gettop(L);
    const char *name = get_str(L, c, "name");
    const char *file = get_str(L, c, "file");
    long long line = get_int(L, c, "line", 0);
    if (name) buf_printf(b, "`%s`", name);
    else buf_puts(b, "a channel");
    if (file && line > 0) buf_printf(b, " (made at %s:%lld)", file, line);
    lua_pop(L, 1);
}

static void explain_g(lua_State *L, int g, Buf *b)
{
    g = lua_absindex(L, g);
    long long id = get_int(L, g, "id", 0);
    const char *state = get_str(L, g, "state");
    const char *file = get_str(L, g, "file");
    long long line = get_int(L, g, "line", 0);
    bool leaked = get_bool(L, g, "leaked", false);
    buf_printf(b, "goroutine %lld (", id);
    lua_getfield(L, g, "func");
    short_func(lua_tostring(L, -1), b);
    lua_pop(L, 1);
    if (file && line > 0) buf_printf(b, ", %s:%lld", file, line);
    buf_puts(b, ") ");
    const char *still = leaked ? "is still blocked " : "is blocked ";
    if (!state) state = "";
    if (strcmp(state, "chan receive") == 0) {
        buf_puts(b, still);
        buf_puts(b, "receiving from ");
        chan_desc(L, g, b);
    } else if (strcmp(state, "chan send") == 0) {
        buf_puts(b, still);
        buf_puts(b, "sending to ");
        chan_desc(L, g, b);
    } else if (strcmp(state, "chan receive (nil chan)") == 0) {
        buf_puts(b, "is blocked forever receiving from a nil channel");
    } else if (strcmp(state, "chan send (nil chan)") == 0) {
        buf_puts(b, "is blocked forever sending to a nil channel");
    } else if (strcmp(state, "select") == 0) {
        buf_puts(b, still);
        buf_puts(b, "in a select where no case can proceed");
    } else if (strcmp(state, "select (no cases)") == 0) {
        buf_puts(b, "is blocked forever in an empty select");
    } else if (strcmp(state, "sync.WaitGroup.Wait") == 0) {
        buf_puts(b, still);
        buf_puts(b, "in WaitGroup.Wait: the counter never dropped to zero");
    } else if (strcmp(state, "sync.Mutex.Lock") == 0 || strcmp(state, "sync.RWMutex.Lock") == 0 ||
               strcmp(state, "sync.RWMutex.RLock") == 0) {
        buf_puts(b, still);
        buf_printf(b, "waiting for a lock nobody releases (%s)", state);
    } else if (strcmp(state, "sync.Cond.Wait") == 0) {
        buf_puts(b, still);
        buf_puts(b, "in Cond.Wait: nobody signals it");
    } else if (strcmp(state, "sleep") == 0) {
        buf_puts(b, "is sleeping");
    } else if (strcmp(state, "running") == 0 || strcmp(state, "runnable") == 0) {
        buf_printf(b, "is still %s", state);
    } else {
        buf_printf(b, "%s(%s)", still, state);
    }
    if (leaked) buf_puts(b, " after main returned");
    const char *why = get_str(L, g, "unblock");
    if (why) buf_printf(b, ": %s", why);
}

static bool is_list(lua_State *L, int t)
{
    lua_rawgeti(L, t, 1);
    bool r = lua_type(L, -1) == LUA_TTABLE;
    lua_pop(L, 1);
    return r || (lua_rawlen(L, t) == 0 && (lua_pushnil(L), lua_next(L, t) == 0 || (lua_pop(L, 2), false)));
}

static void explain_list(lua_State *L, int t, Buf *b, int depth)
{
    lua_Integer n = (lua_Integer)lua_rawlen(L, t);
    if (n == 0) {
        buf_puts(b, "no goroutine is left blocked");
        return;
    }
    bool gs = true;
    for (lua_Integer i = 1; i <= n && gs; i++) {
        lua_rawgeti(L, t, i);
        gs = lua_type(L, -1) == LUA_TTABLE && get_str(L, lua_gettop(L), "state") != NULL;
        lua_pop(L, 1);
    }
    if (gs && n > 1) buf_printf(b, "%lld goroutines are stuck: ", (long long)n);
    for (lua_Integer i = 1; i <= n; i++) {
        if (i > 5) {
            buf_printf(b, "; and %lld more", (long long)(n - 5));
            break;
        }
        if (i > 1) buf_puts(b, "; ");
        lua_rawgeti(L, t, i);
        explain_value(L, lua_gettop(L), b, depth + 1);
        lua_pop(L, 1);
    }
}

/* explain_access: "goroutine 8 wrote at main.go:12" from a race side {g, op, file, line}. */
static void explain_access(lua_State *L, int t, Buf *b)
{
    long long g = get_int(L, t, "g", get_int(L, t, "goroutine", 0));
    const char *op = get_str(L, t, "op");
    bool write = get_bool(L, t, "write", op && (strcmp(op, "write") == 0 || strcmp(op, "w") == 0));
    const char *file = get_str(L, t, "file");
    long long line = get_int(L, t, "line", 0);
    buf_printf(b, "goroutine %lld %s", g, write ? "wrote" : "read");
    if (file && line > 0) buf_printf(b, " at %s:%lld", file, line);
}

static void explain_race(lua_State *L, int t, Buf *b)
{
    const char *var = get_str(L, t, "var");
    if (!var) var = get_str(L, t, "name");
    buf_puts(b, "data race");
    if (var) buf_printf(b, " on `%s`", var);
    buf_puts(b, ": ");
    static const char *const sides[][2] = {{"access", "previous"}, {"current", "previous"}, {"a", "b"}};
    for (size_t i = 0; i < sizeof sides / sizeof sides[0]; i++) {
        if (lua_getfield(L, t, sides[i][0]) == LUA_TTABLE && lua_getfield(L, t, sides[i][1]) == LUA_TTABLE) {
            explain_access(L, lua_gettop(L) - 1, b);
            buf_puts(b, " while ");
            explain_access(L, lua_gettop(L), b);
            buf_puts(b, " without synchronization (use a mutex, a channel or sync/atomic)");
            lua_pop(L, 2);
            return;
        }
        lua_settop(L, t);
    }
    const char *m = get_str(L, t, "message");
    buf_puts(b, m ? m : "two goroutines touched the same memory without synchronization");
}

static void explain_result(lua_State *L, int t, Buf *b, int depth)
{
    const char *st = get_str(L, t, "status");
    if (strcmp(st, "compile_error") == 0) {
        const char *e = get_str(L, t, "stderr");
        buf_puts(b, "the program does not compile: ");
        if (e) {
            const char *nl = strchr(e, '\n');
            buf_add(b, e, nl ? (size_t)(nl - e) : strlen(e));
        }
        return;
    }
    if (strcmp(st, "panic") == 0) {
        const char *m = get_str(L, t, "panic");
        buf_printf(b, "the program panicked: %s", m ? m : "?");
        return;
    }
    if (strcmp(st, "deadlock") == 0) {
        buf_puts(b, "the program deadlocked: every goroutine was blocked (");
        lua_getfield(L, t, "goroutines");
        explain_list(L, lua_gettop(L), b, depth);
        lua_pop(L, 1);
        buf_puts(b, ")");
        return;
    }
    if (strcmp(st, "limit") == 0 || strcmp(st, "fatal") == 0) {
        const char *m = get_str(L, t, "fatal");
        buf_printf(b, "%s: %s", strcmp(st, "limit") == 0 ? "the run hit a gorolab limit" :
                   "the program stopped with a fatal error", m ? m : "?");
        return;
    }
    lua_getfield(L, t, "leaked");
    int lk = lua_gettop(L);
    if (lua_type(L, lk) == LUA_TTABLE && lua_rawlen(L, lk) > 0) {
        explain_list(L, lk, b, depth);
        lua_pop(L, 1);
        return;
    }
    lua_pop(L, 1);
    lua_getfield(L, t, "races");
    if (lua_type(L, -1) == LUA_TTABLE && lua_rawlen(L, -1) > 0) {
        lua_rawgeti(L, -1, 1);
        explain_race(L, lua_gettop(L), b);
        lua_pop(L, 2);
        return;
    }
    lua_pop(L, 1);
    long long code = get_int(L, t, "exit_code", 0);
    if (code != 0) buf_printf(b, "the program exited with status %lld", code);
    else buf_puts(b, "the program ran to completion (exit status 0) with no goroutine left behind");
}

static void explain_value(lua_State *L, int idx, Buf *b, int depth)
{
    idx = lua_absindex(L, idx);
    if (depth > 4) { buf_puts(b, "…"); return; }
    switch (lua_type(L, idx)) {
    case LUA_TNONE:
    case LUA_TNIL: buf_puts(b, "nothing to explain"); return;
    case LUA_TTABLE: break;
    default: {
        size_t n;
        const char *s = luaL_tolstring(L, idx, &n);
        buf_add(b, s, n);
        lua_pop(L, 1);
        return;
    }
    }
    if (get_str(L, idx, "status")) { explain_result(L, idx, b, depth); return; }
    if (get_str(L, idx, "state") && get_int(L, idx, "id", 0) > 0) { explain_g(L, idx, b); return; }
    lua_getfield(L, idx, "failed");
    bool isexp = lua_type(L, -1) == LUA_TNUMBER;
    lua_pop(L, 1);
    if (isexp) {
        if (get_int(L, idx, "failed", 0) == 0) buf_printf(b, "all %lld schedules passed", get_int(L, idx, "runs", 0));
        else buf_puts(b, get_str(L, idx, "first_failure") ? get_str(L, idx, "first_failure") : "a schedule failed");
        return;
    }
    if (is_list(L, idx)) { explain_list(L, idx, b, depth); return; }
    explain_race(L, idx, b);
}

static int l_explain(lua_State *L)
{
    Buf b = BUF_INIT;
    lua_settop(L, 1);
    explain_value(L, 1, &b, 0);
    lua_pushlstring(L, buf_str(&b), b.len);
    buf_fini(&b);
    return 1;
}

/* ---- explore ---- */

/* run_failed decides whether result r (top of the stack) fails, pushing the
 * reason (a string) when it does. check: index of a function or 0. */
static bool run_failed(lua_State *L, int check, int first_out)
{
    int r = lua_gettop(L);
    if (check) {
        lua_pushvalue(L, check);
        lua_pushvalue(L, r);
        lua_call(L, 1, 2);
        if (lua_toboolean(L, -2)) {
            lua_pop(L, 2);
            return false;
        }
        if (lua_type(L, -1) != LUA_TSTRING) {
            lua_pop(L, 1);
            lua_pushliteral(L, "the grader's check rejected this run");
        }
        lua_remove(L, -2);
        return true;
    }
    const char *st = get_str(L, r, "status");
    bool bad = strcmp(st, "exit") != 0 || get_int(L, r, "exit_code", 0) != 0;
    lua_getfield(L, r, "leaked");
    bad = bad || lua_rawlen(L, -1) > 0;
    lua_getfield(L, r, "races");
    bad = bad || lua_rawlen(L, -1) > 0;
    lua_pop(L, 2);
    if (!bad && first_out) {
        lua_getfield(L, r, "stdout");
        if (!lua_rawequal(L, -1, first_out)) {
            lua_pop(L, 1);
            lua_pushliteral(L, "the output differs from the first schedule's");
            return true;
        }
        lua_pop(L, 1);
    }
    if (!bad) return false;
    Buf b = BUF_INIT;
    explain_value(L, r, &b, 0);
    lua_pushlstring(L, buf_str(&b), b.len);
    buf_fini(&b);
    return true;
}

static int ctl_gc(lua_State *L)
{
    ScheduleCtl **box = luaL_checkudata(L, 1, "gorolab.schedctl");
    if (*box) schedctl_free(*box);
    *box = NULL;
    return 0;
}

/* ---- shrinking lab.explore's first failure (rt/explore.h) ---- */

enum { LAB_SHRINK_RUNS = 150 };
#define LAB_SHRINK_CPU 1.5   /* seconds of CPU at most: the grader's wall clock is shared */

typedef struct LabShrink {
    lua_State *L;
    Lab       *lab;
    RunOpts    o;
    int        check, first_out;
    char      *status, *msg;   /* the original failure's status and panic/fatal text */
    char      *out;            /* and its stdout, when it exited: an output that is */
    char      *calm_out;       /* not the calm schedule's when the original's was not, */
                               /* else the original's */
    clock_t    c0;
} LabShrink;

static char *field_dup(lua_State *L, int t, const char *k)
{
    const char *v = get_str(L, t, k);
    return xstrdup(v ? v : "");
}

static bool lab_shrink_test(void *ctx, ScheduleCtl *c)
{
    LabShrink *k = ctx;
    if ((double)(clock() - k->c0) / CLOCKS_PER_SEC > LAB_SHRINK_CPU) return false;
    lua_State *L = k->L;
    int top = lua_gettop(L);
    RunOpts o = k->o;
    o.ctl = c;
    o.schedule = NULL;
    run_push(L, k->lab, &o);
    k->lab->res->explored++;
    int r = lua_gettop(L);
    bool same = run_failed(L, k->check, k->first_out);
    if (same) {
        char *st = field_dup(L, r, "status");
        const char *m = get_str(L, r, "panic") ? get_str(L, r, "panic") : get_str(L, r, "fatal");
        same = strcmp(st, k->status) == 0 && strcmp(m ? m : "", k->msg) == 0;
        if (same && k->out) {
            char *o = field_dup(L, r, "stdout");
            same = k->calm_out ? strcmp(o, k->calm_out) != 0 : strcmp(o, k->out) == 0;
            free(o);
        }
        free(st);
    }
    lua_settop(L, top);
    return same;
}

static int l_explore(lua_State *L)
{
    Lab *lab = lab_of(L);
    lua_settop(L, 1);
    RunOpts o;
    if (lua_type(L, 1) == LUA_TTABLE) check_keys(L, 1, "lab.explore", EXPLORE_KEYS);
    parse_opts(L, 1, &o, lab->in->lesson.memory);
    long long runs = 100, depth = 3, preempt = 2;
    const char *mode = "random";
    int check = 0;
    bool same = false, stop = true, timing = true, shrink = true;
    if (lua_type(L, 1) == LUA_TTABLE) {
        timing = get_bool(L, 1, "timing", true);
        shrink = get_bool(L, 1, "shrink", true);
        runs = get_int(L, 1, "runs", 100);
        depth = get_int(L, 1, "depth", 3);
        preempt = get_int(L, 1, "preemptions", 2);
        if (get_str(L, 1, "mode")) mode = get_str(L, 1, "mode");
        same = get_bool(L, 1, "same_output", false);
        stop = get_bool(L, 1, "stop", true);
        if (lua_getfield(L, 1, "check") == LUA_TFUNCTION) check = lua_gettop(L);
        else lua_pop(L, 1);
    }
    if (runs < 1) runs = 1;
    SchedMode sm;
    if (strcmp(mode, "random") == 0) sm = SCHED_RANDOM;
    else if (strcmp(mode, "pct") == 0) sm = SCHED_PCT;
    else if (strcmp(mode, "dfs") == 0) sm = SCHED_DFS;
    else return luaL_error(L, "lab.explore: mode must be \"random\", \"pct\" or \"dfs\", not \"%s\"", mode);
    ScheduleCtl *ctl = schedctl_new(sm, o.seed);
    /* freed by __gc even when a check function raises an error */
    ScheduleCtl **box = lua_newuserdatauv(L, sizeof *box, 0);
    *box = ctl;
    if (luaL_newmetatable(L, "gorolab.schedctl")) {
        lua_pushcfunction(L, ctl_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    ctl->pct_depth = (int)depth;
    ctl->max_preempt = (int)preempt;
    ctl->timing = timing;
    o.ctl = ctl;
    if (!check) o.events = false;   /* only a check function reads them */
    lua_createtable(L, 0, 8);
    int out = lua_gettop(L);
    int first_out = 0;
    long long done = 0, failed = 0;
    clock_t c0 = clock();
    for (long long i = 0; i < runs; i++) {
        sbx_checkpoint(lab->sb);
        schedctl_begin_run(ctl, o.seed + (uint64_t)i);
        run_push(L, lab, &o);
        lab->res->explored++;
        done++;
        if (same && !first_out) {
            lua_getfield(L, -1, "stdout");
            first_out = lua_gettop(L);
            lua_insert(L, out + 1);   /* keep it below the run results */
            first_out = out + 1;
        }
        if (run_failed(L, check, first_out)) {
            failed++;
            if (failed == 1) {
                const char *sched0 = get_str(L, lua_gettop(L) - 1, "schedule");
                if (shrink && sched0) {
                    /* the story: the fewest preemptions and decisions that still fail so */
                    int r0 = lua_gettop(L) - 1;
                    GradeReplay found = {0};
                    replay_copy(&found, &lab->run);
                    bool replaced = false;
                    LabShrink k = {L, lab, o, check, first_out, field_dup(L, r0, "status"), NULL, NULL, NULL, clock()};
                    if (strcmp(k.status, "exit") == 0) {
                        k.out = field_dup(L, r0, "stdout");
                        /* the calm schedule's output: is the failure's another one? */
                        ScheduleCtl *cc = schedctl_new(SCHED_REPLAY, o.seed);
                        schedctl_replay(cc, o.seed, NULL, 0);
                        schedctl_begin_run(cc, o.seed);
                        RunOpts oc = o;
                        oc.ctl = cc;
                        oc.schedule = NULL;
                        run_push(L, lab, &oc);
                        char *calm = field_dup(L, -1, "stdout");
                        lua_pop(L, 1);
                        schedctl_free(cc);
                        if (strcmp(calm, k.out) != 0) k.calm_out = calm;
                        else free(calm);
                    }
                    const char *m = get_str(L, r0, "panic") ? get_str(L, r0, "panic") : get_str(L, r0, "fatal");
                    k.msg = xstrdup(m ? m : "");
                    ShrinkStats ss;
                    char *shrunk = schedctl_shrink(sched0, lab_shrink_test, &k, LAB_SHRINK_RUNS, &ss);
                    free(k.status);
                    free(k.msg);
                    free(k.out);
                    free(k.calm_out);
                    if (shrunk) {
                        /* the shrunk run replaces the one found */
                        RunOpts o2 = o;
                        o2.ctl = NULL;
                        o2.schedule = shrunk;
                        o2.events = true;
                        run_push(L, lab, &o2);
                        if (run_failed(L, check, first_out)) {
                            lua_replace(L, -3);   /* reason over the old reason */
                            lua_replace(L, -3);   /* result over the old result */
                            replaced = true;
                        } else {
                            lua_pop(L, 1);
                        }
                        lua_pushinteger(L, ss.from);
                        lua_setfield(L, out, "shrunk_from");
                        lua_pushinteger(L, ss.to);
                        lua_setfield(L, out, "shrunk_to");
                        free(shrunk);
                    }
                    if (!replaced) replay_copy(&lab->run, &found);
                    grade_replay_clear(&found);
                }
                replay_copy(&lab->judged, &lab->run);
                const char *why = lua_tostring(L, -1);
                const char *sched = get_str(L, lua_gettop(L) - 1, "schedule");
                /* the reason first; the schedule string is in .schedule, and a
                 * failing grade's report says how to replay it */
                lua_pushfstring(L, "%s\n(schedule %d of %d)", why ? why : "", (int)(i + 1), (int)runs);
                lua_setfield(L, out, "first_failure");
                if (sched) {
                    lua_pushstring(L, sched);
                    lua_setfield(L, out, "schedule");
                }
                lua_pushvalue(L, -2);
                lua_setfield(L, out, "result");
                lua_pushinteger(L, (lua_Integer)(o.seed + (uint64_t)i));
                lua_setfield(L, out, "seed");
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
        if (failed && stop) break;
        if (sm == SCHED_DFS && !schedctl_dfs_next(ctl)) break;
    }
    lab->res->explore_cpu += (double)(clock() - c0) / CLOCKS_PER_SEC;
    if (!failed) replay_copy(&lab->judged, &lab->run);   /* a check on all of them: the last one */
    lua_pushinteger(L, done);
    lua_setfield(L, out, "runs");
    lua_pushinteger(L, failed);
    lua_setfield(L, out, "failed");
    lua_pushstring(L, mode);
    lua_setfield(L, out, "mode");
    lua_pushvalue(L, out);
    return 1;
}

/* ---- reading a run's events ---- */

/* events_of pushes the event list of argument 1: a run result or a list. */
static void events_of(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_getfield(L, 1, "events") != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_pushvalue(L, 1);
    }
}

/* box_of returns the EventBox behind the lazy event list at idx, or NULL. */
static const EventBox *box_of(lua_State *L, int idx)
{
    const EventBox *b = NULL;
    if (lua_getmetatable(L, idx)) {
        if (lua_getfield(L, -1, "box") == LUA_TUSERDATA) b = lua_touserdata(L, -1);
        lua_pop(L, 2);
    }
    return b;
}

/* field_matches says whether event e's field k (as push_event makes it)
 * equals the value at the top of the stack. */
static bool field_matches(lua_State *L, const Program *prog, const Event *e, const char *k)
{
    const char *sv = NULL;
    bool is_int = false;
    long long iv = 0;
    if (!strcmp(k, "kind")) sv = event_kind_name[e->kind];
    else if (!strcmp(k, "func")) sv = e->fn;
    else if (!strcmp(k, "chan")) sv = e->kind == EV_GO_CREATE ? NULL : e->name;
    else if (!strcmp(k, "fn")) sv = e->kind == EV_GO_CREATE ? e->name : NULL;
    else if (!strcmp(k, "reason")) sv = e->kind == EV_GO_BLOCK ? wait_reason_text[e->reason] : NULL;
    else if (!strcmp(k, "file"))
        sv = e->line > 0 && e->file >= 0 && e->file < prog->nfiles ? path_base(prog->files[e->file]) : NULL;
    else if (!strcmp(k, "t")) is_int = true, iv = e->t;
    else if (!strcmp(k, "g")) is_int = true, iv = e->g;
    else if (!strcmp(k, "a")) is_int = true, iv = e->a;
    else if (!strcmp(k, "b")) is_int = true, iv = e->b;
    else if (!strcmp(k, "line")) {
        if (e->line <= 0) return false;
        is_int = true, iv = e->line;
    } else return false;
    if (is_int) return lua_isinteger(L, -1) && lua_tointeger(L, -1) == iv;
    return sv && lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), sv) == 0;
}

/* events_filter pushes the events of box b that match filter (index 2),
 * made (and kept in the lazy list at evs) only when they match. */
static void events_filter(lua_State *L, int evs, const EventBox *b)
{
    lua_newtable(L);
    int out = lua_gettop(L), n = 0;
    for (int64_t i = 0; i < b->n; i++) {
        bool match = true;
        lua_pushnil(L);
        while (match && lua_next(L, 2)) {
            match = lua_type(L, -2) == LUA_TSTRING && field_matches(L, b->prog, &b->ev[i], lua_tostring(L, -2));
            lua_pop(L, 1);
        }
        if (!match) {
            lua_pop(L, 1);   /* the key lua_next left */
            continue;
        }
        lua_geti(L, evs, i + 1);
        lua_rawseti(L, out, ++n);
    }
}

/* lab.events(r, filter): the events of r whose fields equal all of filter's. */
static int l_events(lua_State *L)
{
    lua_settop(L, 2);
    events_of(L);
    int evs = lua_gettop(L);
    const EventBox *box = lua_type(L, 2) == LUA_TTABLE ? box_of(L, evs) : NULL;
    if (box) {
        events_filter(L, evs, box);
        return 1;
    }
    bool any = lua_type(L, 2) == LUA_TTABLE;
    lua_newtable(L);
    int out = lua_gettop(L), n = 0;
    lua_Integer len = luaL_len(L, evs);
    for (lua_Integer i = 1; i <= len; i++) {
        lua_geti(L, evs, i);
        int e = lua_gettop(L);
        bool match = lua_type(L, e) == LUA_TTABLE;
        if (match && any) {
            lua_pushnil(L);
            while (match && lua_next(L, 2)) {
                lua_pushvalue(L, -2);
                lua_rawget(L, e);
                match = lua_rawequal(L, -1, -2);
                lua_pop(L, 2);
            }
            if (!match) lua_pop(L, 1);   /* the key lua_next left */
        }
        if (match) {
            lua_pushvalue(L, e);
            lua_rawseti(L, out, ++n);
        }
        lua_settop(L, out);
    }
    return 1;
}

/* lab.max_alive(r, fn): the most goroutines running fn alive at once, from
 * the "go create" and "go end" events. */
static int l_max_alive(lua_State *L)
{
    lua_settop(L, 2);
    const char *fn = luaL_checkstring(L, 2);
    events_of(L);
    int evs = lua_gettop(L);
    lua_newtable(L);   /* goroutine id -> true while alive */
    int alive = lua_gettop(L);
    lua_Integer now = 0, max = 0, len = luaL_len(L, evs);
    for (lua_Integer i = 1; i <= len; i++) {
        lua_geti(L, evs, i);
        const char *kind = get_str(L, -1, "kind");
        if (kind && strcmp(kind, "go create") == 0) {
            const char *f = get_str(L, -1, "fn");
            if (f && strcmp(f, fn) == 0) {
                lua_pushboolean(L, 1);
                lua_rawseti(L, alive, get_int(L, -2, "a", 0));
                if (++now > max) max = now;
            }
        } else if (kind && strcmp(kind, "go end") == 0) {
            lua_Integer g = get_int(L, -1, "g", 0);
            if (lua_rawgeti(L, alive, g) == LUA_TBOOLEAN) {
                lua_pushnil(L);
                lua_rawseti(L, alive, g);
                now--;
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    lua_pushinteger(L, max);
    return 1;
}

/* lab.say{ en = ..., zh = ... }: the text in the learner's language (English
 * when that one is missing); a string is returned as is. */
static int l_say(lua_State *L)
{
    Lab *lab = lab_of(L);
    if (lua_type(L, 1) != LUA_TTABLE) {
        luaL_tolstring(L, 1, NULL);
        return 1;
    }
    const char *lang = lab->in->lesson.lang ? lab->in->lesson.lang : "en";
    if (lua_getfield(L, 1, lang) == LUA_TSTRING) return 1;
    lua_pop(L, 1);
    if (lua_getfield(L, 1, "en") == LUA_TSTRING) return 1;
    return luaL_error(L, "lab.say: give the text as { en = \"...\", zh = \"...\" }");
}

/* ---- source, lesson ---- */

static int l_source(lua_State *L)
{
    Lab *lab = lab_of(L);
    const LabInput *in = lab->in;
    const char *want = luaL_optstring(L, 1, NULL);
    for (int i = 0; i < in->nfiles; i++) {
        const SourceFile *f = &in->files[i];
        if (!want || strcmp(want, f->name) == 0 || strcmp(want, path_base(f->name)) == 0 ||
            (f->abspath && strcmp(want, f->abspath) == 0)) {
            lua_pushlstring(L, f->text, f->len);
            return 1;
        }
    }
    lua_pushnil(L);
    return 1;
}

static void push_strlist(lua_State *L, const char *const *v)
{
    lua_newtable(L);
    for (int i = 0; v && v[i]; i++) {
        lua_pushstring(L, v[i]);
        lua_rawseti(L, -2, i + 1);
    }
}

static void push_lesson(lua_State *L, const LabLesson *l)
{
    lua_createtable(L, 0, 6);
    set_str(L, "id", l->id ? l->id : "");
    set_str(L, "title", l->title ? l->title : "");
    set_str(L, "go", l->go);
    set_str(L, "lang", l->lang ? l->lang : "en");
    set_str(L, "mode", l->mode ? l->mode : "edit");
    set_bool(L, "memory", l->memory);
    lua_createtable(L, 0, 2);
    push_strlist(L, l->watch_channels);
    lua_setfield(L, -2, "channels");
    push_strlist(L, l->watch_funcs);
    lua_setfield(L, -2, "funcs");
    lua_setfield(L, -2, "watch");
    push_strlist(L, l->hints);
    lua_setfield(L, -2, "hints");
}

/* ---- expect, pass, fail ---- */

enum { MAX_CHECKS = 1000 };   /* passing checks kept per grading (a grader may expect in a loop) */

static void add_check(Lab *lab, const char *name, bool ok, const char *msg)
{
    GradeResult *r = lab->res;
    if (ok && r->nchecks >= MAX_CHECKS) return;
    int same = 0;   /* the same line checked again (a loop): number the repeats */
    for (int i = 0; i < r->nchecks; i++)
        if (strncmp(r->checks[i].name, name, strlen(name)) == 0 &&
            (r->checks[i].name[strlen(name)] == 0 || r->checks[i].name[strlen(name)] == ' '))
            same++;
    char numbered[400];
    if (same) {
        snprintf(numbered, sizeof numbered, "%s (%d)", name, same + 1);
        name = numbered;
    }
    r->checks = xrealloc(r->checks, sizeof *r->checks * (size_t)(r->nchecks + 1));
    GradeCheck *c = &r->checks[r->nchecks++];
    c->name = xstrdup(name);
    c->ok = ok;
    c->message = xstrdup(msg ? msg : "");
}

/* where returns "f.lua:12" for the grader's line that called us. */
static void where(lua_State *L, char *out, size_t n)
{
    lua_Debug ar;
    if (lua_getstack(L, 1, &ar) && lua_getinfo(L, "Sl", &ar) && ar.currentline > 0)
        snprintf(out, n, "%s:%d", ar.short_src, ar.currentline);
    else
        snprintf(out, n, "%s", "grader");
}

/* show_value writes value idx for a person: strings as they are (a NUL as
 * \x00, so the message is not cut there), a table without __tostring as a
 * short literal ({1, 2, name = "x"}), never an address. */
static void show_value(lua_State *L, int idx, Buf *b, int depth)
{
    idx = lua_absindex(L, idx);
    int t = lua_type(L, idx);
    if (t == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, idx, &n);
        for (size_t i = 0; i < n; i++) {
            if (s[i]) buf_putc(b, s[i]);
            else buf_puts(b, "\\x00");
        }
        return;
    }
    if (t == LUA_TNIL || t == LUA_TNUMBER || t == LUA_TBOOLEAN ||
        (t == LUA_TTABLE && luaL_getmetafield(L, idx, "__tostring") != LUA_TNIL &&
         (lua_pop(L, 1), true))) {
        size_t n;
        const char *s = luaL_tolstring(L, idx, &n);
        buf_add(b, s, n);
        lua_pop(L, 1);
        return;
    }
    if (t != LUA_TTABLE) {
        buf_printf(b, "a %s", luaL_typename(L, idx));
        return;
    }
    if (depth >= 2) {
        buf_puts(b, "{…}");
        return;
    }
    buf_puts(b, "{");
    lua_Integer n = (lua_Integer)lua_rawlen(L, idx), shown = 0;
    for (lua_Integer i = 1; i <= n && shown < 8; i++, shown++) {
        if (shown) buf_puts(b, ", ");
        lua_rawgeti(L, idx, i);
        if (lua_type(L, -1) == LUA_TSTRING) buf_putc(b, '"');
        show_value(L, -1, b, depth + 1);
        if (lua_type(L, -1) == LUA_TSTRING) buf_putc(b, '"');
        lua_pop(L, 1);
    }
    lua_pushnil(L);
    while (lua_next(L, idx)) {
        bool in_list = lua_type(L, -2) == LUA_TNUMBER && lua_isinteger(L, -2) &&
                       lua_tointeger(L, -2) >= 1 && lua_tointeger(L, -2) <= n;
        if (!in_list) {
            if (shown++ == 8) {
                buf_puts(b, ", …");
                lua_pop(L, 2);
                break;
            }
            if (shown > 1) buf_puts(b, ", ");
            if (lua_type(L, -2) == LUA_TSTRING) {
                buf_puts(b, lua_tostring(L, -2));
            } else {
                buf_putc(b, '[');
                show_value(L, -2, b, depth + 1);
                buf_putc(b, ']');
            }
            buf_puts(b, " = ");
            if (lua_type(L, -1) == LUA_TSTRING) buf_putc(b, '"');
            show_value(L, -1, b, depth + 1);
            if (lua_type(L, -1) == LUA_TSTRING) buf_putc(b, '"');
        }
        lua_pop(L, 1);
    }
    buf_puts(b, "}");
}

static const char *msg_arg(lua_State *L, int i, const char *dflt)
{
    if (lua_isnoneornil(L, i)) return dflt;
    Buf b = BUF_INIT;
    show_value(L, i, &b, 0);
    lua_pushlstring(L, buf_str(&b), b.len);   /* stays on the stack */
    buf_fini(&b);
    return lua_tostring(L, -1);
}

/* The failure travels as an error value the sandbox recognises by the flag. */
static int raise_failure(lua_State *L, Lab *lab)
{
    (void)lab;
    lua_pushliteral(L, "grader failure");
    return lua_error(L);
}

static int l_expect(lua_State *L)
{
    Lab *lab = lab_of(L);
    char at[300], name[320];
    where(L, at, sizeof at);
    snprintf(name, sizeof name, "expect at %s", at);
    lab->nexpect++;
    if (lua_toboolean(L, 1)) {
        add_check(lab, name, true, msg_arg(L, 2, ""));
        lua_pushboolean(L, 1);
        return 1;
    }
    const char *m = msg_arg(L, 2, "expectation failed");
    add_check(lab, name, false, m);
    record_failure(lab, m);
    return raise_failure(L, lab);
}

/* lab.check(name, cond, msg): expect with a name for the reports. */
static int l_check(lua_State *L)
{
    Lab *lab = lab_of(L);
    const char *name = luaL_checkstring(L, 1);
    lab->nexpect++;
    if (lua_toboolean(L, 2)) {
        add_check(lab, name, true, msg_arg(L, 3, ""));
        lua_pushboolean(L, 1);
        return 1;
    }
    const char *m = msg_arg(L, 3, name);
    add_check(lab, name, false, m);
    record_failure(lab, m);
    return raise_failure(L, lab);
}

static int l_pass(lua_State *L)
{
    Lab *lab = lab_of(L);
    const char *m = msg_arg(L, 1, "");
    char at[300], name[320];
    where(L, at, sizeof at);
    snprintf(name, sizeof name, "pass at %s", at);
    add_check(lab, name, true, m);
    if (!lab->failed && !lab->passed) {
        lab->passed = true;
        free(lab->res->message);
        lab->res->message = xstrdup(m);
    }
    lua_pushboolean(L, 1);
    return 1;
}

static int l_fail(lua_State *L)
{
    Lab *lab = lab_of(L);
    const char *m = msg_arg(L, 1, "the grader failed this program");
    char at[300], name[320];
    where(L, at, sizeof at);
    snprintf(name, sizeof name, "fail at %s", at);
    add_check(lab, name, false, m);
    record_failure(lab, m);
    return raise_failure(L, lab);
}

/* ---- lab_grade ---- */

static void set_fn(lua_State *L, Lab *lab, const char *name, lua_CFunction f, bool global)
{
    lua_pushlightuserdata(L, lab);
    lua_pushcclosure(L, f, 1);
    if (global) lua_setglobal(L, name);
    else lua_setfield(L, -2, name);
}

static int parse_go_minor(const char *go)
{
    if (!go || strncmp(go, "1.", 2) != 0 || !go[2]) return 0;
    int minor = 0;
    for (const char *s = go + 2; *s; s++) {
        if (*s < '0' || *s > '9' || minor > 99) return 0;
        minor = minor * 10 + (*s - '0');
    }
    return minor;
}

const char *grade_verdict_name(GradeVerdict v)
{
    return v == GRADE_PASS ? "pass" : v == GRADE_FAIL ? "fail" : "error";
}

bool lab_grade(const LabInput *in, GradeResult *out)
{
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    memset(out, 0, sizeof *out);
    out->grader = xstrdup(in->grader_name ? in->grader_name : "grader.lua");
    out->lesson = xstrdup(in->lesson.id ? in->lesson.id : in->lesson.title ? in->lesson.title : "");
    Lab lab;
    memset(&lab, 0, sizeof lab);
    lab.in = in;
    lab.res = out;
    lab.go_minor = parse_go_minor(in->lesson.go);
    lab.sb = sbx_new(&in->limits);
    lua_State *L = sbx_lua(lab.sb);

    lua_createtable(L, 0, 8);
    set_fn(L, &lab, "run", l_run, false);
    set_fn(L, &lab, "explore", l_explore, false);
    set_fn(L, &lab, "explain", l_explain, false);
    set_fn(L, &lab, "source", l_source, false);
    set_fn(L, &lab, "events", l_events, false);
    set_fn(L, &lab, "max_alive", l_max_alive, false);
    set_fn(L, &lab, "check", l_check, false);
    set_fn(L, &lab, "say", l_say, false);
    push_lesson(L, &in->lesson);
    lua_setfield(L, -2, "lesson");
    set_str(L, "schedule", in->schedule);
    lua_createtable(L, in->nfiles, 0);
    for (int i = 0; i < in->nfiles; i++) {
        lua_pushstring(L, path_base(in->files[i].name));
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "files");
    lua_setglobal(L, "lab");
    set_fn(L, &lab, "expect", l_expect, true);
    set_fn(L, &lab, "pass", l_pass, true);
    set_fn(L, &lab, "fail", l_fail, true);

    char *err = NULL;
    /* the parts of the API written in Lua (src/grade/prelude.lua), then the grader */
    bool ran = sbx_run(lab.sb, "lab prelude", lab_prelude, strlen(lab_prelude), &err);
    if (ran) {
        lua_pop(L, 1);
        ran = sbx_run(lab.sb, out->grader, in->grader_text ? in->grader_text : "",
                      in->grader_text ? in->grader_len : 0, &err);
        if (ran) lua_pop(L, 1);
    }
    SbxTrip trip = sbx_tripped(lab.sb);
    if (lab.failed && trip == SBX_OK) {
        out->verdict = GRADE_FAIL;
    } else if (!ran || trip != SBX_OK) {
        out->verdict = GRADE_ERROR;
        free(out->message);
        out->message = err ? err : xstrdup("grader error");
        err = NULL;
    } else {
        out->verdict = GRADE_PASS;
        if (!out->message) out->message = xstrdup(lab.nexpect ? "all expectations hold" : "");
    }
    free(err);
    out->output = xstrdup(sbx_output(lab.sb));
    sbx_free(lab.sb);
    if (lab.prog) program_free(lab.prog);
    grade_replay_clear(&lab.run);
    grade_replay_clear(&lab.judged);
    free(lab.compile_err);
    int nh = 0;
    while (in->lesson.hints && in->lesson.hints[nh]) nh++;
    out->hints_left = nh;
    out->hint = nh ? in->lesson.hints[0] : NULL;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    out->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    return out->verdict == GRADE_PASS;
}

void grade_result_fini(GradeResult *r)
{
    for (int i = 0; i < r->nchecks; i++) {
        free(r->checks[i].name);
        free(r->checks[i].message);
    }
    free(r->checks);
    free(r->message);
    free(r->grader);
    free(r->lesson);
    free(r->output);
    grade_replay_clear(&r->replay);
    free(r->replay_cmd);
    memset(r, 0, sizeof *r);
}

/* ---- files ---- */

char *lab_read_text(const char *path, size_t *len)
{
    if (!*path) {
        errno = ENOENT;
        return NULL;
    }
    Buf b = BUF_INIT;
    if (!read_regular_file(path, &b, LAB_MAX_TEXT)) {
        buf_fini(&b);
        return NULL;
    }
    *len = b.len;
    return buf_take(&b);
}

bool lab_files_read(LabFiles *lf, const char *const *paths, int n, char **cause)
{
    lf->files = xcalloc((size_t)n + 1, sizeof *lf->files);
    lf->n = 0;
    for (int i = 0; i < n; i++) {
        size_t len = 0;
        char *text = lab_read_text(paths[i], &len);
        if (!text) {
            char m[1200];
            snprintf(m, sizeof m, "cannot read %s: %s", *paths[i] ? paths[i] : "\"\"", read_file_error(errno));
            *cause = xstrdup(m);
            return false;
        }
        SourceFile *f = &lf->files[lf->n++];
        f->name = xstrdup(paths[i]);
        char *rp = realpath(paths[i], NULL);
        f->abspath = rp ? rp : xstrdup(paths[i]);
        f->text = text;
        f->len = len;
    }
    return true;
}

void lab_files_seal(LabFiles *lf, const Lesson *l)
{
    if (!l || l->mode != LESSON_EDIT || lf->n != l->files.len) return;
    for (int i = 0; i < lf->n; i++) {
        bool edit = false;
        for (int j = 0; j < l->edit.len; j++) edit = edit || strcmp(l->files.items[i], l->edit.items[j]) == 0;
        lf->files[i].world = !edit;
    }
}

void lab_files_free(LabFiles *lf)
{
    for (int i = 0; i < lf->n; i++) {
        free((char *)lf->files[i].name);
        free((char *)lf->files[i].abspath);
        free((char *)lf->files[i].text);
    }
    free(lf->files);
    lf->files = NULL;
    lf->n = 0;
}
