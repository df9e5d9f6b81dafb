// A payment API serves its requests concurrently, one goroutine each.
// The clients, the auth service and the ledger are in world.go.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// currentUser is safe for concurrent use now.
var currentUser atomic.Value

func handle(req Request) {
	currentUser.Store(Authenticate(req.Token))
	charge(req.Amount)
}

func charge(amount int) {
	Charge(currentUser.Load().(string), amount)
	fmt.Printf("audit: %s charged %d\n", currentUser.Load().(string), amount)
}

func main() {
	var wg sync.WaitGroup
	for _, req := range Requests() {
		wg.Add(1)
		go func(req Request) {
			defer wg.Done()
			handle(req)
		}(req)
	}
	wg.Wait()
	PrintLedger()
}
