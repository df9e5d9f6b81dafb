package main

import "fmt"

func main() {
	var xs []any
	xs = append(xs, 1, "two", 3.0, nil, []int{4}, map[string]int{"five": 5}, struct{}{})
	fmt.Println(xs...)
	fmt.Println(xs)
	for _, x := range xs {
		fmt.Printf(" %T", x)
	}
	fmt.Println()
	var a, b any = 1, 1
	fmt.Println(a == b, a == any(1.0), a == any(int64(1)))
	var c any
	fmt.Println(c == nil, c)
}

// Output:
// 1 two 3 <nil> [4] map[five:5] {}
// [1 two 3 <nil> [4] map[five:5] {}]
//  int string float64 <nil> []int map[string]int struct {}
// true false false
// true <nil>
