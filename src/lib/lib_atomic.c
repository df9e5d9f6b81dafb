/* lib/lib_atomic.c: the natives of package sync/atomic (src/lib/go/sync_atomic.go).
 *
 * gorolab runs every goroutine on one virtual CPU and switches only between
 * instructions, so a native call is atomic: these are plain reads and writes
 * of the variable behind the pointer (cells_get/cells_set of p.o at p.aux: a Value,
 * or an element of a raw int array), kept in
 * the width's representation (int32 sign-extended, uint32 zero-extended).
 * They stay natives so that the race detector can treat them as
 * synchronisation and as atomic accesses (race_atomic). A nil pointer panics as Go's SIGSEGV does.
 */
#include <stdbool.h>
#include <stdint.h>

#include "rt/inspect.h"
#include "rt/hb.h"
#include "rt/race.h"
#include "lang/types.h"
#include "lib/stdlib.h"

typedef enum Width { W_I32, W_U32, W_64 } Width;

/* The race detector's name of each function's type (rt/race.h RACE_AT_*). */
typedef enum AType { T_I32 = RACE_AT_INT32, T_U32 = RACE_AT_UINT32, T_I64 = RACE_AT_INT64, T_U64 = RACE_AT_UINT64,
                     T_UPTR = RACE_AT_UINTPTR } AType;

static int64_t norm(Width w, int64_t v)
{
    switch (w) {
    case W_I32: return (int32_t)(uint32_t)(uint64_t)v;
    case W_U32: return (int64_t)(uint32_t)(uint64_t)v;
    default: return v;
    }
}

/* slot returns the object holding the variable behind pointer p, or NULL after
 * starting the nil dereference panic. */
static ObjCells *slot(VM *vm, Value p)
{
    if (p.o) return (ObjCells *)p.o;
    vm_panic_runtime(vm, "invalid memory address or nil pointer dereference");
    if (vm->cur && vm->cur->panic) vm->cur->panic->sigsegv = true;
    return NULL;
}

typedef enum AtomicOp {
    A_LOAD = RACE_AT_LOAD, A_STORE = RACE_AT_STORE, A_SWAP = RACE_AT_SWAP, A_CAS = RACE_AT_CAS,
    A_ADD = RACE_AT_ADD, A_AND = RACE_AT_AND, A_OR = RACE_AT_OR
} AtomicOp;

static NatStatus atomic_op(VM *vm, Value *a, Value *r, AType t, AtomicOp op)
{
    Width w = t == T_I32 ? W_I32 : t == T_U32 ? W_U32 : W_64;
    ObjCells *c = slot(vm, a[0]);
    if (!c) return NAT_PANIC;
    uint32_t i = a[0].aux;
    /* --race: an atomic access (races with plain ones) that orders like a lock */
    if (vm->hb_log && a[0].o) hb_log(vm, HB_ACQREL, vm->cur, a[0].o, (uint32_t)a[0].aux, NULL, true);
    if (vm->race) race_atomic(vm, vm->cur, a[0].o, (uint32_t)a[0].aux, (int)op, (int)t);
    insp_atomic(vm, vm->cur, a[0].o, a[0].aux, op != A_LOAD);
    int64_t old = cells_get(c, i).i;
    switch (op) {
    case A_LOAD: r[0] = val_int(old); break;
    case A_STORE: cells_set(c, i, val_int(norm(w, a[1].i))); break;
    case A_SWAP: cells_set(c, i, val_int(norm(w, a[1].i))); r[0] = val_int(old); break;
    case A_CAS: {
        bool eq = old == norm(w, a[1].i);
        if (eq) cells_set(c, i, val_int(norm(w, a[2].i)));
        r[0] = val_bool(eq);
        break;
    }
    case A_ADD: {
        int64_t n = norm(w, (int64_t)((uint64_t)old + (uint64_t)a[1].i));
        cells_set(c, i, val_int(n));
        r[0] = val_int(n);
        break;
    }
    case A_AND: cells_set(c, i, val_int(norm(w, old & a[1].i))); r[0] = val_int(old); break;
    case A_OR: cells_set(c, i, val_int(norm(w, old | a[1].i))); r[0] = val_int(old); break;
    }
    return NAT_OK;
}

#define ATOMIC_FN(name, w, op) \
    static NatStatus n_##name(VM *vm, Value *a, Value *r) { return atomic_op(vm, a, r, w, op); }

