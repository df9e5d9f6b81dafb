package main

import "fmt"

func apply(f func(int) int, x int) int {
	return f(x)
}

func main() {
	table := []int{1, 2, 3}
	get := func(i int) int {
		return table[i]
	}
	fmt.Println(apply(get, 1))
	fmt.Println(apply(get, 10))
}

// Output:
// 2
// Exit: 2
// Stderr:
// panic: runtime error: index out of range [10] with length 3
//
// goroutine 1 [running]:
// main.main.func1(...)
// 	closure_frame.go:12
// main.apply(...)
// 	closure_frame.go:6
// main.main()
// 	closure_frame.go:15 +0x96
