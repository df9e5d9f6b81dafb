// A payment API serves its requests concurrently, one goroutine each.
// The clients, the auth service and the ledger are in world.go.
package main

import (
	"fmt"
	"sync"
	"time"
)

var currentUser string

func handle(req Request) {
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
		time.Sleep(50 * time.Millisecond) // let each request finish before the next one
	}
	wg.Wait()
	PrintLedger()
}
