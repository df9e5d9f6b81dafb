package main

import "fmt"

func main() {
	v := 3.14159265358979
	fmt.Printf("%v|%g|%f|%.2f|%e|%E\n", v, v, v, v, v, v)
	fmt.Printf("%8.3f|%-8.2f|%08.3f|%+.1f\n", v, v, v, v)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%g %g %g %g\n", 1e6, 1e21, 1e-7, 123456789.0)
	fmt.Printf("%.3g %.3e\n", 1234.5678, 1234.5678)
	fmt.Println(float64(10), 1e6, 1e-7)
	fmt.Printf("%v %v\n", 2.0, 1e100)
	fmt.Printf("%6.2f%%\n", 45.678)
	s := fmt.Sprint(1.5, 2.25)
	fmt.Println(s, len(s))
}

// Output:
// 3.14159265358979|3.14159265358979|3.141593|3.14|3.141593e+00|3.141593E+00
//    3.142|3.14    |0003.142|+3.1
// 0 2 2 -0
// 1e+06 1e+21 1e-07 1.23456789e+08
// 1.23e+03 1.235e+03
// 10 1e+06 1e-07
// 2 1e+100
//  45.68%
// 1.5 2.25 8
