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

	"golang.org/x/sync/errgroup"
)

type Offer struct {
	Supplier string
	Price    int
}

// fetchBest asks every supplier for a quote and returns the cheapest offer,
// or the first error. The suppliers are a parameter: the function cannot
// work without them. ctx is a parameter too, and the first one: it carries
// the request's cancellation and its trace id down to every Quote.
func fetchBest(ctx context.Context, suppliers []string) (Offer, error) {
	// The group's ctx is cancelled as soon as one Go function returns an
	// error; Wait returns that first error once every goroutine is done.
	g, ctx := errgroup.WithContext(ctx)
	var (
		mu   sync.Mutex
		best Offer
	)
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
