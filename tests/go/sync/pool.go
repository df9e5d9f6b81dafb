package main

import (
	"fmt"
	"sync"
)

type buffer struct{ id int }

func main() {
	made := 0
	p := sync.Pool{New: func() any {
		made++
		return &buffer{id: made}
	}}
	a := p.Get().(*buffer)
	b := p.Get().(*buffer)
	fmt.Println(a.id, b.id, made)
	p.Put(a)
	c := p.Get().(*buffer)
	fmt.Println(c.id, made)
	p.Put(nil) // ignored
	var q sync.Pool
	fmt.Println(q.Get())
	q.Put("x")
	fmt.Println(q.Get(), q.Get())
}

// Output:
// 1 2 2
// 1 2
// <nil>
// x <nil>
