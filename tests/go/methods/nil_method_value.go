// A method value bound on a nil interface or (for a value method) a nil
// pointer panics when it is evaluated, also in a defer statement; &*p panics
// on nil; a value method called on a nil *T through an interface gives
// Go's panicwrap message (Go's test/method5.go, nilptr2.go,
// fixedbugs/issue15975.go, issue19040.go).
package main

import "fmt"

type T struct{ n int }

func (t T) V() int  { return t.n }
func (t *T) P() int { return 1 }

type I interface{ V() int }

type Closer interface{ Close() }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
	fmt.Println(name, "ok")
}

func main() {
	var p *T
	var i I
	var c Closer
	try("p.V", func() { _ = p.V })
	try("p.P", func() { _ = p.P })
	try("i.V", func() { _ = i.V })
	try("defer c.Close()", func() { defer c.Close() })
	try("&*p", func() { _ = &*p })
	i = p
	try("i.V() with nil *T", func() { i.V() })
	q := &T{3}
	f := q.V
	q.n = 4
	fmt.Println(f(), &*q == q)
}

// Output:
// p.V panics: runtime error: invalid memory address or nil pointer dereference
// p.P ok
// i.V panics: runtime error: invalid memory address or nil pointer dereference
// defer c.Close() panics: runtime error: invalid memory address or nil pointer dereference
// &*p panics: runtime error: invalid memory address or nil pointer dereference
// i.V() with nil *T panics: value method main.T.V called using nil *T pointer
// 3 true
