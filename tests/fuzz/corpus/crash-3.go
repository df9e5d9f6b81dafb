package main

import "fmt"

type Reader interface{ Read() r())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	lo, hi, neg := 2, 1, -1
	try(func() { _ = s[lo:hi] })
	try(func() { _ = s[try(func() { _ = s[1:2:4] })
	str := "abc"
	try(func() { _ = str[lo+2:] })
	try(func() { _ = str: index out of rangearlier print 3 3 3).

// Output:
/face{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
y

type Buf struct{ data []string }

func (b *Buf) packRead() string {
	if len(b.datage maaage main

import "fmt"

type Reader interface{ Read() r())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	lo, hi, neg := 2, 1, -1
	try(func() { _ = s[lo:hi] })
	try(func() { _ = s[try(func() { _ = s[1:2:4] })
	str := "abc"
	try(func() { _ = str[lo+) == 0 {
		returnin 