#define ATOMIC_SET(T, w)                 \
    ATOMIC_FN(Load##T, w, A_LOAD)        \
    ATOMIC_FN(Store##T, w, A_STORE)      \
    ATOMIC_FN(Swap##T, w, A_SWAP)        \
    ATOMIC_FN(CompareAndSwap##T, w, A_CAS) \
    ATOMIC_FN(Add##T, w, A_ADD)

ATOMIC_SET(Int32, T_I32)
ATOMIC_SET(Uint32, T_U32)
ATOMIC_SET(Int64, T_I64)
ATOMIC_SET(Uint64, T_U64)
ATOMIC_SET(Uintptr, T_UPTR)
ATOMIC_FN(AndInt32, T_I32, A_AND)
ATOMIC_FN(AndUint32, T_U32, A_AND)
ATOMIC_FN(AndInt64, T_I64, A_AND)
ATOMIC_FN(AndUint64, T_U64, A_AND)
ATOMIC_FN(OrInt32, T_I32, A_OR)
ATOMIC_FN(OrUint32, T_U32, A_OR)
ATOMIC_FN(OrInt64, T_I64, A_OR)
ATOMIC_FN(OrUint64, T_U64, A_OR)

/* ---- Value ------------------------------------------------------------------ */

static ObjCells *value_cells(VM *vm, Value p)
{
    if (p.o) return (ObjCells *)p.o;
    vm_panic_runtime(vm, "invalid memory address or nil pointer dereference");
    if (vm->cur && vm->cur->panic) vm->cur->panic->sigsegv = true;
    return NULL;
}

static NatStatus n_value_load(VM *vm, Value *a, Value *r)
{
    if (a[0].o) hb_acqrel(vm, vm->cur, a[0].o, 0, true);
    ObjCells *v = value_cells(vm, a[0]);
    if (!v) return NAT_PANIC;
    insp_atomic(vm, vm->cur, a[0].o, 0, false);
    r[0] = v->v[0];
    return NAT_OK;
}

static NatStatus n_value_store(VM *vm, Value *a, Value *r)
{
    if (a[0].o) hb_acqrel(vm, vm->cur, a[0].o, 0, true);
    (void)r;
    ObjCells *v = value_cells(vm, a[0]);
    if (!v) return NAT_PANIC;
    insp_atomic(vm, vm->cur, a[0].o, 0, true);
    Value x = a[1];
    if (VAL_TYPE(x) == 0) return vm_panic_string(vm, "sync/atomic: store of nil value into Value");
    if (VAL_TYPE(v->v[0]) != 0 && VAL_TYPE(v->v[0]) != VAL_TYPE(x))
        return vm_panic_string(vm, "sync/atomic: store of inconsistently typed value into Value");
    v->v[0] = x;
    return NAT_OK;
}

static NatStatus n_value_swap(VM *vm, Value *a, Value *r)
{
    if (a[0].o) hb_acqrel(vm, vm->cur, a[0].o, 0, true);
    ObjCells *v = value_cells(vm, a[0]);
    if (!v) return NAT_PANIC;
    insp_atomic(vm, vm->cur, a[0].o, 0, true);
    Value x = a[1];
    if (VAL_TYPE(x) == 0) return vm_panic_string(vm, "sync/atomic: swap of nil value into Value");
    Value old = v->v[0];
    if (VAL_TYPE(old) != 0 && VAL_TYPE(old) != VAL_TYPE(x))
        return vm_panic_string(vm, "sync/atomic: swap of inconsistently typed value into Value");
    v->v[0] = x;
    r[0] = old;
    return NAT_OK;
}

static NatStatus n_value_cas(VM *vm, Value *a, Value *r)
{
    if (a[0].o) hb_acqrel(vm, vm->cur, a[0].o, 0, true);
    ObjCells *v = value_cells(vm, a[0]);
    if (!v) return NAT_PANIC;
    insp_atomic(vm, vm->cur, a[0].o, 0, true);
    Value old = a[1], x = a[2];
    if (VAL_TYPE(x) == 0)
        return vm_panic_string(vm, "sync/atomic: compare and swap of nil value into Value");
    if (VAL_TYPE(old) != 0 && VAL_TYPE(old) != VAL_TYPE(x))
        return vm_panic_string(vm, "sync/atomic: compare and swap of inconsistently typed values");
    Value cur = v->v[0];
    if (VAL_TYPE(cur) == 0) {
        if (VAL_TYPE(old) != 0) {
            r[0] = val_bool(false);
            return NAT_OK;
        }
        v->v[0] = x;
        r[0] = val_bool(true);
        return NAT_OK;
    }
    if (VAL_TYPE(cur) != VAL_TYPE(x))
        return vm_panic_string(vm,
                               "sync/atomic: compare and swap of inconsistently typed value into Value");
    Type *unc = NULL;
    bool eq = val_equal(ty_any, cur, old, &unc);
    if (unc) return vm_panic_runtime(vm, "comparing uncomparable type %s", type_str(unc));
    if (eq) v->v[0] = x;
    r[0] = val_bool(eq);
    return NAT_OK;
}

#define DEF(name) {"atomic." #name, n_##name}
#define DEF_SET(T) DEF(Load##T), DEF(Store##T), DEF(Swap##T), DEF(CompareAndSwap##T), DEF(Add##T)

const NativeDef lib_atomic_natives[] = {
    DEF_SET(Int32), DEF_SET(Uint32), DEF_SET(Int64), DEF_SET(Uint64), DEF_SET(Uintptr),
    DEF(AndInt32), DEF(AndUint32), DEF(AndInt64), DEF(AndUint64),
    DEF(OrInt32), DEF(OrUint32), DEF(OrInt64), DEF(OrUint64),
    {"atomic.Value.Load", n_value_load},
    {"atomic.Value.Store", n_value_store},
    {"atomic.Value.Swap", n_value_swap},
    {"atomic.Value.CompareAndSwap", n_value_cas},
    {NULL, NULL},
};
