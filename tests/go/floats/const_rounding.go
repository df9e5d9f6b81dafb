// An exact constant quotient or sum is rounded to float64 once, to nearest
// even (1e23+1 is 1.0000000000000001e+23; a long double step rounded it
// twice): Go's test/fixedbugs/bug120.go.
package main

import "fmt"

const third = 1.0 / 3
const big = 1e23 + 1

func main() {
	fmt.Println(1e23+8.5e6, 100000000000000008388608.0, 1e23+8388609, big)
	fmt.Println(third, 2.0/3, 1e20/7, -5e18/3, 0.1+0.2, 1.0/49*49)
	var f32 float32 = 1.0 / 3
	fmt.Println(f32, float64(1<<62)/3)
}

// Output:
// 1.0000000000000001e+23 1.0000000000000001e+23 1.0000000000000001e+23 1.0000000000000001e+23
// 0.3333333333333333 0.6666666666666666 1.4285714285714287e+19 -1.6666666666666668e+18 0.3 1
// 0.33333334 1.5372286728091292e+18
