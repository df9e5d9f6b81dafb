package main

import "fmt"

func main() {
	f := 1234.5678
	fmt.Printf("%f|%.3f|%8.2f|%-10.1f|\n", f, f, f, f)
	fmt.Printf("%e|%.2e|%E\n", f, f, f)
	fmt.Printf("%g|%.3g|%G\n", f, f, 1e-10)
	fmt.Printf("%v|%v|%v\n", 1.0, 0.000001, 1e7)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%+.2f|% .2f\n", 3.0, 3.0)
}

// Output:
// 1234.567800|1234.568| 1234.57|1234.6    |
// 1.234568e+03|1.23e+03|1.234568E+03
// 1234.5678|1.23e+03|1E-10
// 1|1e-06|1e+07
//  99.5%
// +3.00| 3.00
