// A price aggregator asks every supplier for a quote at the same time and
// shows the best offer. The request and the suppliers are in world.go.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

type Offer struct {
	Supplier string
	Price    int
}

// No supplier takes longer than a second: cut the request off there.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	g, ctx := errgroup.WithContext(ctx)
	var mu sync.Mutex
	var best Offer
	for _, s := range suppliers {
		s := s
		g.Go(func() error {
			price, err := Quote(ctx, s)
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
