// A tuple assignment evaluates the index, map, slice and pointer operands of
// its left side before any store (Go's spec, Order of evaluation; Go's
// test/reorder.go, range.go, fixedbugs/issue4620.go, issue23188.go).
package main

import "fmt"

type T struct{ x struct{ y int } }

func main() {
	m := map[int]int{0: 1}
	i := 0
	i, m[i] = 1, 2
	fmt.Println(i, m)

	arr := []int{1, 2}
	arr, arr[len(arr)-1] = arr[:len(arr)-1], 3
	fmt.Println(arr, arr[:2])

	s := []int{10, 20}
	j := 1
	j, s[j] = 0, 99
	fmt.Println(j, s)

	t := &T{}
	p := t
	p, p.x.y = nil, 7
	fmt.Println(p == nil, t.x.y)

	a, b := 5, 6
	q := &a
	q, *q = &b, 50
	fmt.Println(a, b, *q)

	m2 := map[string]int{}
	old := m2
	m2, m2["k"] = map[string]int{}, 1
	fmt.Println(len(m2), old)

	x := []int{10, 20}
	y := []int{99}
	k := 1
	for k, x[k] = range y {
		break
	}
	fmt.Println(k, x)
}

// Output:
// 1 map[0:2]
// [1] [1 3]
// 0 [10 99]
// true 7
// 50 6 6
// 0 map[k:1]
// 0 [10 99]
