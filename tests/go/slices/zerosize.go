// Slices of zero-size element types (struct{}, [0]T) take no memory per
// element, as in Go: make([]struct{}, maxInt) works, and an append past
// maxInt panics as growslice does (Go's test/fixedbugs/issue29190.go).
// Checked against go run (1.19); Go 1.20 renamed the growslice message (newest:
// zerosize_newest.go).
// Flags: --go 1.19
package main

import (
	"fmt"
	"sort"
)

type E struct{}

type Z struct {
	a E
	b [0]int
}

const maxInt = int(^uint(0) >> 1)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	big := make([]E, maxInt)
	fmt.Println(len(big), cap(big), big[maxInt-1], big[12345])
	big[maxInt-1] = E{}
	p, q := &big[0], &big[maxInt-1]
	*p = *q
	sub := big[maxInt-3:]
	fmt.Println(len(sub), cap(sub), sub)

	zs := make([]Z, 1<<40, 1<<41)
	zs[5].a = E{}
	fmt.Println(len(zs), cap(zs), zs[1<<40-1])
	zs = append(zs, Z{}, Z{})
	fmt.Println(len(zs), cap(zs))

	var s []struct{}
	for i := 0; i < 5; i++ {
		s = append(s, struct{}{})
	}
	s = append(s, s...)
	fmt.Println(len(s), s)
	n := 0
	for i, v := range s {
		n += i
		_ = v
	}
	es := make([]E, 4)
	fmt.Println(n, copy(es, big), copy(big, es), es)
	sort.Slice(s, func(i, j int) bool { return i < j })
	fmt.Printf("%v %+v %d\n", s[:2], zs[:1], len(s))

	try("append", func() { big = append(big, E{}) })
	one := make([]E, 1)
	try("append...", func() { big = append(big, one...) })
	try("index", func() { _ = big[:3][3] })
	try("make", func() { _ = make([]E, -1+n-n) })
	fmt.Println(len(big))
}

// Output:
// 9223372036854775807 9223372036854775807 {} {}
// 3 3 [{} {} {}]
// 1099511627776 2199023255552 {{} []}
// 1099511627778 2199023255552
// 10 [{} {} {} {} {} {} {} {} {} {}]
// 45 4 4 [{} {} {} {}]
// [{} {}] [{a:{} b:[]}] 10
// append runtime error: growslice: cap out of range
// append... runtime error: growslice: cap out of range
// index runtime error: index out of range [3] with length 3
// make runtime error: makeslice: len out of range
// 9223372036854775807
