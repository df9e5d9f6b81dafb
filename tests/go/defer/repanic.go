package main

import "fmt"

func main() {
	defer fmt.Println("deferred in main runs")
	defer func() {
		r := recover()
		fmt.Println("caught", r)
		panic(fmt.Sprint("re-panic: ", r))
	}()
	panic("original")
}

// Output:
// caught original
// deferred in main runs
// Exit: 2
// Stderr:
// panic: original [recovered]
// 	panic: re-panic: original
//
// goroutine 1 [running]:
// main.main.func1()
// 	repanic.go:10 +0xe5
// main.main()
// 	repanic.go:12 +0x85
