// A balance service: one ledger goroutine serves balance requests; main
// sends each query on `requests` with a reply channel and prints the answer.
package main

import (
	"errors"
	"fmt"
)

type request struct {
	account string
	reply   chan int
	fail    chan error
}

func ledger(requests <-chan request) {
	for req := range requests {
		balance, ok := Lookup(req.account)
		if !ok {
			req.fail <- errors.New("no such account")
			continue
		}
		req.reply <- balance
	}
}

func main() {
	requests := make(chan request)
	go ledger(requests)
	defer close(requests)

	for _, name := range Queries() {
		req := request{account: name, reply: make(chan int), fail: make(chan error)}
		requests <- req
		select { // exactly one of the two always comes
		case balance := <-req.reply:
			fmt.Printf("%s: %d\n", name, balance)
		case err := <-req.fail:
			fmt.Printf("%s: %v\n", name, err)
		}
	}
}
