// RIGHT: a context cancelled with a cause when the first quote is taken (defer).
// A dashboard shows a price for each of its symbols. For each symbol it
// starts a watcher that streams quotes until its context is cancelled,
// takes the first quote, and moves on. (world.go holds the symbols and the
// quote feed, Watch: the grader changes them.)
package main

import (
	"context"
	"fmt"
	"errors"
)

func firstQuote(symbol string) string {
	ctx, cancel := context.WithCancelCause(context.Background())
	defer cancel(errors.New("first quote taken")) // say why the watcher stops
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
