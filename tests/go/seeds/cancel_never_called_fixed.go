// Fixed: defer cancel() releases the context when the caller returns,
// and the goroutine waiting on it stops at once.
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
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	go apiCall(ctx, make(chan string))
	fmt.Println("caller gave up early")
}

func main() {
	fetchWithTimeout()
	time.Sleep(100 * time.Millisecond)
}

// Output:
// caller gave up early
// apiCall stopped: context canceled
