// The consumer ranges over a channel that nobody closes: when main returns
// it is still blocked in chan receive. Go exits silently; gorolab reports
// the leak (exit status stays 0).
package main

import (
	"fmt"
	"time"
)

func consume(results <-chan int, done chan<- int) {
	sum := 0
	for r := range results {
		sum += r
		done <- sum
	}
}

func main() {
	results := make(chan int)
	done := make(chan int)
	go consume(results, done)
	for i := 1; i <= 3; i++ {
		results <- i
		fmt.Println("running sum", <-done)
	}
	time.Sleep(time.Millisecond) // consume is back in its range loop
}

// Output:
// running sum 1
// running sum 3
// running sum 6
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.consume on top of the stack:
// main.consume(...)
// 	unclosed_results.go:13
// created by main.main in goroutine 1
// 	unclosed_results.go:22
// ]
