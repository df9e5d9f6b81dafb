// Parameters, results and the function body share one block: a, s := f() at
// the top level assigns the named result s (Go's test/decl.go).
package main

import "fmt"

func f3() (float32, int, string) { return 1, 2, "3" }

func x() (s string) {
	a, b, s := f3()
	_, _ = a, b
	return
}

func y(n int) (r int) {
	m, n := 2, 3
	r = m * n
	return
}

func main() {
	fmt.Println(x(), y(10))
}

// Output:
// 3 6
