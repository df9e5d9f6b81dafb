package main

import "fmt"

func main() {
	base := []int{1, 2, 3, 4, 5}
	a := base[1:3]
	a[0] = 20
	fmt.Println(base, a, len(a), cap(a))
	a = append(a, 40)
	fmt.Println(base, a)
	b := make([]int, 3, 3)
	c := append(b, 1)
	c[0] = 99
	fmt.Println(b, c)
	d := make([]int, 3, 10)
	e := append(d, 1)
	f := append(d, 2)
	fmt.Println(e, f)
	modify(base)
	fmt.Println(base)
	grow(base)
	fmt.Println(base)
}

func modify(s []int) { s[4] = 500 }

func grow(s []int) {
	s = append(s, 6)
	s[0] = -1
}

// Output:
// [1 20 3 4 5] [20 3] 2 4
// [1 20 3 40 5] [20 3 40]
// [0 0 0] [99 0 0 1]
// [0 0 0 2] [0 0 0 2]
// [1 20 3 40 500]
// [1 20 3 40 500]
