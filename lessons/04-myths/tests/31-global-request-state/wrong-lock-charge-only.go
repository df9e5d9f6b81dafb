// A payment API serves its requests concurrently, one goroutine each (see world.go).
package main

import (
	"fmt"
	"sync"
)

var (
	mu          sync.Mutex
	currentUser string // guarded by mu, from the write to the audit line
)

func handle(req Request) {
	user := Authenticate(req.Token) // the slow part stays concurrent
	mu.Lock()
	defer mu.Unlock()
	currentUser = user
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
