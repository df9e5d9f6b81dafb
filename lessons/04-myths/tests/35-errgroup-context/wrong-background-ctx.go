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
	g, gctx := errgroup.WithContext(context.Background())
	var mu sync.Mutex
	var best Offer
	for _, s := range suppliers {
		s := s
		g.Go(func() error {
			price, err := Quote(gctx, s)
			if err != nil {
				return err
			}
			mu.Lock()
			defer mu.Unlock()
			if best.Supplier == "" || price < best.Price {
				best = Offer{s, price}
			}
			return nil
		})
	}
	return best, g.Wait()
}

func main() {
	best, err := fetchBest(Request(), Suppliers())
	if err != nil {
		fmt.Println("no offer:", err)
		return
	}
	fmt.Printf("best offer: %s at %d\n", best.Supplier, best.Price)
}
