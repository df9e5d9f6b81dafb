package main

import "fmt"

func main() {
	defer fmt.Println("outer defer still runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}

// Output:
// outer defer still runs
// Exit: 2
// Stderr:
// panic: first
// 	panic: second
//
// goroutine 1 [running]:
// main.main.func1()
// 	panic_in_defer_uncaught.go:8 +0x27
// main.main()
// 	panic_in_defer_uncaught.go:10 +0x85
