package main

import "fmt"

type Inner struct{ A, B int }
type Outer struct {
	ID    int
	In    Inner
	Name  string
	Ptr   *Inner
	Tags  []string
	Attrs map[string]int
}

func main() {
	o := Outer{1, Inner{2, 3}, "x", nil, []string{"t"}, map[string]int{"k": 1}}
	fmt.Println(o)
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Println(&Inner{1, 2})
	fmt.Printf("%+v\n", &Inner{1, 2})
	fmt.Println([]*int{nil}, []interface{}{nil, 1})
	fmt.Println([]Inner{{1, 2}, {3, 4}})
	fmt.Println(map[string]Inner{"a": {5, 6}})
	fmt.Println([2]bool{true})
	fmt.Println(struct{}{}, [0]int{})
	fmt.Printf("%v %d\n", []int{1, 2, 3}, []int{1, 2, 3})
	fmt.Printf("%x\n", []int{10, 11})
}

// Output:
// {1 {2 3} x <nil> [t] map[k:1]}
// {1 {2 3} x <nil> [t] map[k:1]}
// {ID:1 In:{A:2 B:3} Name:x Ptr:<nil> Tags:[t] Attrs:map[k:1]}
// &{1 2}
// &{A:1 B:2}
// [<nil>] [<nil> 1]
// [{1 2} {3 4}]
// map[a:{5 6}]
// [true false]
// {} []
// [1 2 3] [1 2 3]
// [a b]
