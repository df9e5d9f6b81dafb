// A price aggregator asks every supplier for a quote at the same time (see world.go).
package main

import (
	"context"
	"fmt"
	"sync"
)

type Offer struct {
	Supplier string
	Price    int
}

// The first failure cancels the others, and is the context's cause.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		best Offer
	)
	for _, s := range suppliers {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			price, err := Quote(ctx, s)
			if err != nil {
				cancel(err) // only the first cause is kept
				return
			}
			mu.Lock()
			defer mu.Unlock()
			if best.Supplier == "" || price < best.Price {
				best = Offer{s, price}
			}
		}(s)
	}
	wg.Wait()
	if err := context.Cause(ctx); err != nil {
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
