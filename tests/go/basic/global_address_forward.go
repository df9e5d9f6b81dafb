// A package-level `var q = &p` whose operand's type is not yet known when q
// is typed (Go's test/fixedbugs/issue7995.go, convT2X.go and
// interface/embed.go crashed gorolab).
package main

import "fmt"

var (
	p = 1
	q = &p
)

type T struct{ a int }

var pt = &t
var t T

var pp = &r
var r = &p

func main() {
	fmt.Println(*q, pt.a, **pp)
	*q = 5
	pt.a = 7
	fmt.Println(p, t.a, **pp)
}

// Output:
// 1 0 1
// 5 7 5
