// A price aggregator asks every supplier for a quote at the same time and
// shows the best offer. The request and the suppliers are in world.go.
package main

import (
	"context"
	"fmt"
)

type Offer struct {
	Supplier string
	Price    int
}

type answer struct {
	offer Offer
	err   error
}

// The goroutines send on a buffered channel, so none is ever stuck; the
// first error cancels the rest, and fetchBest still collects every answer.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	answers := make(chan answer, len(suppliers))
	for _, s := range suppliers {
		go func(s string) {
			price, err := Quote(ctx, s)
			answers <- answer{Offer{s, price}, err}
		}(s)
	}
	var best Offer
	var firstErr error
	for range suppliers {
		a := <-answers
		switch {
		case a.err != nil:
			if firstErr == nil {
				firstErr = a.err
				cancel()
			}
		case best.Supplier == "" || a.offer.Price < best.Price:
			best = a.offer
		}
	}
	return best, firstErr
}

func main() {
	best, err := fetchBest(Request(), Suppliers())
	if err != nil {
		fmt.Println("no offer:", err)
		return
	}
	fmt.Printf("best offer: %s at %d\n", best.Supplier, best.Price)
}
