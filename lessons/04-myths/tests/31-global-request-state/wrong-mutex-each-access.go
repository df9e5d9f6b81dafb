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

func setUser(u string) {
	mu.Lock()
	currentUser = u
	mu.Unlock()
}

func getUser() string {
	mu.Lock()
	defer mu.Unlock()
	return currentUser
}

func handle(req Request) {
	setUser(Authenticate(req.Token))
	charge(req.Amount)
}

func charge(amount int) {
	Charge(getUser(), amount)
	fmt.Printf("audit: %s charged %d\n", getUser(), amount)
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
