// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
// Fixture: right: main owns a context per symbol and cancels it after each quote.
package main

import (
	"context"
	"fmt"
)

func firstQuote(ctx context.Context, symbol string) string {
	quotes := make(chan string)
	go Watch(ctx, symbol, quotes)
	return <-quotes
}

func main() {
	for _, s := range Symbols() {
		ctx, cancel := context.WithCancel(context.Background())
		q := firstQuote(ctx, s)
		cancel() // this symbol's watcher is done
		fmt.Println(q)
	}
	fmt.Println("dashboard ready")
}
