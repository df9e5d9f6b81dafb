// Pointers to elements of byte and int arrays are (array, index): they read
// and write one element in place, compare equal when they name the same
// element through different slices, and reach natives (errors.As) too.
package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func incr(p *byte) { *p++ }

func setAll(ps []*int32, v int32) {
	for _, p := range ps {
		*p = v
	}
}

type Hdr struct {
	Magic [4]byte
	Len   uint16
}

func main() {
	b := []byte("abcd")
	c := b[1:]
	fmt.Println(&b[1] == &c[0], &b[0] == &c[0])
	incr(&c[0])
	incr(&b[1])
	fmt.Println(string(b))

	var xs [4]int32
	ps := []*int32{&xs[0], &xs[2]}
	setAll(ps, -5)
	fmt.Println(xs)

	h := &Hdr{Magic: [4]byte{'G', 'O', 'R', 'O'}, Len: 65535}
	m := &h.Magic[3]
	*m = 'A'
	l := &h.Len
	*l++
	fmt.Println(string(h.Magic[:]), h.Len, *m)

	old := make([]uint16, 1, 1)
	p := &old[0]
	grown := append(old, 2)
	*p = 7 // the old backing only
	fmt.Println(old, grown)

	var codes [3]Code
	err := fmt.Errorf("wrapped: %w", Code(42))
	fmt.Println(errors.As(err, &codes[1]), codes)

	f := []float32{1, 2}
	fp := &f[1]
	*fp /= 3
	fmt.Println(f[1] == float32(2)/3, *fp*3)
}

// Output:
// true false
// adcd
// [-5 0 -5 0]
// GORA 0 65
// [7] [0 2]
// true [code 0 code 42 code 0]
// true 2
