// A payment API serves its requests concurrently, one goroutine each.
// The clients, the auth service and the ledger are in world.go.
package main

import "fmt"

type entry struct {
	user   string
	amount int
}

// handle serves one request and hands its audit entry to the auditor.
func handle(req Request, audit chan<- entry) {
	user := Authenticate(req.Token)
	Charge(user, req.Amount)
	audit <- entry{user, req.Amount}
}

func main() {
	reqs := Requests()
	audit := make(chan entry)
	for _, req := range reqs {
		go handle(req, audit)
	}
	for range reqs {
		e := <-audit
		fmt.Printf("audit: %s charged %d\n", e.user, e.amount)
	}
	PrintLedger()
}
