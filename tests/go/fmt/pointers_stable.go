// Printed pointers (%p, Println of a chan or map, the print builtin) are
// fake 0xc000... heap addresses, handed out in the order they are first
// printed: the same on every run of a seed and on every schedule that
// prints them in the same order (issue 11 item 7). A pointer into a struct
// or a slice is its object's address plus the offset.
package main

import "fmt"

type T struct{ a, b int }

func main() {
	x := &T{1, 2}
	y := new(int)
	s := make([]int, 4)
	m := map[string]int{}
	c := make(chan int)
	fmt.Printf("%p %p %p %p %p\n", x, y, s, m, c)
	fmt.Println(y, c, &x.b, &s[2], x == &T{1, 2})
	fmt.Printf("%v %#v\n", y, y)
	println(y, s[1:])
}

// Output:
// 0xc000012000 0xc000012010 0xc000012020 0xc000012040 0xc000012070
// 0xc000012010 0xc000012070 0xc000012008 0xc000012030 false
// 0xc000012010 (*int)(0xc000012010)
// Stderr:
// 0xc000012010 [3/3]0xc000012028
