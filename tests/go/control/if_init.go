package main

import (
	"fmt"
	"strconv"
)

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	}
	return "odd"
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, err := strconv.Atoi("42"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("failed", err)
	}
	if v, err := strconv.Atoi("4x2"); err == nil {
		fmt.Println("parsed", v)
	} else {
		fmt.Println("failed", v, err)
	}
	x := 5
	if x := x * 2; x > 5 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
}

// Output:
// -3 negative
// 0 zero
// 4 even
// 7 odd
// parsed 42
// failed 0 strconv.Atoi: parsing "4x2": invalid syntax
// inner 10
// outer 5
