package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt16, math.MaxInt8)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32)
	var u uint64 = math.MaxUint64
	fmt.Println(u)
	fmt.Println(math.MaxInt)
	fmt.Println(math.MaxFloat64)
	fmt.Println(math.SmallestNonzeroFloat64)
	fmt.Println(math.MaxFloat32)
}

// Output:
// 9223372036854775807 -9223372036854775808
// 2147483647 -2147483648 32767 127
// 255 65535 4294967295
// 18446744073709551615
// 9223372036854775807
// 1.7976931348623157e+308
// 5e-324
// 3.4028234663852886e+38
