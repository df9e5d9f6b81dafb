// Anti-pattern: the receiver closes the channel to stop the producer; the
// producer's next send panics.
package main

import (
	"fmt"
	"time"
)

func producer(results chan<- int) {
	for i := 0; ; i++ {
		results <- i
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	results := make(chan int)
	go producer(results)
	fmt.Println(<-results, <-results, <-results)
	close(results) // "I am done" - but the producer is still sending
	time.Sleep(time.Second)
}

// Output:
// 0 1 2
// Exit: 2
// Stderr:
// panic: send on closed channel
//
// goroutine 2 [running]:
// main.producer(...)
// 	send_on_closed_bad.go:12
// created by main.main in goroutine 1
// 	send_on_closed_bad.go:19
