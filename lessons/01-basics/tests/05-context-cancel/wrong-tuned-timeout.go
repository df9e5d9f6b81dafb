// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
// Fixture: class 6: a timeout tuned to the story's 200ms feed.
package main

import (
	"context"
	"fmt"
	"time"
)

func firstQuote(symbol string) string {
	// the feed ticks every 200ms: time out just after the first quote
	ctx, cancel := context.WithTimeout(context.Background(), 210*time.Millisecond)
	_ = cancel

	quotes := make(chan string)
	go Watch(ctx, symbol, quotes)
	return <-quotes
}

func main() {
	for _, s := range Symbols() {
		fmt.Println(firstQuote(s))
	}
	fmt.Println("dashboard ready")
	time.Sleep(20 * time.Millisecond) // the last watcher's timeout
}
