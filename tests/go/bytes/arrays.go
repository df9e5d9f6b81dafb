// Arrays of bytes are raw objects too: value semantics (assignment, struct
// fields, function arguments), == and map keys, pointers to elements and to
// the whole array, slices of arrays, and arrays inside slices.
package main

import "fmt"

type K [4]byte

type S struct {
	ID  [4]byte
	Tag string
	Ok  [2]bool
}

func bump(a [3]byte) [3]byte {
	a[0]++
	return a
}

func main() {
	m := map[K]int{}
	m[K{1, 2, 3, 4}]++
	m[K{1, 2, 3, 4}]++
	m[K{4, 3, 2, 1}]++
	k := K{1, 2, 3}
	k[3] = 4
	fmt.Println(len(m), m[k], m[K{4, 3, 2, 1}], m[K{}])
	fmt.Println(K{1, 2} == K{1, 2, 0, 0}, K{1} != K{}, k == K{1, 2, 3, 4})
	var ik interface{} = k
	fmt.Println(ik == interface{}(K{1, 2, 3, 4}), ik == interface{}(K{1, 2, 3, 5}))
	im := map[interface{}]string{ik: "iface"}
	fmt.Println(im[K{1, 2, 3, 4}])

	var s1, s2 S
	s1.ID[2] = 9
	s1.Ok[1] = true
	s2 = s1
	s2.ID[0] = 1
	fmt.Println(s1, s2, s1 == s2, s1.ID == [4]byte{0, 0, 9, 0})
	s2.ID = s1.ID
	fmt.Println(s1 == s2)
	sm := map[S]bool{s1: true}
	fmt.Println(sm[s2], len(sm))

	arr := [5]byte{'a', 'b', 'c', 'd', 'e'}
	arr2 := arr
	arr2[0] = 'A'
	sl := arr[1:3]
	sl = append(sl, 'X') // writes arr[3]
	fmt.Println(string(arr[:]), string(arr2[:]), string(sl), arr)
	pa := &arr
	pa[4] = 'Q'
	q := &arr[0]
	*q += 1
	fmt.Println(arr, bump([3]byte{7, 8, 9}))
	a3 := [3]byte{1, 2, 3}
	b3 := bump(a3)
	fmt.Println(a3, b3)

	var ks []K
	ks = append(ks, K{1}, K{2})
	ks[0][1] = 7
	kp := &ks[1]
	kp[3] = 5
	ks = append(ks, ks[0])
	ks[2][0] = 9
	fmt.Println(ks)

	grid := [2][3]byte{{1, 2, 3}, {4, 5, 6}}
	g2 := grid
	g2[1][2] = 60
	fmt.Println(grid, g2, grid == g2)

	for i, v := range arr {
		arr[4] = 'Z' // range over an array ranges over a copy
		if i == 4 {
			fmt.Println(string(v))
		}
	}
	var zero [3]bool
	fmt.Println(zero, len(zero))
}

// Output:
// 2 2 1 0
// true true true
// true false
// iface
// {[0 0 9 0]  [false true]} {[1 0 9 0]  [false true]} false true
// true
// true 1
// abcXe Abcde bcX [97 98 99 88 101]
// [98 98 99 88 81] [8 8 9]
// [1 2 3] [2 2 3]
// [[1 7 0 0] [2 0 0 5] [9 7 0 0]]
// [[1 2 3] [4 5 6]] [[1 2 3] [4 5 60]] false
// Q
// [false false false] 3
