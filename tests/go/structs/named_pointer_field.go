// A field selected through a named pointer type (type P *T; p.f is (*p).f),
// read, written and addressed; methods are not promoted (Go's test/chan/powser2.go,
// fixedbugs/issue23017.go).
package main

import "fmt"

type T struct {
	x struct{ y int }
	n int
}

type P *T

func (t *T) M() int { return t.n }

type dch struct {
	req chan int
	dat chan int
}
type PS *dch

func main() {
	var q P = &T{n: 5}
	q.x.y = 7
	q.n++
	p := &q.n
	*p += 10
	fmt.Println(q.x.y, q.n, (*q).n, (*T)(q).M())
	z := PS(&dch{make(chan int, 1), make(chan int, 1)})
	z.req <- 1
	fmt.Println(<-z.req, len(z.dat))
}

// Output:
// 7 16 16 16
// 1 0
