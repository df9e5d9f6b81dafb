/* lang/const.h: compile-time constant values (Go's untyped and typed
 * constants). Integers are exact in 128 bits (Go's are unbounded: a constant
 * beyond 128 bits is reported as an overflow), floats are doubles. */
#ifndef GOROLAB_LANG_CONST_H
#define GOROLAB_LANG_CONST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef __int128 i128;

typedef enum ConstKind { CV_NONE, CV_BOOL, CV_INT, CV_FLOAT, CV_STRING } ConstKind;

typedef struct ConstVal {
    ConstKind kind;
    bool      b;
    i128      i;
    double    f;
    const char *s;    /* arena-owned bytes (may contain NULs) */
    size_t    len;
} ConstVal;

static inline ConstVal cv_int(i128 i) { ConstVal c = {0}; c.kind = CV_INT; c.i = i; return c; }
static inline ConstVal cv_float(double f) { ConstVal c = {0}; c.kind = CV_FLOAT; c.f = f; return c; }
static inline ConstVal cv_bool(bool b) { ConstVal c = {0}; c.kind = CV_BOOL; c.b = b; return c; }

/* cv_to_float converts an int constant to float (exact where possible). */
double cv_as_float(ConstVal c);
/* cv_float_is_int reports whether a float constant has an integral value that fits i128. */
bool cv_float_is_int(double f, i128 *out);
/* cv_fits reports whether integer v fits an integer type of `bits` bits, signed or not. */
bool cv_fits(i128 v, int bits, bool is_unsigned);
/* cv_str formats c as Go prints constants in messages ("300", "1.5", "\"hi\"", "true"). */
const char *cv_str(ConstVal c);

#endif
