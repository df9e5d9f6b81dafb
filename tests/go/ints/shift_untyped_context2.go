package main

import "fmt"

func main() {
	s := uint(2)
	var u uint64 = 1<<s + 1
	a := []int{1, 2}
	fmt.Println(u, 1<<s == 4, len(a)+1<<s, int64(1)<<s, ^(1 << s))
	var m = map[uint16]bool{}
	m[1<<s] = true
	var p *int32
	q := int32(3)
	p = &q
	*p = 1 << s
	fmt.Println(m, *p)
	switch 1 << s {
	case 4:
		fmt.Println("four")
	}
	var i interface{} = 1 << s
	fmt.Printf("%T\n", i)
}

// More contexts of 1 << s: arithmetic, comparisons, map keys, stores
// through pointers, switch tags and interfaces (default type int).

// Output:
// 5 true 6 4 -5
// map[4:true] 4
// four
// int
