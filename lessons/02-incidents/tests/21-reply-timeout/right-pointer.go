// A balance service: one ledger goroutine serves balance requests; main
// sends each query on `requests` with a reply channel and prints the answer.
package main

import "fmt"

type request struct {
	account string
	reply   chan *int // nil: no such account
}

func ledger(requests <-chan request) {
	for req := range requests {
		balance, ok := Lookup(req.account)
		if !ok {
			req.reply <- nil
			continue
		}
		req.reply <- &balance
	}
}

func main() {
	requests := make(chan request)
	go ledger(requests)
	defer close(requests)

	for _, name := range Queries() {
		req := request{account: name, reply: make(chan *int)}
		requests <- req
		balance := <-req.reply
		if balance == nil {
			fmt.Printf("%s: no such account\n", name)
			continue
		}
		fmt.Printf("%s: %d\n", name, *balance)
	}
}
