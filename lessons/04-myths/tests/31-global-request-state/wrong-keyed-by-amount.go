// A payment API serves its requests concurrently, one goroutine each (see world.go).
package main

import (
	"fmt"
	"sync"
)

// charge only knows the amount: remember which user each amount belongs to.
var (
	mu           sync.Mutex
	userByAmount = map[int]string{}
)

func handle(req Request) {
	user := Authenticate(req.Token)
	mu.Lock()
	userByAmount[req.Amount] = user
	mu.Unlock()
	charge(req.Amount)
}

func charge(amount int) {
	mu.Lock()
	user := userByAmount[amount]
	mu.Unlock()
	Charge(user, amount)
	fmt.Printf("audit: %s charged %d\n", user, amount)
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
