// Zero-size elements of an array or a slice share one address, as gc gives
// them (Go's test/fixedbugs/bug352.go); checked against go run (1.19).
package main

import "fmt"

var x [10][0]byte
var y = make([]struct{}, 10)

type pair struct{ a, b struct{} }

func main() {
	fmt.Println(&x[1] == &x[2], &y[1] == &y[2], len(x), len(y))
	var z [4]pair
	z[1] = pair{}
	w := z
	fmt.Println(w, len(w), x)
}

// Output:
// true true 10 10
// [{{} {}} {{} {}} {{} {}} {{} {}}] 4 [[] [] [] [] [] [] [] [] [] []]
