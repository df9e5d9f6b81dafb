// Before Go 1.22 a for loop (three-clause or range) has one variable for all
// iterations: closures see its last value. gorolab follows --go.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v })
	}
	var got []int
	for _, f := range fs {
		got = append(got, f())
	}
	fmt.Println(got)
}

// Flags: --go 1.21
// Output:
// [3 3 3 30 30 30]
