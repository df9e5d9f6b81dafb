// main waits on a channel that nobody will ever send on.
package main

import "fmt"

func main() {
	results := make(chan int)
	fmt.Println("waiting for a result")
	r := <-results
	fmt.Println(r)
}

// Output:
// waiting for a result
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	main_recv_no_sender.go:9
