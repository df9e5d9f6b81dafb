// tests/cli/trace.sh traces this: main closes the channel a worker waits on.
package main

import "fmt"

func worker(jobs <-chan int, done chan<- bool) {
	for range jobs {
	}
	done <- true
}

func main() {
	jobs := make(chan int)
	done := make(chan bool)
	go worker(jobs, done)
	jobs <- 1
	close(jobs)
	<-done
	fmt.Println("closed")
}
