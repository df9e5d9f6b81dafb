// Fixed: the receiver closes a separate done channel; the producer selects
// between sending and done, and it closes its own channel when it stops.
package main

import (
	"fmt"
	"time"
)

func producer(results chan<- int, done <-chan struct{}) {
	defer close(results)
	for i := 0; ; i++ {
		select {
		case results <- i:
		case <-done:
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	results := make(chan int)
	done := make(chan struct{})
	go producer(results, done)
	fmt.Println(<-results, <-results, <-results)
	close(done)
	for range results { // wait until the producer has stopped
	}
	fmt.Println("producer stopped")
}

// Output:
// 0 1 2
// producer stopped
