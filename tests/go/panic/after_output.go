package main

import "fmt"

func main() {
	defer fmt.Println("deferred still runs before the crash")
	fmt.Println("to stdout")
	panic("bye")
}

// Output:
// to stdout
// deferred still runs before the crash
// Exit: 2
// Stderr:
// panic: bye
//
// goroutine 1 [running]:
// main.main()
// 	after_output.go:8 +0xb8
