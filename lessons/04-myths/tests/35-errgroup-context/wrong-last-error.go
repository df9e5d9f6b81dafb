// A price aggregator asks every supplier for a quote at the same time and
// shows the best offer. The request and the suppliers are in world.go.
package main

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/sync/errgroup"
)

type Offer struct {
	Supplier string
	Price    int
}

func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	g, ctx := errgroup.WithContext(ctx)
	var mu sync.Mutex
	var best Offer
	var lastErr error
	for _, s := range suppliers {
		s := s
		g.Go(func() error {
			price, err := Quote(ctx, s)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				lastErr = err // keep the latest error
				return err
			}
			if best.Supplier == "" || price < best.Price {
				best = Offer{s, price}
			}
			return nil
		})
	}
	g.Wait()
	return best, lastErr
}

func main() {
	best, err := fetchBest(Request(), Suppliers())
	if err != nil {
		fmt.Println("no offer:", err)
		return
	}
	fmt.Printf("best offer: %s at %d\n", best.Supplier, best.Price)
}
