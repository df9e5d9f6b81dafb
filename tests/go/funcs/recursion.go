package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(fact(10), fact(20))
	fmt.Println(fib(25))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	m := 0
	hanoi(10, "A", "C", "B", &m)
	fmt.Println(m)
	depth := 0
	var down func(int)
	down = func(n int) {
		if n > depth {
			depth = n
		}
		if n < 10000 {
			down(n + 1)
		}
	}
	down(0)
	fmt.Println(depth)
}

// Output:
// 3628800 2432902008176640000
// 75025
// true true false
// 1023
// 10000
