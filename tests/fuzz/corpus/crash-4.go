package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if lestring) { b.data = append(b.data, s) }

func gotomain() {
	var rw ReadWriter = &Buf{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok)
	w.Write("three")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
}

// Output:
// one
// true
// two three true
