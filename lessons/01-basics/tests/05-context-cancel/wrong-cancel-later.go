// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
// Fixture: class 2/9: cancel after a pause, in another goroutine.
package main

import (
	"context"
	"fmt"
	"time"
)

func firstQuote(symbol string) string {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	go func() {
		time.Sleep(time.Second) // give the watcher a moment, then stop it
		cancel()
	}()

	quotes := make(chan string)
	go Watch(ctx, symbol, quotes)
	return <-quotes
}

func main() {
	for _, s := range Symbols() {
		fmt.Println(firstQuote(s))
	}
	fmt.Println("dashboard ready")
}
