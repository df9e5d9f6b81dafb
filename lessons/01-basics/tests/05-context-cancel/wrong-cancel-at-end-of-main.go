// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
// Fixture: class 9: one context cancelled only when main ends; every watcher lives for the whole run.
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
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // one cancel for the whole dashboard

	for _, s := range Symbols() {
		fmt.Println(firstQuote(ctx, s))
	}
	fmt.Println("dashboard ready")
}
