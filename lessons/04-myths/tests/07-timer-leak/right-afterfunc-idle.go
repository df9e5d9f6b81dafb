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
	// The warning is sent by the timer's own goroutine; out is a channel,
	// so that needs no lock.
	idle := time.AfterFunc(idleAfter, func() { out <- "idle for a minute" })
	defer idle.Stop()
	sum := 0
	for {
		select {
		case e := <-events:
			sum += e
			idle.Reset(idleAfter)
		case <-ticker.C:
			out <- fmt.Sprintf("flush: sum %d", sum)
		case <-done:
			out <- fmt.Sprintf("total %d", sum)
			return
		}
	}
}
