// A payment API serves its requests concurrently, one goroutine each.
//
// A handler authenticates the caller, then charge debits the amount and
// writes the audit line that compliance reads: who was charged how much.
// The clients, the auth service and the ledger are in world.go
// (Requests, Authenticate, Charge, PrintLedger).
package main

import (
	"fmt"
	"sync"
)

// currentUser is the user of the request being served.
// It saves passing the user down to every function that needs it.
var currentUser string

// handle serves one request.
func handle(req Request) {
	currentUser = Authenticate(req.Token)
	charge(req.Amount)
}

// charge debits the current user and writes the audit line.
func charge(amount int) {
	Charge(currentUser, amount)
	fmt.Printf("audit: %s charged %d\n", currentUser, amount)
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
