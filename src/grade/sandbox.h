/* grade/sandbox.h: a fresh, capped Lua 5.4 state for one grader.
 *
 * The state is made with an allocator that refuses to grow past a memory cap
 * and a count hook that stops the grader after an instruction budget. Only
 * the safe parts of the standard library are opened: base without dofile,
 * loadfile and collectgarbage (load compiles text only, mode "t"; print goes
 * to the sandbox's output buffer), string without string.dump, table, math
 * and utf8. No io, os, package, require, debug or coroutine. The string
 * metatable is hidden (getmetatable("") is false), and setmetatable refuses
 * __gc (Lua runs finalizers with hooks off: a looping one would escape the
 * budget). Not bounded here: CPU spent inside one C call (a pathological
 * string.find pattern) or in a message handler (Lua runs it with hooks off);
 * the wall-clock limit is checked between instructions. lab_grade_bounded
 * (grade/watchdog.c) bounds those from outside, in a child process.
 *
 * Once a cap is hit the sandbox stays "tripped": every later instruction
 * raises the error again, so a pcall in the grader cannot swallow it, and
 * sbx_run reports it. Ownership: one Sandbox per grading; sbx_free closes
 * the lua_State.
 */
#ifndef GOROLAB_GRADE_SANDBOX_H
#define GOROLAB_GRADE_SANDBOX_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <lua.h>
#include "base/buf.h"

/* Limits: big enough for any honest grader (a few hundred lab.run results),
 * small enough that a runaway one ends in well under a second or two. */
#define SBX_DEFAULT_MEM   (64u << 20)        /* bytes of Lua heap */
#define SBX_DEFAULT_INSNS 50000000ULL        /* Lua VM instructions */
#define SBX_DEFAULT_WALL_MS 30000            /* wall clock, checked from the hook */

typedef struct SbxLimits {
    size_t   mem;        /* 0: SBX_DEFAULT_MEM */
    uint64_t insns;      /* 0: SBX_DEFAULT_INSNS */
    int64_t  wall_ms;    /* 0: SBX_DEFAULT_WALL_MS */
} SbxLimits;

typedef enum SbxTrip { SBX_OK, SBX_TRIP_INSNS, SBX_TRIP_MEM, SBX_TRIP_WALL } SbxTrip;

typedef struct Sandbox Sandbox;

/* sbx_new returns a new sandbox (limits may be NULL); free with sbx_free. */
Sandbox *sbx_new(const SbxLimits *limits);
void     sbx_free(Sandbox *sb);

/* sbx_lua returns the sandbox's state, for adding globals (lab, expect...). */
lua_State *sbx_lua(Sandbox *sb);

/* sbx_run compiles `text` (text only) as chunk `name` (shown as the file in
 * errors: "04-wg-add.lua") and runs it with no arguments. Leaves the chunk's
 * first result on the stack (nil if none) and returns true; on an error or a
 * tripped limit returns false with *err set to a new string ("grader
 * 04-wg-add.lua:12: instruction budget exhausted (50000000)"; free it). */
bool sbx_run(Sandbox *sb, const char *name, const char *text, size_t len, char **err);

/* sbx_checkpoint raises the sandbox's error in its running grader when the
 * wall-clock limit has passed (for C functions that run long: lab.explore). */
void sbx_checkpoint(Sandbox *sb);

/* sbx_wall_left_ms: wall-clock ms left to the running grader (at least 1). */
int64_t sbx_wall_left_ms(Sandbox *sb);

/* sbx_tripped: which limit ended the grader (SBX_OK: none). */
SbxTrip sbx_tripped(Sandbox *sb);

/* sbx_output: what the grader printed with print(). */
const char *sbx_output(Sandbox *sb);

/* sbx_mem_used: bytes of Lua heap in use now. */
size_t sbx_mem_used(Sandbox *sb);

#endif
