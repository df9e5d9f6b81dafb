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

func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	ctx, cancel := context.WithCancel(ctx)
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		best     Offer
		firstErr error
	)
	for _, s := range suppliers {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			price, err := Quote(ctx, s)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
				}
				return
			}
			if best.Supplier == "" || price < best.Price {
				best = Offer{s, price}
			}
		}(s)
	}
	wg.Wait()
	if firstErr != nil {
		cancel() // stop the others
		return Offer{}, firstErr
	}
	cancel()
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
