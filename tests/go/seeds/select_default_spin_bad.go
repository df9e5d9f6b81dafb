// Anti-pattern: a for-select with an empty default never blocks: while waiting
// 50ms for a message it spins, burning CPU (virtual CPU here).
package main

import (
	"fmt"
	"time"
)

func main() {
	msgs := make(chan string)
	go func() {
		time.Sleep(50 * time.Millisecond)
		msgs <- "hello"
	}()
	spins := 0
	for {
		select {
		case m := <-msgs:
			fmt.Println("got", m, "after spinning:", spins > 1000)
			return
		default:
			spins++ // busy wait
		}
	}
}

// Output:
// got hello after spinning: true
