package main

// Untyped float constants are exact (rationals while they fit 128-bit
// terms): Go prints and compares these exactly, unlike float64 arithmetic.

import "fmt"

const third = 1.0 / 3.0

const (
	tenth = 0.1
	milli = 1e-3
	big   = 2.5e10
	quart = 0x1p-2
)

func main() {
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	fmt.Println(third, third*3 == 1, third+third+third == 1)
	fmt.Println(tenth*3 == 0.3, tenth*3)
	fmt.Println(1.1*1.1 == 1.21, 1.1*1.1)
	fmt.Println(milli*1000 == 1, big/1e9, int64(big))
	fmt.Println(quart*4 == 1, quart)
	fmt.Println(int(1.5*2), 7.0/2*2 == 7)
	var a [0.5 * 4]int
	fmt.Println(len(a), 1<<(0.5*4))
	fmt.Println(1e30/1e29 == 10, 0.3-0.1 == 0.2, -0.1+0.1 == 0)
	const x float64 = 0.1
	y := 0.2
	fmt.Println(x+0.2 == 0.3, y+0.1 == 0.3)
	var f32 float32 = 0.1 + 0.2
	fmt.Println(f32, 0.1+0.2 > 0.3, 2.0/3 < 0.6666666666666667)
	fmt.Println(123.456e2 == 12345.6, 1_000.5e-1_0 == 1000.5/1e10)
}

// Output:
// 0.3 true
// 0.3333333333333333 true true
// true 0.3
// true 1.21
// true 25 25000000000
// true 0.25
// 3 true
// 2 4
// true true true
// false false
// 0.3 false true
// true true
