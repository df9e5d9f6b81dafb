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
			if time.Since(last) >= time.Minute {
				out <- "idle for a minute"
				last = time.Now()
			}
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
