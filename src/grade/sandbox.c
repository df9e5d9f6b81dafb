/* grade/sandbox.c: a capped, library-restricted Lua 5.4 state (see sandbox.h).
 *
 * Mirrors how Lua's own lua.c builds a state (luaL_requiref per library), but
 * with lua_newstate and a counting allocator, and after Roblox/Redis-style
 * sandboxes: unsafe globals removed, load limited to text chunks, the string
 * metatable hidden. Invariant: mem_used is the exact number of bytes the
 * state holds; once tripped, the allocator refuses to grow and the hook
 * fires on every instruction. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <lauxlib.h>
#include <lualib.h>

#include "base/xalloc.h"
#include "grade/sandbox.h"

enum {
    HOOK_EVERY = 1000,          /* instructions between budget checks */
    PRINT_CAP = 64 * 1024,      /* bytes of print() output kept */
};

struct Sandbox {
    lua_State *L;
    size_t     mem_used, mem_cap;
    uint64_t   insns, insn_cap;
    int64_t    wall_ms, t0_ms;
    SbxTrip    trip;
    char       tripmsg[256];   /* "grader f.lua:12: instruction budget exhausted (N)" */
    const char *name;          /* the chunk being run */
    int        last_line;      /* line the hook last saw (for memory errors) */
    Buf        out;            /* print() output */
};

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void *sbx_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    Sandbox *sb = ud;
    if (!ptr) osize = 0;
    if (nsize == 0) {
        free(ptr);
        sb->mem_used -= osize;
        return NULL;
    }
    if (nsize > osize) {
        if (sb->trip == SBX_TRIP_MEM || sb->mem_used - osize + nsize > sb->mem_cap) {
            if (sb->trip == SBX_OK) {
                sb->trip = SBX_TRIP_MEM;
                if (sb->last_line)
                    snprintf(sb->tripmsg, sizeof sb->tripmsg, "grader %s:%d: memory cap exhausted (%zu MiB)",
                             sb->name ? sb->name : "?", sb->last_line, sb->mem_cap >> 20);
                else
                    snprintf(sb->tripmsg, sizeof sb->tripmsg, "grader %s: memory cap exhausted (%zu MiB)",
                             sb->name ? sb->name : "?", sb->mem_cap >> 20);
            }
            return NULL;
        }
    }
    void *p = realloc(ptr, nsize);
    if (!p) return NULL;
    sb->mem_used = sb->mem_used - osize + nsize;
    return p;
}

static void hook(lua_State *L, lua_Debug *ar)
{
    Sandbox *sb = *(Sandbox **)lua_getextraspace(L);
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0) sb->last_line = ar->currentline;
    sb->insns += HOOK_EVERY;
    if (sb->trip == SBX_OK || sb->trip == SBX_TRIP_MEM) {
        if (sb->trip == SBX_TRIP_MEM) {
            /* keep failing: the grader may be looping in a pcall */
        } else if (sb->insns >= sb->insn_cap) {
            sb->trip = SBX_TRIP_INSNS;
            snprintf(sb->tripmsg, sizeof sb->tripmsg,
                     "grader %s:%d: instruction budget exhausted (%llu)", ar->short_src,
                     ar->currentline, (unsigned long long)sb->insn_cap);
        } else if (now_ms() - sb->t0_ms > sb->wall_ms) {
            sb->trip = SBX_TRIP_WALL;
            snprintf(sb->tripmsg, sizeof sb->tripmsg,
                     "grader %s:%d: time limit exhausted (%lld ms)", ar->short_src,
                     ar->currentline, (long long)sb->wall_ms);
        } else {
            return;
        }
        lua_sethook(L, hook, LUA_MASKCOUNT, 1);   /* from now on, every instruction fails */
    }
    if (sb->trip == SBX_TRIP_MEM) lua_pushliteral(L, "not enough memory");   /* interned: no allocation */
    else lua_pushstring(L, sb->tripmsg);
    lua_error(L);
}

