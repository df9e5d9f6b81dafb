// A buffered channel orders a send before its receive, not the receive
// before that same send, even when the receiver waited first and the value
// was handed to it (Go's send() passes it through a buffer slot): the
// goroutine's write races with main's read.
package main

import (
	"fmt"
	"time"
)

var x int

func main() {
	ch := make(chan int, 1)
	go func() {
		x = 1
		<-ch
	}()
	time.Sleep(10 * time.Millisecond)
	ch <- 1
	time.Sleep(10 * time.Millisecond)
	fmt.Println(x)
}

// Flags: --race
// Exit: 66
// Output:
// 1
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010020 by main goroutine:
//   main.main()
//       buffered_handoff.go:23
//
// Previous write at 0x00c000010020 by goroutine 2:
//   main.main.func1()
//       buffered_handoff.go:17
//
// Goroutine 2 (finished) created at:
//   main.main()
//       buffered_handoff.go:16
// ==================
// Found 1 data race(s)
