// A payment API serves its requests concurrently, one goroutine each.
// The clients, the auth service and the ledger are in world.go.
package main

import (
	"context"
	"fmt"
	"sync"
)

type userKey struct{}

// reqCtx is the context of the request being served.
var (
	mu     sync.Mutex
	reqCtx = context.Background()
)

func handle(ctx context.Context, req Request) {
	ctx = context.WithValue(ctx, userKey{}, Authenticate(req.Token))
	mu.Lock()
	reqCtx = ctx
	mu.Unlock()
	charge(req.Amount)
}

func charge(amount int) {
	mu.Lock()
	ctx := reqCtx
	mu.Unlock()
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
