// closure: call a closure that captures and updates a counter 10,000,000
// times. Measures indirect calls through a func value and access to a
// captured (heap-boxed) variable.
package main

import "fmt"

func counter() func(int) int {
	c := 0
	return func(d int) int {
		c += d
		return c
	}
}

func main() {
	next := counter()
	s := 0
	for i := 0; i < 10000000; i++ {
		s = next(i & 3)
	}
	fmt.Println(s)
}
