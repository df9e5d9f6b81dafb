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

// A channel with room for one error keeps the first; whoever puts it there
// cancels the others.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	first := make(chan error, 1)
	offers := make(chan Offer, len(suppliers))
	var wg sync.WaitGroup
	for _, s := range suppliers {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			price, err := Quote(ctx, s)
			if err != nil {
				select {
				case first <- err:
					cancel()
				default:
				}
				return
			}
			offers <- Offer{s, price}
		}(s)
	}
	wg.Wait()
	close(offers)
	select {
	case err := <-first:
		return Offer{}, err
	default:
	}
	var best Offer
	for o := range offers {
		if best.Supplier == "" || o.Price < best.Price {
			best = o
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
