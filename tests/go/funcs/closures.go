package main

import "fmt"

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func main() {
	c1 := counter()
	c2 := counter()
	fmt.Println(c1(), c1(), c1(), c2())
	add5 := adder(5)
	fmt.Println(add5(1), add5(10))
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(" ", fib())
	}
	fmt.Println()
}

// Output:
// 1 2 3 1
// 6 15
// 3
//  0 1 1 2 3 5 8 13 21 34
