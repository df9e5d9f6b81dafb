// len and cap of a buffered channel under --race: the race detector's mark on
// the channel once shared a flag bit with the Go 1.23 timer channels, and
// every buffered channel the detector had seen read as empty.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int, 2)
	go func() {
		done <- 1
		fmt.Println("sent", len(done), cap(done))
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main", len(done), cap(done))
	done <- 2
	fmt.Println(len(done), <-done, <-done, len(done))
}

// Flags: --race
// Output:
// sent 1 2
// main 1 2
// 2 1 2 0
