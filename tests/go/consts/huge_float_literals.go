package main

// Float constants beyond a rational's reach (binary exponents past 4096)
// are 512-bit floats with the bits math/big gives them, so gc's answers
// come out: 1e646456992 / 1e646456991 is exactly 10, and a float a few
// bits off an integer converts to it (go/constant's ToInt). Expected output
// from go1.19's `go run`.

import "fmt"

const n = 1e646456992 / 1e646456991
const t = 1e5000 / 3 * 3 / 1e4990

func main() {
	var i int = n
	var j int64 = t
	fmt.Println(i, j, n == 10, t == 1e10, 1e5000 > 1e4999)
	fmt.Println(1e64645699/1e64645698 == 10, 1e6464569/1e6464568 == 10, 1e646456/1e646455 == 10)
	fmt.Println(1e-5000*1e5000, 1e-5000*1e5000 == 1, 1e5000/1e4999, 0x1p5000/0x1p4999)
	fmt.Println(1<<500 == 0x1p500, 0x1p-1074 == 1.0/(1<<500)/(1<<500)/(1<<74))
	const big = 1e300 * 1e300 * 1e300 // 1e900
	fmt.Println(big/1e899, big > 1e899, -big < 0, 1/big*1e900)
}

// Output:
// 10 10000000000 true true true
// true false true
// 1 true 10 2
// true true
// 10 true true 1
