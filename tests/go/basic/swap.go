package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := "x", "y", "z"
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := []int{1, 2, 3}
	s[0], s[2] = s[2], s[0]
	fmt.Println(s)
	i := 0
	i, s[i] = 1, 9 // index evaluated before assignment
	fmt.Println(i, s)
	f, g := 0, 1
	for k := 0; k < 10; k++ {
		f, g = g, f+g
	}
	fmt.Println(f)
}

// Output:
// 2 1
// z x y
// [3 2 1]
// 1 [9 2 1]
// 55
