// A balance service: one ledger goroutine serves balance requests; main
// sends each query on `requests` with a reply channel and prints the answer.
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

// serve answers one request; the deferred send makes every path reply.
func serve(req request) {
	var a answer
	defer func() { req.reply <- a }()
	balance, ok := Lookup(req.account)
	if !ok {
		return
	}
	a = answer{balance: balance, found: true}
}

func ledger(requests <-chan request) {
	for req := range requests {
		serve(req)
	}
}

func main() {
	requests := make(chan request)
	go ledger(requests)
	defer close(requests)

	for _, name := range Queries() {
		req := request{account: name, reply: make(chan answer)}
		requests <- req
		a := <-req.reply
		if !a.found {
			fmt.Printf("%s: no such account\n", name)
			continue
		}
		fmt.Printf("%s: %d\n", name, a.balance)
	}
}
