// WRONG: the runner blocks on the queue, but also wakes every 100µs on a ticker "to stay responsive": a wake-up without a job, thousands of times.
package main

import "time"

func runner(jobs <-chan int, done chan<- int) {
	tick := time.NewTicker(100 * time.Microsecond)
	defer tick.Stop()
	handled := 0
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				done <- handled
				return
			}
			handled += j
		case <-tick.C:
		}
	}
}
