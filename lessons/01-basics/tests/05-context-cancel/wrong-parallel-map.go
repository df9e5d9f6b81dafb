// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
// Fixture: class 3: cancels right, but fetches in parallel into an unlocked map.
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
	got := map[string]string{}
	var wg sync.WaitGroup
	for _, s := range syms {
		wg.Add(1)
		go func() { // all symbols at once: faster
			defer wg.Done()
			got[s] = firstQuote(s)
		}()
	}
	wg.Wait()
	for _, s := range syms {
		fmt.Println(got[s])
	}
	fmt.Println("dashboard ready")
}
