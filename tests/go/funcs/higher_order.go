package main

import (
	"fmt"
	"strings"
)

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []string, keep func(string) bool) []string {
	var out []string
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func reduce(xs []int, init int, f func(int, int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

type binop func(int, int) int

func main() {
	sq := func(x int) int { return x * x }
	fmt.Println(mapInts([]int{1, 2, 3}, sq))
	fmt.Println(filter([]string{"go", "rust", "gopher"}, func(s string) bool { return strings.HasPrefix(s, "go") }))
	fmt.Println(reduce([]int{1, 2, 3, 4}, 0, func(a, b int) int { return a + b }))
	inc := func(x int) int { return x + 1 }
	fmt.Println(compose(inc, sq)(3), compose(sq, inc)(3))
	ops := map[string]binop{"add": func(a, b int) int { return a + b }, "mul": func(a, b int) int { return a * b }}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4))
	var nothing func()
	fmt.Println(nothing == nil)
	fmt.Printf("%T\n", sq)
}

// Output:
// [1 4 9]
// [go gopher]
// 10
// 16 10
// 7 12
// true
// func(int) int
