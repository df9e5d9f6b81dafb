// Rate limiting with time.Tick: requests are served one per 100ms tick, on
// the virtual clock; the total time is set by the ticks.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tick := time.Tick(100 * time.Millisecond)
	served := make(chan string)
	go func() {
		for _, r := range []string{"GET /a", "GET /b", "POST /c", "GET /d"} {
			<-tick
			served <- r
		}
		close(served)
	}()
	for r := range served {
		fmt.Printf("%-7s at +%v\n", r, time.Since(start).Round(100*time.Millisecond))
	}
}

// Output:
// GET /a  at +100ms
// GET /b  at +200ms
// POST /c at +300ms
// GET /d  at +400ms
