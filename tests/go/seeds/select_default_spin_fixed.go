// Fixed: drop the default and let select block; add a done case so the
// loop can end. The goroutine sleeps instead of spinning.
package main

import (
	"fmt"
	"time"
)

func main() {
	msgs := make(chan string)
	done := make(chan struct{})
	go func() {
		time.Sleep(50 * time.Millisecond)
		msgs <- "hello"
		close(done)
	}()
	loops := 0
	for {
		loops++
		select {
		case m := <-msgs:
			fmt.Println("got", m)
		case <-done:
			fmt.Println("loop iterations:", loops)
			return
		}
	}
}

// Output:
// got hello
// loop iterations: 2
