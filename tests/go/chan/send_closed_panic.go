// Sending on a closed channel panics, even on a buffered one with room.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	ch <- 1
	close(ch)
	fmt.Println("closed; one value left:", <-ch)
	ch <- 2
}

// Output:
// closed; one value left: 1
// Exit: 2
// Stderr:
// panic: send on closed channel
//
// goroutine 1 [running]:
// main.main()
// 	send_closed_panic.go:11
