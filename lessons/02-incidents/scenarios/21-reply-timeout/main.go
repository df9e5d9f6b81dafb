// A balance service: one ledger goroutine owns the ledger connection and
// serves requests one at a time. main sends each query on `requests`, with a
// reply channel, and prints the answer: the balance, or `no such account`.
//
// The ledger has nothing to say about an unknown account... so it says
// nothing. The ledger database is in world.go (Queries, Lookup); the grader
// runs other days too.
package main

import "fmt"

type request struct {
	account string
	reply   chan int // the balance
}

func ledger(requests <-chan request) {
	for req := range requests {
		balance, ok := Lookup(req.account)
		if !ok {
			continue // unknown account: no balance to send
		}
		req.reply <- balance
	}
}

func main() {
	requests := make(chan request)
	go ledger(requests)
	defer close(requests)

	for _, name := range Queries() {
		req := request{account: name, reply: make(chan int)}
		requests <- req
		balance := <-req.reply // waits for a reply that may never come
		fmt.Printf("%s: %d\n", name, balance)
	}
}
