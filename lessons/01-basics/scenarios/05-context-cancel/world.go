// The market-data world: the dashboard's symbols and the quote feed.
// Not yours to edit: the grader runs other symbols, prices and speeds.
//
// Arguments (defaults: the story's dashboard):
//
//	-symbols=GO,RUST,ZIG   the symbols on the dashboard, comma-separated
//	-every=200ms           how often the feed streams a quote
//	-open=GO:200,ZIG:300   opening prices (default: 100 per letter)
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

var (
	every  = 200 * time.Millisecond
	opens  []string // "SYMBOL:PRICE"
	market = []string{"GO", "RUST", "ZIG"}
)

func init() {
	for _, arg := range os.Args[1:] {
		key, value, _ := strings.Cut(strings.TrimPrefix(arg, "-"), "=")
		switch key {
		case "symbols":
			market = strings.Split(value, ",")
		case "every":
			if d, err := time.ParseDuration(value); err == nil {
				every = d
			}
		case "open":
			opens = strings.Split(value, ",")
		}
	}
}

// Symbols lists the dashboard's symbols.
func Symbols() []string { return market }

// Watch streams a quote for symbol every tick until ctx is cancelled.
func Watch(ctx context.Context, symbol string, quotes chan<- string) {
	price := len(symbol) * 100
	for _, kv := range opens {
		if s, p, _ := strings.Cut(kv, ":"); s == symbol {
			price, _ = strconv.Atoi(p)
		}
	}
	for {
		select {
		case <-time.After(every):
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
