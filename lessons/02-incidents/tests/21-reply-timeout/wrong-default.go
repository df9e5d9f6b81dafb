// A balance service: one ledger goroutine serves balance requests; main
// sends each query on `requests` with a reply channel and prints the answer.
package main

import "fmt"

type request struct {
	account string
	reply   chan int
}

func ledger(requests <-chan request) {
	for req := range requests {
		balance, ok := Lookup(req.account)
		if !ok {
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
		req := request{account: name, reply: make(chan int, 1)}
		requests <- req
		select {
		case balance := <-req.reply:
			fmt.Printf("%s: %d\n", name, balance)
		default: // no reply: the account does not exist
			fmt.Printf("%s: no such account\n", name)
		}
	}
}
