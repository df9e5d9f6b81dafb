// A metrics collector sums events, flushes every second and warns when it
// has been idle for a minute. world.go sends it the traffic: by default
// 3000 events, one per millisecond. (This lesson runs with Go 1.22's timers.)
package main

import (
	"fmt"
	"time"
)

const (
	flushEvery = time.Second
	idleAfter  = time.Minute
)

// collect sums the events until done is closed. On out it reports
// "flush: sum N" every flushEvery, "idle for a minute" once idleAfter has
// passed without an event, and "total N" when done is closed; then it returns.
func collect(events <-chan int, done <-chan struct{}, out chan<- string) {
	ticker := time.NewTicker(flushEvery)
	defer ticker.Stop()
	last := time.Now() // time of the last event; checked on each tick
	sum := 0
	for {
		select {
		case e := <-events:
			sum += e
			last = time.Now()
		case <-ticker.C:
			out <- fmt.Sprintf("flush: sum %d", sum)
			if time.Since(last) >= idleAfter {
				out <- "idle for a minute"
				last = time.Now()
			}
		case <-done:
			out <- fmt.Sprintf("total %d", sum)
			return
		}
	}
}
