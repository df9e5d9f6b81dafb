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

// One supplier at a time: stop at the first failure, nothing to cancel.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	var best Offer
	for _, s := range suppliers {
		price, err := Quote(ctx, s)
		if err != nil {
			return Offer{}, err
		}
		if best.Supplier == "" || price < best.Price {
			best = Offer{s, price}
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
