// An unbuffered send with no receiver blocks forever.
package main

import "fmt"

func main() {
	ch := make(chan string)
	fmt.Println("sending")
	ch <- "hello"
	fmt.Println("never printed")
}

// Output:
// sending
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// main.main()
// 	main_send_no_receiver.go:9
