// fib: recursive Fibonacci. Measures function call and return overhead,
// integer compare, add and subtract.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(fib(32))
}
