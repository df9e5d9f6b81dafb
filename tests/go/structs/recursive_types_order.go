// Named types that refer to each other through pointers are valid in any
// declaration order, also `type T2 T1` met inside T1's own declaration
// (Go's test/fixedbugs/bug336.go, ken/rob2.go); a type containing itself
// directly is still an invalid recursive type (compile/recursive_type.go).
package main

import "fmt"

type T1 struct {
	Next *T2
}

type T2 T1

type T3 struct {
	Next *T4
}

type T4 T5
type T5 T6
type T6 T3

type T18 *[10]T19
type T19 T18

type Atom struct {
	str  string
	next *Slist
}

type Slist struct {
	atom Atom
	n    int
}

func main() {
	a := &T1{&T2{}}
	b := &T3{&T4{&T4{}}}
	fmt.Println(a.Next.Next == nil, b.Next.Next.Next == nil)
	var t19s [10]T19
	t := T18(&t19s)
	fmt.Println(len(t), t[0] == nil)
	s := Slist{Atom{"x", &Slist{n: 2}}, 1}
	fmt.Println(s.atom.str, s.atom.next.n, s.n)
}

// Output:
// true true
// 10 true
// x 2 1
