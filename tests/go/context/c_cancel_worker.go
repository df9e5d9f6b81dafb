// A worker loops until its context is canceled, then reports why it stopped.
package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, out chan<- string) {
	n := 0
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprintf("stopped after %d steps: %v", n, ctx.Err())
			return
		case <-time.After(10 * time.Millisecond):
			n++
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan string)
	go worker(ctx, out)
	time.Sleep(35 * time.Millisecond)
	cancel()
	fmt.Println(<-out)
	fmt.Println(ctx.Err())
}

// Output:
// stopped after 3 steps: context canceled
// context canceled
