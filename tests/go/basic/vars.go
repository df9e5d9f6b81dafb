package main

import "fmt"

var global = 10
var (
	a int
	b string
	c bool
	d float64
	e = "init"
)

func main() {
	var x int = 3
	var y = 4.5
	var p, q = 1, "two"
	fmt.Println(global, x, y, p, q)
	fmt.Println(a, b == "", c, d, e)
	var s []int
	var m map[string]int
	var ptr *int
	fmt.Println(s == nil, m == nil, ptr == nil, len(s), len(m))
	global++
	fmt.Println(global)
}

// Output:
// 10 3 4.5 1 two
// 0 true false 0 init
// true true true 0 0
// 11
