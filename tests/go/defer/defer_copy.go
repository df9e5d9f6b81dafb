// defer copy(dst, src) evaluates both arguments at the defer statement and
// copies when the function returns (Go's test/fixedbugs/issue8039.go
// crashed gorolab).
package main

import "fmt"

func f(s []int) (n int) {
	c := make(chan []int, 1)
	c <- []int{1, 2, 3}
	defer copy(s, <-c)
	s[0] = 9
	fmt.Println("before return", s)
	return 5
}

func main() {
	x := make([]int, 2)
	fmt.Println(f(x), x)
}

// Output:
// before return [9 0]
// 5 [1 2]
