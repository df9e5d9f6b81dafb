// A payment API serves its requests concurrently, one goroutine each (see world.go).
package main

import (
	"fmt"
	"sync"
)

// hand the user to charge through a channel: no shared variable, no race.
var users = make(chan string, 100)

func handle(req Request) {
	users <- Authenticate(req.Token)
	charge(req.Amount)
}

func charge(amount int) {
	user := <-users
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
