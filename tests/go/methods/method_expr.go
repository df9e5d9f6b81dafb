// Method expressions: I.M and error.Error on interfaces, (*T).M of a value
// method, promoted methods (also pointer methods promoted from an embedded
// scalar, which must get the field's address); Go's test/ddd.go, method3.go,
// method7.go, interface/receiver.go, fixedbugs/issue29304.go.
package main

import (
	"errors"
	"fmt"
)

type I interface{ M(int) int }

type T int

func (t T) M(x int) int { return int(t) + x }

type C int

func (C) f() string { return "C.f" }
func (c *C) g() string {
	*c += 10
	return fmt.Sprint("C.g ", int(*c))
}

type B struct {
	C
	n int
}

type A struct{ B }

type S []int

func (s S) Len() int { return len(s) }

type W struct{ I }

func main() {
	var i I = T(1)
	f := I.M
	fmt.Println(f(i, 2), I.M(T(5), 5))
	g := error.Error
	fmt.Println(g(errors.New("boom")))
	fmt.Println((*T).M(new(T), 3), T.M(4, 4))
	var a A
	fmt.Println(A.f(a), (*A).f(&a), (*A).g(&a), a.g(), a.C)
	p := &a
	fmt.Println(p.g(), a.B.C)
	s := S{1, 2, 3}
	fmt.Println((*S).Len(&s), S.Len(s))
	w := W{T(7)}
	fmt.Println(W.M(w, 1), w.M(2))
	var v fmt.Stringer
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(fmt.Stringer.String(v))
}

// Output:
// 3 10
// boom
// 3 8
// C.f C.f C.g 10 C.g 20 20
// C.g 30 30
// 3 3
// 8 9
// recovered: runtime error: invalid memory address or nil pointer dereference
