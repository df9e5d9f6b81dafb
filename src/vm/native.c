/* vm/native.c: the registry of natives (looked up by "pkg.Name" with a binary
 * search over every registered table, sorted on first use after a change),
 * and the helpers natives use: callbacks into Go, temporary roots, strings,
 * func values and the run's seeded generator. */
#include <stdlib.h>
#include <string.h>

#include "base/xalloc.h"
#include "vm/gc.h"
#include "vm/vm.h"

static const NativeDef **all_defs;
static size_t ndefs, capdefs;
static bool sorted;

void native_register(const NativeDef *defs)
{
    for (const NativeDef *d = defs; d->name; d++) XPUSH(all_defs, ndefs, capdefs, d);
    sorted = false;
}

static int cmp_def(const void *a, const void *b)
{
    return strcmp((*(const NativeDef *const *)a)->name, (*(const NativeDef *const *)b)->name);
}

NativeFn native_lookup(const char *name)
{
    if (!sorted) {
        if (ndefs) qsort(all_defs, ndefs, sizeof *all_defs, cmp_def);
        sorted = true;
    }
    size_t lo = 0, hi = ndefs;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, all_defs[mid]->name);
        if (c == 0) return all_defs[mid]->fn;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return NULL;
}

bool vm_callback_result(VM *vm, Value *out)
{
    if (vm->cb_consumed < vm->ncb_results) {
        *out = vm->cb_results[vm->cb_consumed++];
        return true;
    }
    return false;
}

NatStatus vm_callback(VM *vm, Value fn, const Value *args, int nargs)
{
    vm->cb_fn = fn;
    vm->cb_args = xrealloc(vm->cb_args, (size_t)(nargs > 0 ? nargs : 1) * sizeof(Value));
    if (nargs) memcpy(vm->cb_args, args, (size_t)nargs * sizeof(Value));
    vm->cb_nargs = nargs;
    return NAT_CALL;
}

void vm_push_tmp(VM *vm, Value v) { XPUSH(vm->tmp, vm->ntmp, vm->captmp, v); }

void vm_pop_tmp(VM *vm, int n) { vm->ntmp -= n; }

Value vm_func_value(VM *vm, Proto *p)
{
    if (!p->closure0) {
        ObjClosure *c = xcalloc(1, sizeof(ObjClosure));
        c->hdr.kind = OBJ_CLOSURE;
        c->hdr.permanent = 1;
        c->hdr.size = sizeof(ObjClosure);
        c->proto = p;
        c->hdr.next = (Obj *)vm->prog->perm_strings;   /* freed with the program */
        vm->prog->perm_strings = (ObjString *)c;
        p->closure0 = c;
    }
    return val_ref(&p->closure0->hdr);
}

Value vm_string(VM *vm, const char *s, int64_t len)
{
    if (len <= 0) return val_zero();
    return val_ref(&obj_string(vm, s, len)->hdr);
}

Value vm_cstring(VM *vm, const char *s) { return vm_string(vm, s, (int64_t)strlen(s)); }

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t vm_rand(VM *vm)
{
    uint64_t *s = vm->rng;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}
