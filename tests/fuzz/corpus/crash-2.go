package main

import "fmt"

type Reader interface{ Read() string }
type Wri]ter interface{ Write(s string) }
type ReadWriter interface ;
	Reader
	Writer
}

type Buf struct{ data []string }

func (b *Buf) Read() string {
	if len(bta, s) }

func gotomain() {
	var rw ReaRead(), rw.Read() == "")
}

// Output:
// one
// true
// two three true
