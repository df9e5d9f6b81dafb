// WRONG: warns after 70s without events, ten seconds late; one warning per 75s quiet spell all the same.
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
	idleAfter  = 70 * time.Second
)

// collect sums the events until done is closed. On out it reports
// "flush: sum N" every flushEvery, "idle for a minute" once idleAfter has
// passed without an event, and "total N" when done is closed; then it returns.
func collect(events <-chan int, done <-chan struct{}, out chan<- string) {
	ticker := time.NewTicker(flushEvery)
	defer ticker.Stop() // the ticker dies with the collector
	idle := time.NewTimer(idleAfter) // one idle timer, re-armed on each event
	defer idle.Stop()
	sum := 0
	for {
		select {
		case e := <-events:
			sum += e
			if !idle.Stop() {
				<-idle.C // Go 1.22: drain a value that fired before Stop
			}
			idle.Reset(idleAfter)
		case <-ticker.C:
			out <- fmt.Sprintf("flush: sum %d", sum)
		case <-idle.C:
			out <- "idle for a minute"
			idle.Reset(idleAfter)
		case <-done:
			out <- fmt.Sprintf("total %d", sum)
			return
		}
	}
}
