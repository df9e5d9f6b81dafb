// Closing a channel twice panics.
package main

import "fmt"

func shutdown(quit chan struct{}) {
	close(quit)
}

func main() {
	quit := make(chan struct{})
	shutdown(quit)
	fmt.Println("first close ok")
	shutdown(quit)
}

// Output:
// first close ok
// Exit: 2
// Stderr:
// panic: close of closed channel
//
// goroutine 1 [running]:
// main.shutdown(...)
// 	close_closed_panic.go:7
// main.main()
// 	close_closed_panic.go:14
