package main

import "fmt"

// The worker takes jobs until it is told to quit. Main queues the day's
// jobs, then says quit, and waits for the worker to be gone.
func worker(jobs <-chan string, quit <-chan struct{}, done chan<- int) {
	handled := 0
	for {
		select {
		case j := <-jobs:
			fmt.Println("worker handles", j)
			handled++
		case <-quit:
			done <- handled
			return
		}
	}
}

func main() {
	jobs := make(chan string, 1)
	quit := make(chan struct{})
	done := make(chan int)
	go worker(jobs, quit, done)
	jobs <- "invoice"
	jobs <- "refund"
	jobs <- "report"
	close(quit)
	fmt.Println("jobs handled:", <-done, "of 3")
}
