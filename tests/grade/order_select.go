// The printer waits in a select on an unbuffered channel: its receive
// completes main's send (the receive happens before the send completes), so
// its output happens before main's.
package main

import "fmt"

func main() {
	done := make(chan int)
	go func() {
		fmt.Println("printer")
		select {
		case <-done:
		}
	}()
	done <- 1
	fmt.Println("main")
}
