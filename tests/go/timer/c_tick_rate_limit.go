// Rate limiting with time.Tick: one request per 200ms tick.
package main

import (
	"fmt"
	"time"
)

func main() {
	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)
	limiter := time.Tick(200 * time.Millisecond)
	start := time.Now()
	var gaps []bool
	last := start
	for req := range requests {
		<-limiter
		now := time.Now()
		gaps = append(gaps, now.Sub(last) >= 150*time.Millisecond)
		last = now
		fmt.Println("request", req)
	}
	el := time.Since(start)
	fmt.Println(gaps, el >= time.Second, el < 1100*time.Millisecond)
}

// Output:
// request 1
// request 2
// request 3
// request 4
// request 5
// [true true true true true] true true
