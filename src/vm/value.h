/* vm/value.h: the representation of Go values in registers, globals, fields
 * and elements.
 *
 * A Value is 16 bytes: an 8-byte payload, a 32-bit aux word and a 32-bit meta
 * word. The all-zero Value is the zero value of every non-aggregate type:
 * 0, 0.0, false, "" (o == NULL), nil slice/map/pointer/func/chan, nil interface.
 *
 *   Go type                 payload                 aux
 *   bool, ints, uintptr     i (sign-/zero-extended to 64 bits per width)
 *   float32/64              f (float32 kept rounded to float precision)
 *   string                  o -> ObjString or NULL for ""
 *   slice                   o -> ObjSlice (immutable    the length (vm/object.h:
 *                           header: array, off, cap)    slice_len); nil: o NULL, 0
 *   map                     o -> ObjMap or NULL
 *   func                    o -> ObjClosure or NULL
 *   chan                    o -> ObjChan or NULL
 *   pointer *T              o -> ObjCells, aux = slot index; for T a struct
 *                           or array, aux = POINTER_WHOLE: o is the object itself
 *   struct, array           o -> ObjCells holding the fields/elements (never NULL);
 *                           value semantics are the compiler's job (clone/copy-into)
 *   interface               the dynamic value's payload and aux, and the dynamic
 *                           type in meta (VAL_TYPE); nil interface: meta type 0
 *
 * Elements of arrays and slice backings are Values too, except when the element
 * type is a pointer-free scalar (bool, ints, floats): then the ObjCells is raw and
 * holds them at their Go size (vm/object.h RawKind; cells_get/cells_set convert).
 * A pointer into such an array is still o + aux (the element index).
 *
 * meta: bit 0 (VAL_GCREF) is set exactly when `o` is a heap reference the GC
 * must trace; bits 1..31 hold the dynamic type id of an interface value.
 */
#ifndef GOROLAB_VM_VALUE_H
#define GOROLAB_VM_VALUE_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Obj Obj;

typedef struct Value {
    union {
        int64_t  i;
        uint64_t u;
        double   f;
        Obj     *o;
    };
    uint32_t aux;
    uint32_t meta;
} Value;

#define VAL_GCREF 1u
#define POINTER_WHOLE 0xFFFFFFFFu

#define VAL_TYPE(v) ((v).meta >> 1)                 /* dynamic type id; 0: none */
#define VAL_IS_REF(v) (((v).meta & VAL_GCREF) != 0)

static inline Value val_int(int64_t i) { Value v; v.i = i; v.aux = 0; v.meta = 0; return v; }
static inline Value val_float(double f) { Value v; v.f = f; v.aux = 0; v.meta = 0; return v; }
static inline Value val_bool(bool b) { return val_int(b ? 1 : 0); }
static inline Value val_ref(Obj *o) { Value v; v.o = o; v.aux = 0; v.meta = o ? VAL_GCREF : 0; return v; }
static inline Value val_ptr(Obj *o, uint32_t slot) { Value v = val_ref(o); v.aux = slot; return v; }
static inline Value val_zero(void) { Value v; v.u = 0; v.aux = 0; v.meta = 0; return v; }
/* val_box makes an interface value holding concrete value v of type id tid. */
static inline Value val_iface(Value v, uint32_t tid) { v.meta = (v.meta & VAL_GCREF) | (tid << 1); return v; }
/* val_unbox strips the dynamic type, leaving the concrete value. */
static inline Value val_unbox(Value v) { v.meta &= VAL_GCREF; return v; }

#endif
