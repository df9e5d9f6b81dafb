// min and max of untyped constants of several numeric kinds take the
// larger kind (Go 1.21+); with a typed operand, its type.
package main

import "fmt"

func main() {
	var i int = 3
	var f float64 = 1.5
	fmt.Println(min(1, 2.5, 'a'), max(1, 2.5, 'a'), min("b", "a", "c"), max("", "z"), min("", ""))
	fmt.Println(min(i, 2), max(f, 2, 0.5), min(2.0, i))
	const c = max(1, 'b')
	fmt.Printf("%T %v\n", c, c)
	const d = min(1, 2.5)
	fmt.Printf("%T %v\n", d, d)
}

// Output:
// 1 97 a z 
// 2 2 2
// int32 98
// float64 1
