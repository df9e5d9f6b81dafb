// A bursty limiter: a buffered channel of tokens, refilled by a ticker,
// lets the first three requests through at once.
package main

import (
	"fmt"
	"time"
)

func main() {
	burst := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		burst <- time.Now()
	}
	ticker := time.NewTicker(200 * time.Millisecond)
	defer ticker.Stop()
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case t := <-ticker.C:
				burst <- t
			case <-stop:
				return
			}
		}
	}()
	start := time.Now()
	for req := 1; req <= 5; req++ {
		<-burst
		fmt.Printf("request %d at +%dms\n", req, time.Since(start).Round(100*time.Millisecond).Milliseconds())
	}
	close(stop)
}

// Output:
// request 1 at +0ms
// request 2 at +0ms
// request 3 at +0ms
// request 4 at +200ms
// request 5 at +400ms
