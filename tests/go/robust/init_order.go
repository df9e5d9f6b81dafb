// Package variables are initialised in dependency order, then in
// declaration order (the Go spec's example, plus dependencies through
// functions and closures, and a two-name declaration).
package main

import "fmt"

var (
	a = c + b // == 9
	b = f()   // == 4
	c = f()   // == 5
	d = 3     // == 5 after initialization has finished
)

func f() int {
	d++
	return d
}

var trace []string

func note(s string, v int) int {
	trace = append(trace, s)
	return v
}

var p = note("p", q+1)
var q, r = pair()
var s = func() int { return note("s", t) }()
var t = note("t", 7)

func pair() (int, int) { return note("q,r", 10), 20 }

func main() {
	fmt.Println(a, b, c, d)
	fmt.Println(p, q, r, s, t)
	fmt.Println(trace)
}

// Output:
// 9 4 5 5
// 11 10 20 7 7
// [q,r p t s]