/* print(...) appends to the sandbox's output, tab-separated, like Lua's. */
static int sbx_print(lua_State *L)
{
    Sandbox *sb = *(Sandbox **)lua_getextraspace(L);
    int n = lua_gettop(L);
    for (int i = 1; i <= n; i++) {
        size_t len;
        const char *s = luaL_tolstring(L, i, &len);
        if (sb->out.len + len + 1 <= PRINT_CAP) {
            if (i > 1) buf_add(&sb->out, "\t", 1);
            buf_add(&sb->out, s, len);
        }
        lua_pop(L, 1);
    }
    if (sb->out.len < PRINT_CAP) buf_add(&sb->out, "\n", 1);
    return 0;
}

/* load(chunk [, chunkname [, mode [, env]]]) with mode forced to "t". */
static int sbx_load(lua_State *L)
{
    int n = lua_gettop(L);
    if (n < 1) return luaL_error(L, "bad argument #1 to 'load' (value expected)");
    if (lua_type(L, 3) == LUA_TSTRING && strchr(lua_tostring(L, 3), 'b'))
        return luaL_error(L, "load: binary chunks are not allowed in a grader");
    lua_settop(L, n < 4 ? 4 : n);
    lua_pushvalue(L, lua_upvalueindex(1));   /* the real load */
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_pushliteral(L, "t");
    int nargs = 3;
    if (n >= 4) {
        lua_pushvalue(L, 4);
        nargs = 4;
    }
    lua_call(L, nargs, LUA_MULTRET);
    return lua_gettop(L) - (n < 4 ? 4 : n);
}

/* setmetatable(t, mt) refusing a __gc field: Lua runs finalizers with hooks
 * off, so a looping __gc would escape the instruction budget. */
