// for-select with a done channel: the worker ticks on the virtual clock
// until main closes done, then says goodbye.
package main

import (
	"fmt"
	"time"
)

func worker(done <-chan struct{}, bye chan<- int) {
	ticks := 0
	for {
		select {
		case <-done:
			bye <- ticks
			return
		default:
			time.Sleep(10 * time.Millisecond)
			ticks++
		}
	}
}

func main() {
	done := make(chan struct{})
	bye := make(chan int)
	go worker(done, bye)
	time.Sleep(55 * time.Millisecond)
	close(done)
	fmt.Println("worker ticked", <-bye, "times")
}

// Output:
// worker ticked 6 times
