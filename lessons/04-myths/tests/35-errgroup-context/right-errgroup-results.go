// A price aggregator asks every supplier for a quote at the same time and
// shows the best offer. The request and the suppliers are in world.go.
package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

type Offer struct {
	Supplier string
	Price    int
}

// Each goroutine writes its own slot; main picks the best after Wait.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	g, ctx := errgroup.WithContext(ctx)
	prices := make([]int, len(suppliers))
	for i, s := range suppliers {
		i, s := i, s
		g.Go(func() error {
			p, err := Quote(ctx, s)
			prices[i] = p
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return Offer{}, err
	}
	best := Offer{suppliers[0], prices[0]}
	for i, p := range prices {
		if p < best.Price {
			best = Offer{suppliers[i], p}
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
