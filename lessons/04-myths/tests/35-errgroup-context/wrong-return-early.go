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

// Return at the first error; cancel the others on the way out.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	answers := make(chan answer)
	for _, s := range suppliers {
		go func(s string) {
			price, err := Quote(ctx, s)
			answers <- answer{Offer{s, price}, err}
		}(s)
	}
	var best Offer
	for range suppliers {
		a := <-answers
		if a.err != nil {
			return Offer{}, a.err
		}
		if best.Supplier == "" || a.offer.Price < best.Price {
			best = a.offer
		}
	}
	return best, nil
}

func main() {
	best, err := fetchBest(Request(), Suppliers())
	if err != nil {
		fmt.Println("no offer:", err)
		return
	}
	fmt.Printf("best offer: %s at %d\n", best.Supplier, best.Price)
}
