package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9))
	i := 7
	fmt.Println(float64(i)/2, float64(i/2))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Trunc(-2.7))
	n := 10
	avg := float64(n) / 4
	fmt.Printf("%.2f %T\n", avg, avg)
	var u8 uint8 = 200
	fmt.Println(float64(u8) * 1.5)
	fmt.Println(int(math.Floor(-0.5)), int(math.Ceil(0.1)))
}

// Output:
// 3 -3 2500000000
// 3.5 3
// 3 -3 -2
// 2.50 float64
// 300
// -1 1
