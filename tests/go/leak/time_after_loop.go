// time.After in a loop creates a timer per iteration, but timers are not
// goroutines: when main returns nothing is left blocked, so no leak report.
package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			time.Sleep(10 * time.Millisecond)
			events <- i
		}
		close(events)
	}()
	timeouts, got := 0, 0
	for {
		select {
		case _, ok := <-events:
			if !ok {
				fmt.Println("got", got, "timeouts", timeouts)
				return
			}
			got++
		case <-time.After(time.Minute): // a new one-minute timer each time
			timeouts++
		}
	}
}

// Output:
// got 5 timeouts 0
