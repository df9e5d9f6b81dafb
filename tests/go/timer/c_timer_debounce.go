// Debounce with Timer.Reset: a burst of events fires the action once, 100ms
// after the last event.
package main

import (
	"fmt"
	"time"
)

func main() {
	events := make(chan string)
	go func() {
		for _, e := range []string{"a", "b", "c"} {
			events <- e
			time.Sleep(30 * time.Millisecond)
		}
		time.Sleep(300 * time.Millisecond)
		events <- "d"
		close(events)
	}()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var pending []string
	start := time.Now()
	for {
		select {
		case e, ok := <-events:
			if !ok {
				timer.Stop()
				fmt.Println("unflushed:", pending)
				return
			}
			pending = append(pending, e)
			timer.Reset(100 * time.Millisecond)
		case <-timer.C:
			at := time.Since(start).Round(10 * time.Millisecond)
			fmt.Println("flush", pending, "at", at)
			pending = nil
		}
	}
}

// Output:
// flush [a b c] at 160ms
// unflushed: [d]
