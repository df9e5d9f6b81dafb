package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16))
	fmt.Println(math.Floor(2.7), math.Floor(-2.2), math.Ceil(2.1), math.Ceil(-2.9))
	fmt.Println(math.Abs(-3.5), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(10, -2))
	fmt.Println(math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Println(math.Pi)
	fmt.Printf("%.4f %.4f\n", math.E, math.Log(math.E))
	fmt.Println(math.Log2(8), math.Log10(1000))
}

// Output:
// 1.4142135623730951 4
// 2 -3 3 -2
// 3.5 7 3
// 1024 1.4142135623730951 0.01
// 1 5
// 3.141592653589793
// 2.7183 1.0000
// 3 3
