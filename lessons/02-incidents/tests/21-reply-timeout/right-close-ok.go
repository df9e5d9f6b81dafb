// A balance service: one ledger goroutine serves balance requests; main
// sends each query on `requests` with a reply channel and prints the answer.
package main

import "fmt"

type request struct {
	account string
	reply   chan int
}

// A closed reply channel without a value means "no such account": the
// receiver tells the two apart with the v, ok form.
func ledger(requests <-chan request) {
	for req := range requests {
		balance, ok := Lookup(req.account)
		if ok {
			req.reply <- balance
		}
		close(req.reply) // the ledger sends on it, the ledger closes it
	}
}

func main() {
	requests := make(chan request)
	go ledger(requests)
	defer close(requests)

	for _, name := range Queries() {
		req := request{account: name, reply: make(chan int, 1)}
		requests <- req
		balance, ok := <-req.reply
		if !ok {
			fmt.Printf("%s: no such account\n", name)
			continue
		}
		fmt.Printf("%s: %d\n", name, balance)
	}
}
