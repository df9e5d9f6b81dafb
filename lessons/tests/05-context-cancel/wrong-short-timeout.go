// A dashboard shows a price for three symbols. For each symbol it starts a
// watcher that streams quotes until its context is cancelled, takes the
// first quote, and moves on.
package main

import (
	"context"
	"fmt"
	"time"
)

// watch streams a quote every 200ms until ctx is cancelled.
func watch(ctx context.Context, symbol string, quotes chan<- string) {
	price := len(symbol) * 100
	for {
		select {
		case <-time.After(200 * time.Millisecond):
		case <-ctx.Done():
			return
		}
		price++
		select {
		case quotes <- fmt.Sprintf("%s %d", symbol, price):
		case <-ctx.Done():
			return
		}
	}
}

func firstQuote(symbol string) string {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	_ = cancel // "the timeout will clean it up"

	quotes := make(chan string)
	go watch(ctx, symbol, quotes)
	return <-quotes
}

func main() {
	for _, s := range []string{"GO", "RUST", "ZIG"} {
		fmt.Println(firstQuote(s))
	}
	fmt.Println("dashboard ready")
}
