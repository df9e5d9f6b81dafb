package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	fmt.Println(div(10, 2))
	fmt.Println(div(1, 0))
}

// Output:
// 5
// Exit: 2
// Stderr:
// panic: runtime error: integer divide by zero
//
// goroutine 1 [running]:
// main.div(...)
// 	divide_by_zero.go:6
// main.main()
// 	divide_by_zero.go:11 +0x5c
