// Anti-pattern: the cancel function of WithTimeout is discarded, so when the caller
// returns early the API call goroutine keeps waiting on the context (until
// the 5s timer, long after main is gone).
package main

import (
	"context"
	"fmt"
	"time"
)

func apiCall(ctx context.Context, results chan<- string) {
	select {
	case <-time.After(time.Minute):
		results <- "response"
	case <-ctx.Done():
		fmt.Println("apiCall stopped:", ctx.Err())
	}
}

func fetchWithTimeout() {
	ctx, _ := context.WithTimeout(context.Background(), 5*time.Second)
	go apiCall(ctx, make(chan string))
	fmt.Println("caller gave up early")
}

func main() {
	fetchWithTimeout()
	time.Sleep(100 * time.Millisecond)
}

// Output:
// caller gave up early
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state select, with main.apiCall on top of the stack:
// main.apiCall(...)
// 	cancel_never_called_bad.go:13
// created by main.fetchWithTimeout in goroutine 1
// 	cancel_never_called_bad.go:23
// ]
