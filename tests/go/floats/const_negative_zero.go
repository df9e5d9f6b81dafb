// Constants are exact: a float constant zero has no sign (-0.0, -zero and an
// underflowing -1e-10000 are +0), while negating a zero variable gives -0
// (Go's test/fixedbugs/bug434.go, issue12577.go, issue12621.go).
package main

import (
	"fmt"
	"math"
)

const zero = 0.0
const z1 = -0.0
const z2 = -zero

var m = -1e-10000

func main() {
	var f32 float32 = z2
	fmt.Println(math.Signbit(z1), math.Signbit(z2), math.Signbit(float64(f32)), math.Signbit(m))
	x := zero
	y := -x
	fmt.Println(math.Signbit(y), math.Signbit(-float64(zero)), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(-zero), 1/y)
}

// Output:
// false false false false
// true false true
// 0 -Inf
