package main

import "fmt"

func main() {
	a, b := 7.0, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3)
	x := 0.1
	y := 0.2
	fmt.Println(x+y, x+y == 0.3)
	fmt.Println(1.0/3.0, 2.0/3.0)
	fmt.Println(1e21, 1e20, 1e-5, 1e-4, 123456789.0)
	fmt.Println(100.0, 3.0, -0.5, 2.5e10)
	var z float64
	fmt.Println(z, -z, 1/(z-1))
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
}

// Output:
// 9 5 14 3.5
// 0.3 true
// 0.30000000000000004 false
// 0.3333333333333333 0.6666666666666666
// 1e+21 1e+20 1e-05 0.0001 1.23456789e+08
// 100 3 -0.5 2.5e+10
// 0 -0 -1
// 0.1 0.10000000149011612
