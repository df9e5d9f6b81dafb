// Fixed: one timer made before the loop (and stopped after it) bounds the
// whole loop.
package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan int)
	stop := make(chan struct{})
	go func() {
		defer close(events)
		for i := 1; i <= 5; i++ {
			time.Sleep(400 * time.Millisecond)
			select {
			case events <- i:
			case <-stop:
				return
			}
		}
	}()
	timer := time.NewTimer(time.Second)
	defer timer.Stop()
	got := 0
	for {
		select {
		case _, ok := <-events:
			if !ok {
				fmt.Println("all events")
				return
			}
			got++
		case <-timer.C:
			close(stop)
			for range events { // wait for the producer to see stop and close
			}
			fmt.Println("timeout after", got, "events")
			return
		}
	}
}

// Output:
// timeout after 2 events
