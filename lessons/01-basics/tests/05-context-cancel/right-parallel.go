// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
// Fixture: right: every symbol at once, each result in its own slot.
package main

import (
	"context"
	"fmt"
	"sync"
)

func firstQuote(symbol string) string {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	quotes := make(chan string)
	go Watch(ctx, symbol, quotes)
	return <-quotes
}

func main() {
	syms := Symbols()
	got := make([]string, len(syms)) // one slot per symbol: no sharing
	var wg sync.WaitGroup
	for i, s := range syms {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = firstQuote(s)
		}()
	}
	wg.Wait()
	for _, q := range got {
		fmt.Println(q)
	}
	fmt.Println("dashboard ready")
}
