/* lang/types.h: Go types, shared by the checker and the runtime (a Type is
 * also the runtime type descriptor: fmt, interfaces and maps read it).
 *
 * Identity: types are hash-consed, so two Go-identical types are the same
 * pointer (type_slice(int) always returns one Type). Named types are unique by
 * declaration. For a named type, `kind` is its underlying type's kind and
 * `under` points to the underlying type; for every other type under == self.
 * `id` is the index in the program's runtime type table (Program.types), set
 * when the compiler first needs the type at run time (0 = not yet; id 0 is
 * never a real type). */
#ifndef GOROLAB_LANG_TYPES_H
#define GOROLAB_LANG_TYPES_H

#include <stdbool.h>
#include <stdint.h>
#include "base/arena.h"

typedef enum TypeKind {
    K_INVALID,
    K_BOOL,
    K_INT, K_INT8, K_INT16, K_INT32, K_INT64,
    K_UINT, K_UINT8, K_UINT16, K_UINT32, K_UINT64, K_UINTPTR,
    K_FLOAT32, K_FLOAT64,
    K_STRING,
    K_UNTYPED_BOOL, K_UNTYPED_INT, K_UNTYPED_RUNE, K_UNTYPED_FLOAT, K_UNTYPED_STRING,
    K_UNTYPED_NIL,
    K_ARRAY, K_SLICE, K_STRUCT, K_POINTER, K_FUNC, K_INTERFACE, K_MAP, K_CHAN,
    K_TUPLE,        /* multiple results of a call */
    K_COUNT
} TypeKind;

typedef struct Type Type;
struct Proto;   /* vm/proto.h */

typedef struct Field {
    const char *name;      /* interned; for an embedded field, the type's name */
    Type       *type;
    bool        embedded;
    const char *tag;       /* raw tag or NULL */
    bool        world;     /* unexported and declared in a lesson's world file: as a
                              name of another package (lang/world.c), part of identity */
} Field;

typedef struct Method {
    const char   *name;    /* interned */
    Type         *sig;     /* K_FUNC without the receiver */
    struct Proto *fn;      /* compiled body (for named types; NULL for interface methods) */
    bool          ptr_recv;/* declared with a pointer receiver */
    int           path_len;/* >0: promoted through embedded fields (fn is a wrapper) */
    bool          world;   /* unexported and declared in a lesson's world file (Field.world):
                              only a world interface's method of that name matches it */
} Method;

struct Type {
    TypeKind    kind;      /* underlying kind for named types */
    uint32_t    id;        /* runtime type table index; 0 until assigned */
    const char *name;      /* named and predeclared types: "Duration", "int"; else NULL */
    const char *pkg;       /* package of a named type: "main", "time"; NULL if predeclared */
    Type       *under;     /* underlying type; == this type when unnamed */
    Type       *elem;      /* array, slice, pointer, map value, chan element */
    Type       *key;       /* map key */
    int64_t     len;       /* array length; tuple size */
    int         dir;       /* chan direction: CHAN_BOTH/SEND/RECV (lang/ast.h) */
    Field      *fields;    /* struct fields */
    int         nfields;
    Type      **params;    /* func parameters (a variadic last one is a slice type); tuple members */
    int         nparams;
    Type      **results;
    int         nresults;
    bool        variadic;
    Method     *methods;   /* interface: the full method set, sorted by name;
                              named type: its declared methods (value and pointer receivers) */
    int         nmethods, capmethods;
    Type       *ptr_to;    /* cache: the pointer type *T */
    Type       *slice_of;  /* cache: []T */
    bool        resolving; /* named type being resolved (cycle detection) */
    int         resolve_indir; /* the compiler's indirection depth when its resolution began */
    void       *aux;       /* free for the compiler */
};

/* The predeclared types, valid after types_init(). */
extern Type *ty_bool, *ty_int, *ty_int8, *ty_int16, *ty_int32, *ty_int64, *ty_uint, *ty_uint8,
    *ty_uint16, *ty_uint32, *ty_uint64, *ty_uintptr, *ty_float32, *ty_float64, *ty_string,
    *ty_untyped_bool, *ty_untyped_int, *ty_untyped_rune, *ty_untyped_float, *ty_untyped_string,
    *ty_untyped_nil, *ty_invalid, *ty_error, *ty_any;
/* ty_byte == ty_uint8 and ty_rune == ty_int32 (aliases, as in Go). */

/* types_init creates the predeclared types (idempotent; they live for the process). */
void types_init(void);

/* Constructors (hash-consed, allocated in the process-wide type arena). */
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *value);
Type *type_chan(Type *elem, int dir);
Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic);
Type *type_tuple(Type **members, int n);
Type *type_struct(Field *fields, int nfields);         /* copies fields */
Type *type_interface(Method *methods, int nmethods);    /* copies and sorts methods */
Type *type_named(const char *pkg, const char *name);   /* new, unresolved (under NULL) */
void  type_set_underlying(Type *named, Type *under);

/* Predicates on the underlying type. */
bool type_is_integer(const Type *t);
bool type_is_unsigned(const Type *t);
bool type_is_float(const Type *t);
bool type_is_numeric(const Type *t);
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
bool type_is_untyped(const Type *t);
bool type_is_interface(const Type *t);
bool type_is_aggregate(const Type *t);     /* struct or array: stored as an object with value semantics */
bool type_is_comparable(const Type *t);
int  type_int_bits(const Type *t);         /* 8, 16, 32 or 64 for integer types */

/* type_string appends Go's spelling of t as %T and error messages print it:
 * "int", "[]string", "map[string]int", "*main.Node", "func(int) error",
 * "struct { x int }", "interface {}"... qualified names use the package
 * name ("main.T", "time.Duration"). */
struct Buf;
void type_string(struct Buf *b, const Type *t);
const char *type_str(const Type *t);       /* same, in a rotating static buffer (8 slots) */
/* type_string_local spells types of package local_pkg unqualified, as the
 * compiler's error messages do ("cannot use x (variable of type T)..."). */
void type_string_local(struct Buf *b, const Type *t, const char *local_pkg);

/* type_lookup_method finds a method of t (named T or *T, including methods
 * promoted from embedded fields when the compiler has recorded them) by
 * interned name. Respects method sets: T has only value-receiver methods
 * unless `addressable`. */
Method *type_lookup_method(Type *t, const char *name, bool addressable);
/* type_has_method: t's method set has interface method im: same name, same
 * signature, and for an unexported name the same side of a lesson's world. */
bool type_has_method(Type *t, const Method *im);

#endif
