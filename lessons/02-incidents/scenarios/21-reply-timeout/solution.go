// A balance service: one ledger goroutine owns the ledger connection and
// serves requests one at a time. main sends each query on `requests`, with a
// reply channel, and prints the answer: the balance, or `no such account`.
// Every request gets exactly one reply, on every path: the answer or the
// error. The ledger database is in world.go (Queries, Lookup).
package main

import (
	"errors"
	"fmt"
)

var errNoAccount = errors.New("no such account")

type answer struct {
	balance int
	err     error
}

type request struct {
	account string
	reply   chan answer // exactly one answer per request
}

func ledger(requests <-chan request) {
	for req := range requests {
		balance, ok := Lookup(req.account)
		if !ok {
			req.reply <- answer{err: errNoAccount} // "no" is an answer too
			continue
		}
		req.reply <- answer{balance: balance}
	}
}

func main() {
	requests := make(chan request)
	go ledger(requests)
	defer close(requests)

	for _, name := range Queries() {
		req := request{account: name, reply: make(chan answer)}
		requests <- req
		a := <-req.reply // no timeout needed: the reply always comes
		if a.err != nil {
			fmt.Printf("%s: %v\n", name, a.err)
			continue
		}
		fmt.Printf("%s: %d\n", name, a.balance)
	}
}
