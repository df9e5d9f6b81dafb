// A package-level variable whose type cannot be inferred still has its
// initializer checked: an undefined package function, a call with no value,
// a result count that does not match, an extra value, a type, a builtin (they used to compile
// and run with zero values).
package main

import (
	"fmt"
	"strings"
)

var v = strings.NoSuchFunc("x")

func f() {}

var x = f()

func g() int { return 1 }

var y, z = g()

var a, b = 1, 2, 3

var t = int

var l = len

func main() {
	fmt.Println(v, x, y, z, a, b, t, l)
}

// Exit: 1
// Stderr:
// global_init_errors.go:12:17: undefined: strings.NoSuchFunc
// global_init_errors.go:16:9: f() (no value) used as value
// global_init_errors.go:20:5: assignment mismatch: 2 variables but g returns 1 value
// global_init_errors.go:22:5: assignment mismatch: 2 variables but 3 values
// global_init_errors.go:24:9: int (type) is not an expression
// global_init_errors.go:26:9: len (built-in function len) must be called
