/* lib/lib_errors.c: the natives of package errors (src/lib/go/errors.go):
 * the bits of reflection errors.Is and errors.As need.
 *
 * Mirrors Go's errors/wrap.go, where reflectlite checks As's target and
 * assigns through it. A target is an interface value holding a pointer: a
 * slot pointer (object, index) or, for a struct or array element type, the
 * object itself (POINTER_WHOLE), which is assigned by copying into it. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "lang/types.h"
#include "lib/stdlib.h"
#include "vm/object.h"
#include "vm/vm.h"

static Type *dyn_type(VM *vm, Value iface)
{
    uint32_t id = VAL_TYPE(iface);
    if (id == 0 || !vm->prog || (int32_t)id >= vm->prog->ntypes) return NULL;
    return vm->prog->types[id];
}

static bool same_sig(Type *a, Type *b)
{
    if (a == b) return true;
    if (!a || !b) return false;
    char sa[256];
    snprintf(sa, sizeof sa, "%s", type_str(a));
    return strcmp(sa, type_str(b)) == 0;
}

/* implements reports whether concrete type t has every method of interface it. */
static bool implements(Type *t, Type *it)
{
    Type *iu = it->under ? it->under : it;
    for (int i = 0; i < iu->nmethods; i++) {
        Method *m = type_lookup_method(t, iu->methods[i].name, false);
        if (!m || !same_sig(m->sig, iu->methods[i].sig) || m->world != iu->methods[i].world) return false;
    }
    return true;
}

/* errors.isComparable(err error) bool */
static NatStatus nat_is_comparable(VM *vm, Value *args, Value *rets)
{
    Type *t = dyn_type(vm, args[0]);
    rets[0] = val_bool(t == NULL || type_is_comparable(t));
    return NAT_OK;
}

/* target_elem returns the element type of As's target, or NULL after
 * starting Go's panic for a bad one. */
static Type *target_elem(VM *vm, Value target, NatStatus *st)
{
    Type *t = dyn_type(vm, target);
    if (!t) {
        *st = vm_panic_string(vm, "errors: target cannot be nil");
        return NULL;
    }
    if (t->kind != K_POINTER || !target.o) {
        *st = vm_panic_string(vm, "errors: target must be a non-nil pointer");
        return NULL;
    }
    Type *et = (t->under ? t->under : t)->elem;
    if (et->kind != K_INTERFACE && !implements(et, ty_error)) {
        *st = vm_panic_string(vm, "errors: *target must be interface or implement error");
        return NULL;
    }
    return et;
}

/* errors.checkTarget(target any) */
static NatStatus nat_check_target(VM *vm, Value *args, Value *rets)
{
    NatStatus st = NAT_OK;
    target_elem(vm, args[0], &st);
    return st;
}

/* errors.assignTo(err error, target any) bool */
static NatStatus nat_assign_to(VM *vm, Value *args, Value *rets)
{
    Value err = args[0], target = args[1];
    NatStatus st = NAT_OK;
    Type *et = target_elem(vm, target, &st);
    if (!et) return st;
    Type *dt = dyn_type(vm, err);
    bool ok = dt && (et->kind == K_INTERFACE ? implements(dt, et) : dt == et);
    if (ok) {
        if (target.aux == POINTER_WHOLE) {
            val_copy_into(et, val_ref(target.o), val_unbox(err));
        } else {
            /* cells_set: the target may be an element of a raw int array (vm/object.h) */
            cells_set((ObjCells *)target.o, target.aux, et->kind == K_INTERFACE ? err : val_unbox(err));
        }
    }
    rets[0] = val_bool(ok);
    return NAT_OK;
}

const NativeDef lib_errors_natives[] = {
    {"errors.isComparable", nat_is_comparable},
    {"errors.checkTarget", nat_check_target},
    {"errors.assignTo", nat_assign_to},
    {NULL, NULL},
};
