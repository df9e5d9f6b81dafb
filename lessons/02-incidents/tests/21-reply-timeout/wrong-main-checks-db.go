// main looks in the ledger's database to know whether an account exists, and
// waits for a reply only when it does.
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
	done := make(chan struct{})
	go func() {
		ledger(requests)
		close(done)
	}()
	for _, name := range Queries() {
		req := request{account: name, reply: make(chan int)}
		requests <- req
		if _, known := db.balances[name]; !known {
			fmt.Printf("%s: no such account\n", name)
			continue
		}
		fmt.Printf("%s: %d\n", name, <-req.reply)
	}
	close(requests)
	<-done
}
