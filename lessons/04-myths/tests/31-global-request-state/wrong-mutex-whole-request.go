// A payment API serves its requests concurrently, one goroutine each.
// The clients, the auth service and the ledger are in world.go.
package main

import (
	"fmt"
	"sync"
)

var (
	mu          sync.Mutex
	currentUser string
)

func handle(req Request) {
	mu.Lock() // one request owns currentUser at a time
	defer mu.Unlock()
	currentUser = Authenticate(req.Token)
	charge(req.Amount)
}

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
