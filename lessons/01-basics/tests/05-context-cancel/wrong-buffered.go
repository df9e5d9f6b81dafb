// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
// Fixture: a bigger buffer: the watchers keep streaming, nobody stops them.
package main

import (
	"context"
	"fmt"
	"time"
)

func firstQuote(symbol string) string {
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	_ = cancel // "the timeout will clean it up"

	quotes := make(chan string, 10) // the watcher never blocks
	go Watch(ctx, symbol, quotes)
	return <-quotes
}

func main() {
	for _, s := range Symbols() {
		fmt.Println(firstQuote(s))
	}
	fmt.Println("dashboard ready")
}
