// Channel values compare equal when they are the same channel; they can be
// map keys.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	c := a
	var d <-chan int = a
	fmt.Println(a == c, a == b, d == a)
	var n chan int
	fmt.Println(n == nil, a != nil)
	names := map[chan int]string{a: "a", b: "b"}
	fmt.Println(names[c], names[b], len(names))
	fmt.Printf("%T %v\n", n, n)
}

// Output:
// true false true
// true true
// a b 2
// chan int <nil>
