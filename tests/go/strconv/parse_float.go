package main

import (
	"fmt"
	"strconv"
)

func main() {
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1e3", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("-0.5", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("abc", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("inf", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64))
	fmt.Println(strconv.FormatFloat(3.14159, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1.5, 'f', -1, 64))
	fmt.Println(strconv.FormatFloat(1234567.0, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'g', 5, 64))
}

// Output:
// 3.25 <nil>
// 1000 <nil>
// -0.5 <nil>
// 0 strconv.ParseFloat: parsing "abc": invalid syntax
// +Inf <nil>
// 3.14
// 3.142e+00
// 1.5
// 1.234567e+06
// 0.1
