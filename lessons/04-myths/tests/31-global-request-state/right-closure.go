// A payment API serves its requests concurrently, one goroutine each (see world.go).
package main

import (
	"fmt"
	"sync"
)

func handle(req Request) {
	user := Authenticate(req.Token)
	charge := func(amount int) {
		Charge(user, amount)
		fmt.Printf("audit: %s charged %d\n", user, amount)
	}
	charge(req.Amount)
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
