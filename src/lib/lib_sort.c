/* lib/lib_sort.c: the natives of package sort (src/lib/go/sort.go): what Go
 * gets from reflect for sort.Slice: the length of a slice held in an `any`,
 * and a swapper.
 *
 * swapAny swaps element values in place. Struct and array elements are
 * objects of their own (vm/value.h), and a pointer to an element (&s[i]) is
 * a reference to that object, so the swap exchanges the objects' contents,
 * field by field and recursively through nested aggregates, rather than the
 * references: after the swap, &s[i] still points at slot i, as in Go.
 */
#include <stdbool.h>
#include <stdint.h>

#include "lang/types.h"
#include "lib/stdlib.h"

/* kind_name is reflect.Kind.String for the kinds an `any` can hold. */
static const char *kind_name(const Type *t)
{
    if (!t) return NULL;
    switch (t->kind) {
    case K_BOOL: return "bool";
    case K_INT: return "int";
    case K_INT8: return "int8";
    case K_INT16: return "int16";
    case K_INT32: return "int32";
    case K_INT64: return "int64";
    case K_UINT: return "uint";
    case K_UINT8: return "uint8";
    case K_UINT16: return "uint16";
    case K_UINT32: return "uint32";
    case K_UINT64: return "uint64";
    case K_UINTPTR: return "uintptr";
    case K_FLOAT32: return "float32";
    case K_FLOAT64: return "float64";
    case K_STRING: return "string";
    case K_ARRAY: return "array";
    case K_SLICE: return "slice";
    case K_STRUCT: return "struct";
    case K_POINTER: return "ptr";
    case K_FUNC: return "func";
    case K_INTERFACE: return "interface";
    case K_MAP: return "map";
    case K_CHAN: return "chan";
    default: return "invalid";
    }
}

/* slice_of returns the slice in x (NULL for a nil slice); *is_slice says
 * whether x holds a slice at all. */
static ObjSlice *slice_of(VM *vm, Value x, bool *is_slice)
{
    uint32_t tid = VAL_TYPE(x);
    Type *t = (vm->prog && tid && tid < (uint32_t)vm->prog->ntypes) ? vm->prog->types[tid] : NULL;
    *is_slice = t && t->kind == K_SLICE;
    return *is_slice ? (ObjSlice *)x.o : NULL;
}

static NatStatus not_slice(VM *vm, Value x)
{
    uint32_t tid = VAL_TYPE(x);
    if (tid == 0) return vm_panic_string(vm, "reflect: call of Swapper on zero Value");
    Type *t = vm->prog && tid < (uint32_t)vm->prog->ntypes ? vm->prog->types[tid] : NULL;
    return vm_panic_string(vm, "reflect: call of Swapper on %s Value", kind_name(t));
}

static NatStatus n_len_any(VM *vm, Value *a, Value *r)
{
    bool ok;
    ObjSlice *s = slice_of(vm, a[0], &ok);
    if (!ok) return not_slice(vm, a[0]);
    r[0] = val_int(s ? slice_len(a[0]) : 0);
    return NAT_OK;
}

/* field_type is the type of field or element k of aggregate type t. */
static Type *field_type(Type *t, int64_t k)
{
    Type *u = t->under ? t->under : t;
    if (u->kind == K_STRUCT) return k < u->nfields ? u->fields[k].type : NULL;
    return u->elem;
}

/* swap_values exchanges two values of type t (NULL: unknown, swap as they are). */
static void swap_values(Type *t, Value *x, Value *y)
{
    if (t && type_is_aggregate(t) && x->o && y->o && x->o != y->o) {
        ObjCells *cx = (ObjCells *)x->o, *cy = (ObjCells *)y->o;
        int64_t n = cx->n < cy->n ? cx->n : cy->n;
        if (cells_raw(cx)) {   /* raw elements (vm/object.h): swap the bytes */
            unsigned char *px = cells_raw_data(cx), *py = cells_raw_data(cy);
            for (size_t k = 0; k < (size_t)n * raw_size(cells_raw(cx)); k++) {
                unsigned char c = px[k];
                px[k] = py[k];
                py[k] = c;
            }
            return;
        }
        for (int64_t k = 0; k < n; k++) swap_values(field_type(t, k), &cx->v[k], &cy->v[k]);
        return;
    }
    Value tmp = *x;
    *x = *y;
    *y = tmp;
}

static NatStatus n_swap_any(VM *vm, Value *a, Value *r)
{
    bool ok;
    ObjSlice *s = slice_of(vm, a[0], &ok);
    int64_t i = a[1].i, j = a[2].i;
    if (!ok) return not_slice(vm, a[0]);
    int64_t len = s ? slice_len(a[0]) : 0;
    if (i < 0 || i >= len || j < 0 || j >= len)
        return vm_panic_runtime(vm, "index out of range [%lld] with length %lld",
                                (long long)(i < 0 || i >= len ? i : j), (long long)len);
    if (i != j && cells_raw(s->arr)) {
        Value x = cells_get(s->arr, s->off + i);
        cells_set(s->arr, s->off + i, cells_get(s->arr, s->off + j));
        cells_set(s->arr, s->off + j, x);
    } else if (i != j) {
        swap_values(s->arr->type, obj_elem(s->arr, s->off + i), obj_elem(s->arr, s->off + j));
    }
    return NAT_OK;
}

const NativeDef lib_sort_natives[] = {
    {"sort.lenAny", n_len_any},
    {"sort.swapAny", n_swap_any},
    {NULL, NULL},
};
