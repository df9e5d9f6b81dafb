// A struct of the fix's own with the same fields is another type: no conversion.
package main

import "fmt"

type pair struct {
	A int
	b int
}

func main() {
	p := pair{A: 1, b: 2}
	fmt.Println(Pair(p), p.b, NewShop().Open())
}

// want: 13:19: cannot convert p (variable of type pair) to type Pair
