package main

import "fmt"

type T struct {
	A int
	B string
}

func main() {
	var p *T
	fmt.Println(p)
	fmt.Printf("%v %+v\n", p, p)
	var m map[string]int
	var s []int
	var e error
	var i interface{}
	var f func()
	fmt.Println(m, s, e, i, f == nil)
	fmt.Printf("%v %v %v %v\n", m, s, e, i)
	t := &T{1, "b"}
	fmt.Println(t)
	fmt.Printf("%v %+v\n", t, t)
	pp := &[]int{1}
	fmt.Println(pp)
	pm := &map[string]int{"a": 1}
	fmt.Println(pm)
}

// Output:
// <nil>
// <nil> <nil>
// map[] [] <nil> <nil> true
// map[] [] <nil> <nil>
// &{1 b}
// &{1 b} &{A:1 B:b}
// &[1]
// &map[a:1]
