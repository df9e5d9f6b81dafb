// The reply carries the balance and whether the account exists.
package main

import "fmt"

type answer struct {
	balance int
	found   bool
}

type request struct {
	account string
	reply   chan answer
}

func ledger(requests <-chan request) {
	for req := range requests {
		balance, ok := Lookup(req.account)
		req.reply <- answer{balance, ok}
	}
}

func main() {
	requests := make(chan request)
	done := make(chan struct{})
	go func() {
		ledger(requests)
		close(done)
	}()
	for _, name := range Queries() {
		req := request{account: name, reply: make(chan answer, 1)}
		requests <- req
		if a := <-req.reply; a.found {
			fmt.Printf("%s: %d\n", name, a.balance)
		} else {
			fmt.Printf("%s: no such account\n", name)
		}
	}
	close(requests)
	<-done
}
