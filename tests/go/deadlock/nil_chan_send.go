// A nil channel (declared, never made) blocks senders forever.
package main

import "fmt"

type pipeline struct {
	in chan int
}

func main() {
	var p pipeline
	fmt.Println("in is nil:", p.in == nil)
	p.in <- 1
}

// Output:
// in is nil: true
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send (nil chan)]:
// main.main()
// 	nil_chan_send.go:13
