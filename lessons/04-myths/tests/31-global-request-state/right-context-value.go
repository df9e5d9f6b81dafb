// A payment API serves its requests concurrently, one goroutine each (see world.go).
package main

import (
	"context"
	"fmt"
	"sync"
)

type userKey struct{}

func handle(ctx context.Context, req Request) {
	ctx = context.WithValue(ctx, userKey{}, Authenticate(req.Token))
	charge(ctx, req.Amount)
}

func charge(ctx context.Context, amount int) {
	user := ctx.Value(userKey{}).(string)
	Charge(user, amount)
	fmt.Printf("audit: %s charged %d\n", user, amount)
}

func main() {
	var wg sync.WaitGroup
	for _, req := range Requests() {
		wg.Add(1)
		go func(req Request) {
			defer wg.Done()
			handle(context.Background(), req)
		}(req)
	}
	wg.Wait()
	PrintLedger()
}
