package main

import "fmt"

var a, b any = any(nil).(bool)
var p, q any = any(1).(int)

func two() (int, string) { return 4, "four" }

var r, s = two()
var t, u any = two() // Go 1.19 fails here with an internal compiler error; Go 1.20 does not
var m = map[string]int{"k": 2}
var v, ok = m["k"]
var pr = &r

func main() {
	fmt.Println(a, b, p, q)
	fmt.Println(r, s, t, u, v, ok, *pr)
	*pr = 9
	fmt.Println(r)
}

// var a, b T = v.(X) / m[k] / f(): each value is converted to T, also at
// package level and for an address-taken variable; T(nil) is a value, not
// a constant (Go's test/fixedbugs/issue53619.go, issue8047.go).

// Output:
// false false 1 true
// 4 four 4 four 2 true 4
// 9
