package main

import (
	"fmt"
	"math"
)

func main() {
	pos := math.Inf(1)
	neg := math.Inf(-1)
	nan := math.NaN()
	fmt.Println(pos, neg, nan)
	fmt.Println(pos > 1e308, neg < -1e308)
	fmt.Println(nan == nan, nan != nan, math.IsNaN(nan), math.IsInf(pos, 1), math.IsInf(neg, 0))
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Printf("%f %v %.2f\n", pos, neg, nan)
	fmt.Println(math.Sqrt(-1))
	fmt.Println(math.Max(nan, 1), math.Min(neg, 0))
}

// Output:
// +Inf -Inf NaN
// true true
// false true true true true
// +Inf -Inf NaN
// +Inf -Inf NaN
// NaN
// NaN -Inf
