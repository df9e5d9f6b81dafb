// A metrics collector sums events, flushes every second and warns when it
// has been idle for a minute. 3000 events arrive, one per millisecond.
// (This lesson runs with Go 1.22's timers.)
package main

import (
	"fmt"
	"time"
)

func collect(events <-chan int, done <-chan struct{}, out chan<- string) {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop() // the ticker dies with the collector
	idle := time.NewTimer(time.Minute) // one idle timer, re-armed on each event
	defer idle.Stop()
	sum := 0
	for {
		select {
		case e := <-events:
			sum += e
			if !idle.Stop() {
				<-idle.C // Go 1.22: drain a value that fired before Stop
			}
			idle.Reset(time.Minute)
		case <-ticker.C:
			out <- fmt.Sprintf("flush: sum %d", sum)
		case <-idle.C:
			out <- "idle for a minute"
			idle.Reset(time.Minute)
		case <-done:
			out <- fmt.Sprintf("total %d", sum)
			return
		}
	}
}

func main() {
	events := make(chan int)
	done := make(chan struct{})
	out := make(chan string, 16)
	go collect(events, done, out)

	for i := 1; i <= 3000; i++ {
		events <- i % 10
		time.Sleep(time.Millisecond)
	}
	close(done)
	for line := range out {
		fmt.Println(line)
		if line[0] == 't' { // "total ..." is the last line
			break
		}
	}
}
