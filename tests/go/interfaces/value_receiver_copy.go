// A value-receiver method called through an interface gets a copy of the
// boxed struct or array: it cannot change the interface's value (Go's
// test/interface/struct.go).
package main

import "fmt"

type I interface {
	Get() int
	Put(int)
}

type S struct{ i int }

func (p S) Get() int  { return p.i }
func (p S) Put(i int) { p.i = i }

type A [2]int

func (a A) Get() int  { return a[0] }
func (a A) Put(i int) { a[0] = i }

func main() {
	s := S{1}
	var i I = s
	i.Put(2)
	put := i.Put
	put(3)
	fmt.Println(i.Get(), s.i)
	var j I = A{5, 6}
	j.Put(7)
	fmt.Println(j.Get())
	var k I = &s
	k.Put(9)
	fmt.Println(k.Get(), s.i)
}

// Output:
// 1 1
// 5
// 1 1
