// A balance service: one ledger goroutine serves balance requests; main
// sends each query on `requests` with a reply channel and prints the answer.
package main

import (
	"fmt"
	"time"
)

type request struct {
	account string
}

var answers = map[string]string{} // the ledger writes, main reads

func ledger(requests <-chan request) {
	for req := range requests {
		balance, ok := Lookup(req.account)
		if !ok {
			answers[req.account] = "no such account"
			continue
		}
		answers[req.account] = fmt.Sprint(balance)
	}
}

func main() {
	requests := make(chan request)
	go ledger(requests)
	defer close(requests)

	for _, name := range Queries() {
		requests <- request{account: name}
		time.Sleep(50 * time.Millisecond) // a lookup takes 20ms
		fmt.Printf("%s: %s\n", name, answers[name])
	}
}
