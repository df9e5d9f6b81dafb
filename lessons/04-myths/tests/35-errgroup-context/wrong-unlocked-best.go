// A price aggregator asks every supplier for a quote at the same time (see world.go).
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

// errgroup does the locking.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	g, ctx := errgroup.WithContext(ctx)
	var best Offer
	for _, s := range suppliers {
		s := s
		g.Go(func() error {
			price, err := Quote(ctx, s)
			if err != nil {
				return err
			}
			if best.Supplier == "" || price < best.Price {
				best = Offer{s, price}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return Offer{}, err
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