static int sbx_setmetatable(lua_State *L)
{
    luaL_checktype(L, 1, LUA_TTABLE);
    if (lua_type(L, 2) == LUA_TTABLE && lua_getfield(L, 2, "__gc") != LUA_TNIL)
        return luaL_error(L, "setmetatable: __gc metamethods are not allowed in a grader");
    lua_settop(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    return 1;
}

/* xpcall_guard stands in for a grader's xpcall message handler (upvalue 1).
 * Lua runs a message handler at the point of the error, and when the error
 * was raised by our count hook, with hooks off: a looping handler would
 * escape every budget. Once a limit tripped the handler is skipped and the
 * limit's error goes through unchanged. */
static int xpcall_guard(lua_State *L)
{
    Sandbox *sb = *(Sandbox **)lua_getextraspace(L);
    if (sb->trip != SBX_OK) {
        lua_settop(L, 1);
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

/* xpcall(f, msgh, ...) with msgh wrapped in xpcall_guard. */
static int sbx_xpcall(lua_State *L)
{
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, xpcall_guard, 1);
    lua_replace(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));   /* the real xpcall */
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static void open_lib(lua_State *L, const char *name, lua_CFunction f)
{
    luaL_requiref(L, name, f, 1);
    lua_pop(L, 1);
}

Sandbox *sbx_new(const SbxLimits *limits)
{
    Sandbox *sb = xcalloc(1, sizeof *sb);
    sb->mem_cap = limits && limits->mem ? limits->mem : SBX_DEFAULT_MEM;
    sb->insn_cap = limits && limits->insns ? limits->insns : SBX_DEFAULT_INSNS;
    sb->wall_ms = limits && limits->wall_ms ? limits->wall_ms : SBX_DEFAULT_WALL_MS;
    buf_init(&sb->out);
    lua_State *L = lua_newstate(sbx_alloc, sb);
    if (!L) {
        fprintf(stderr, "gorolab: cannot create a Lua state\n");
        abort();
    }
    sb->L = L;
    *(Sandbox **)lua_getextraspace(L) = sb;
    open_lib(L, LUA_GNAME, luaopen_base);
    open_lib(L, LUA_STRLIBNAME, luaopen_string);
    open_lib(L, LUA_TABLIBNAME, luaopen_table);
    open_lib(L, LUA_MATHLIBNAME, luaopen_math);
    open_lib(L, LUA_UTF8LIBNAME, luaopen_utf8);
    /* the loaded-modules table luaL_requiref fills is reachable only from the registry */
    static const char *const removed[] = {"dofile", "loadfile", "collectgarbage", "require", "warn", NULL};
    for (int i = 0; removed[i]; i++) {
        lua_pushnil(L);
        lua_setglobal(L, removed[i]);
    }
    lua_pushcfunction(L, sbx_print);
    lua_setglobal(L, "print");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, sbx_setmetatable, 1);
    lua_setglobal(L, "setmetatable");
    lua_getglobal(L, "load");
    lua_pushcclosure(L, sbx_load, 1);
    lua_setglobal(L, "load");
    lua_getglobal(L, "xpcall");
    lua_pushcclosure(L, sbx_xpcall, 1);
    lua_setglobal(L, "xpcall");
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    /* hide the string metatable: getmetatable("") is false */
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    lua_sethook(L, hook, LUA_MASKCOUNT, HOOK_EVERY);
    sb->t0_ms = now_ms();
    return sb;
}

void sbx_free(Sandbox *sb)
{
    if (!sb) return;
    /* finalizers the grader left (__gc) run in lua_close: give them no budget */
    if (sb->trip == SBX_OK) {
        sb->trip = SBX_TRIP_INSNS;
        snprintf(sb->tripmsg, sizeof sb->tripmsg, "grader %s: finalizers may not run after the grader ended",
                 sb->name ? sb->name : "?");
    }
    lua_sethook(sb->L, hook, LUA_MASKCOUNT, 1);
    lua_close(sb->L);
    buf_fini(&sb->out);
    free(sb);
}

lua_State *sbx_lua(Sandbox *sb) { return sb->L; }
SbxTrip sbx_tripped(Sandbox *sb) { return sb->trip; }
const char *sbx_output(Sandbox *sb) { return buf_str(&sb->out); }
size_t sbx_mem_used(Sandbox *sb) { return sb->mem_used; }

int64_t sbx_wall_left_ms(Sandbox *sb)
{
    int64_t left = sb->t0_ms + sb->wall_ms - now_ms();
    return left > 0 ? left : 1;
}

void sbx_checkpoint(Sandbox *sb)
{
    if (sb->trip == SBX_OK && now_ms() - sb->t0_ms > sb->wall_ms) {
        sb->trip = SBX_TRIP_WALL;
        snprintf(sb->tripmsg, sizeof sb->tripmsg, "grader %s: time limit exhausted (%lld ms)",
                 sb->name ? sb->name : "?", (long long)sb->wall_ms);
        lua_sethook(sb->L, hook, LUA_MASKCOUNT, 1);
    }
    if (sb->trip != SBX_OK) {
        if (sb->trip == SBX_TRIP_MEM) lua_pushliteral(sb->L, "not enough memory");
        else lua_pushstring(sb->L, sb->tripmsg);
        lua_error(sb->L);
    }
}

static int msgh(lua_State *L)
{
    if (lua_type(L, 1) == LUA_TSTRING) return 1;
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    return 1;
}

bool sbx_run(Sandbox *sb, const char *name, const char *text, size_t len, char **err)
{
    lua_State *L = sb->L;
    *err = NULL;
    sb->name = name;
    char chunkname[256];
    snprintf(chunkname, sizeof chunkname, "=%s", name);
    sb->t0_ms = now_ms();
    int base = lua_gettop(L);
    lua_pushcfunction(L, msgh);
    int st = luaL_loadbufferx(L, text, len, chunkname, "t");
    if (st == LUA_OK) st = lua_pcall(L, 0, 1, base + 1);
    if (st == LUA_OK && sb->trip == SBX_OK) {
        lua_remove(L, base + 1);
        return true;
    }
    if (sb->trip != SBX_OK) {
        *err = xstrdup(sb->tripmsg);
    } else {
        const char *m = lua_tostring(L, -1);
        size_t n = strlen(m ? m : "?") + strlen(name) + 16;
        *err = xmalloc(n);
        /* messages already carry "name:line:"; others get the name */
        if (m && strncmp(m, name, strlen(name)) == 0) snprintf(*err, n, "grader %s", m);
        else snprintf(*err, n, "grader %s: %s", name, m ? m : "?");
    }
    lua_settop(L, base);
    return false;
}
