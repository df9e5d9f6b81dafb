// A price aggregator asks every supplier for a quote at the same time and
// shows the best offer. If a supplier fails, the page shows the error.
//
// The request and the suppliers are in world.go: Request is the incoming
// request's context, Suppliers lists the suppliers, Quote asks one.
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

// ctxKey is the key of the values this service keeps in the context.
type ctxKey string

// fetchBest asks every supplier for a quote and returns the cheapest offer,
// or the first error. Everything it needs rides along in ctx.
func fetchBest(ctx context.Context) (Offer, error) {
	suppliers := ctx.Value(ctxKey("suppliers")).([]string)
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
	return best, firstErr
}

func main() {
	ctx := context.WithValue(Request(), ctxKey("suppliers"), Suppliers())
	best, err := fetchBest(ctx)
	if err != nil {
		fmt.Println("no offer:", err)
		return
	}
	fmt.Printf("best offer: %s at %d\n", best.Supplier, best.Price)
}
