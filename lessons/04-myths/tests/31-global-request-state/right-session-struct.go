// A payment API serves its requests concurrently, one goroutine each.
// The clients, the auth service and the ledger are in world.go.
package main

import (
	"fmt"
	"sync"
)

// A session is the state of one request; each handler owns its own.
type session struct {
	req  Request
	user string
}

func (s *session) handle() {
	s.user = Authenticate(s.req.Token)
	s.charge()
}

func (s *session) charge() {
	Charge(s.user, s.req.Amount)
	fmt.Printf("audit: %s charged %d\n", s.user, s.req.Amount)
}

func main() {
	var wg sync.WaitGroup
	for _, req := range Requests() {
		s := &session{req: req}
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.handle()
		}()
	}
	wg.Wait()
	PrintLedger()
}
