package main

// Untyped constants have go/constant's precision: integers of up to 512
// bits, exact rationals, 512-bit floats for huge exponents, and correctly
// rounded (ties to even) conversion to float64 and float32, subnormals
// included. Expected output from go1.19's `go run`.

import (
	"fmt"
	"math"
)

const (
	big    = 1 << 500
	huge   = (big >> 250) * (big >> 350) // 400 bits
	third  = 1.0 / 3
	tiny   = 1e-320
	p1074  = 0x1p-1074
	p1075  = 0x1p-1075
	p1075b = 0x3p-1075
	two53  = 1 << 53
	maxU64 = 1<<64 - 1
	e23    = 1e23
)

func main() {
	fmt.Println(big>>490, huge>>390, -big>>495, (-big+1)>>495)
	fmt.Println(big/(big>>3), big%7, -big%7, big/-7%1000)
	fmt.Println(big&^(big-1) == big, (-big)&0xff, (-big)|1 == -big+1, (big-1)^(big-1))
	fmt.Println(third*3 == 1, third+third+third, 0.1+0.2 == 0.3)
	fmt.Println(e23, e23+1, float64(e23+1) == 1e23, math.Float64bits(e23+1))
	fmt.Println(tiny, p1074, p1075, p1075b, math.Float64bits(p1074*3/2))
	fmt.Println(float64(two53+1), float64(two53+3), float32(1<<24+1), float32(1<<24+3))
	fmt.Println(uint64(maxU64), maxU64/3, int64(-1<<63))
	fmt.Println(1e100>>300, 1e302>>1000, 1e300/1e299, 1e-300*1e-300*1e300*1e300)
	fmt.Println(1e1000/1e999, 1e-1000*1e1001, float32(0x1p-149), float32(0x1p-150))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxInt64, math.MinInt64)
	fmt.Println(float32(math.MaxFloat32), math.Pi*1e50, math.E/1e300/1e300)
	const f = 123456789012345678901234567890.0
	fmt.Println(f, int64(f/f*1e18), f*f/f == f)
	fmt.Println(^0, ^(-big) == big-1, -(-(big)) == big, 7.0/2, 7/2, -7/2, -7%2)
	x := 1e646456992 / 1e646456991
	fmt.Println(x, 1e646456992 > 1e646456991, 1e-646456992 < 1e-646456991)
	fmt.Println(1e-400/1e-400, 1/1e-400*1e-400 == 1, 1e-400 != 0)
	fmt.Println(1.0000000000000001 == 1, 1.00000000000000011102230246251565404236316680908203125 == 1, float64(1.00000000000000011102230246251565404236316680908203125))
}

// Output:
// 1024 1024 -32 -32
// 8 4 -4 -196
// true 0 true 0
// true 1 true
// 1e+23 1.0000000000000001e+23 false 4950912855330343671
// 1e-320 5e-324 0 1e-323 2
// 9.007199254740992e+15 9.007199254740996e+15 1.6777216e+07 1.677722e+07
// 18446744073709551615 6148914691236517205 -9223372036854775808
// 4909093465 9 10 1
// 10 10 1e-45 0
// 1.7976931348623157e+308 5e-324 9223372036854775807 -9223372036854775808
// 3.4028235e+38 3.1415926535897932e+50 0
// 1.2345678901234568e+29 1000000000000000000 true
// -1 true true 3.5 3 -3 -1
// 10 true true
// 1 true true
// false false 1
