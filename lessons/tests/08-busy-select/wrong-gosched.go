// A job runner takes jobs from a queue. Jobs trickle in: one every 10ms,
// ten in all. The runner must never block, so its select has a default.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func runner(jobs <-chan int, done chan<- int) {
	handled := 0
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				done <- handled
				return
			}
			handled += j
		default:
			runtime.Gosched() // yield, then go round again
		}
	}
}

func main() {
	jobs := make(chan int)
	done := make(chan int)
	go runner(jobs, done)

	for j := 1; j <= 10; j++ {
		time.Sleep(10 * time.Millisecond)
		jobs <- j
	}
	close(jobs)
	fmt.Println("handled", <-done)
}
