// Anti-pattern: time.After inside the loop makes a new timer on every iteration, so
// the "1s idle timeout" restarts with each event and the intended overall
// limit never fires (and each iteration allocates a timer).
package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			time.Sleep(400 * time.Millisecond)
			events <- i
		}
		close(events)
	}()
	start := time.Now()
	got := 0
	for {
		select {
		case _, ok := <-events:
			if !ok {
				fmt.Println("got", got, "events; limit of 1s exceeded:", time.Since(start) > time.Second)
				return
			}
			got++
		case <-time.After(time.Second):
			fmt.Println("timeout")
			return
		}
	}
}

// Output:
// got 5 events; limit of 1s exceeded: true
