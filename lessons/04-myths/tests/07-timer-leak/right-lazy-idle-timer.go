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
	idle := time.NewTimer(idleAfter) // never reset on events: it checks when it fires
	last := time.Now()
	sum := 0
	for {
		select {
		case e := <-events:
			sum += e
			last = time.Now()
		case <-ticker.C:
			out <- fmt.Sprintf("flush: sum %d", sum)
		case <-idle.C:
			if quiet := time.Since(last); quiet < idleAfter {
				idle.Reset(idleAfter - quiet) // an event came: wait for the rest of the minute
				break
			}
			out <- "idle for a minute"
			last = time.Now()
			idle.Reset(idleAfter)
		case <-done:
			ticker.Stop()
			idle.Stop()
			out <- fmt.Sprintf("total %d", sum)
			return
		}
	}
}
