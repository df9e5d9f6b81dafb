package main

import "fmt"

type P struct {
	Name string
	Age  int
}

type W struct {
	P
	Tags [2]string
}

func main() {
	a := P{"x", 1}
	b := P{"x", 1}
	c := P{"y", 1}
	fmt.Println(a == b, a == c)
	w1 := W{a, [2]string{"t", ""}}
	w2 := W{b, [2]string{"t", ""}}
	fmt.Println(w1 == w2)
	w2.Tags[1] = "u"
	fmt.Println(w1 == w2)
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2)
}

// Output:
// true false
// true
// false
// false true
// true
