// A job runner takes jobs from a queue and adds them up. world.go feeds
// the queue: by default ten jobs, one every 10ms. The runner must never
// block, so its select has a default.
package main

import "sync"

// runner adds up the jobs until the queue is closed, then sends the sum on done.
func runner(jobs <-chan int, done chan<- int) {
	handled := 0
	var wg sync.WaitGroup
	for j := range jobs {
		wg.Add(1)
		go func(j int) { // handle each job on its own goroutine
			defer wg.Done()
			handled += j
		}(j)
	}
	wg.Wait()
	done <- handled
}
