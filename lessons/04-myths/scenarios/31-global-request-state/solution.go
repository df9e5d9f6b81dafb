// A payment API serves its requests concurrently, one goroutine each.
//
// A handler authenticates the caller, then charge debits the amount and
// writes the audit line that compliance reads: who was charged how much.
// The clients, the auth service and the ledger are in world.go
// (Requests, Authenticate, Charge, PrintLedger).
package main

import (
	"context"
	"fmt"
	"sync"
)

// userKey is the context key of the authenticated user: an unexported type,
// so no other package can collide with it.
type userKey struct{}

// handle serves one request. The user belongs to this request, so it
// travels with the request's context, not in a package variable.
func handle(ctx context.Context, req Request) {
	ctx = context.WithValue(ctx, userKey{}, Authenticate(req.Token))
	charge(ctx, req.Amount)
}

// charge debits the request's user and writes the audit line.
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
