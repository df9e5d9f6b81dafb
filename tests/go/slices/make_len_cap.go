package main

import "fmt"

func main() {
	a := make([]int, 3)
	b := make([]int, 2, 10)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(b, len(b), cap(b))
	b = b[:5]
	fmt.Println(b, len(b), cap(b))
	c := b[2:4]
	fmt.Println(c, len(c), cap(c))
	s := []string{"x", "y"}
	fmt.Println(len(s), cap(s), s)
	var bs = make([]byte, 4)
	fmt.Println(bs)
}

// Output:
// [0 0 0] 3 3
// [0 0] 2 10
// [0 0 0 0 0] 5 10
// [0 0] 2 8
// 2 2 [x y]
// [0 0 0 0]
