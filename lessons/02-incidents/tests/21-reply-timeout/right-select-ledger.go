// The ledger takes requests in a select that also listens for a stop signal;
// it replies with a found flag beside the balance.
package main

import "fmt"

type reply struct {
	balance int
	ok      bool
}

type request struct {
	account string
	reply   chan reply
}

func ledger(requests <-chan request, stop <-chan struct{}) {
	for {
		select {
		case req := <-requests:
			b, ok := Lookup(req.account)
			req.reply <- reply{b, ok}
		case <-stop:
			return
		}
	}
}

func main() {
	requests := make(chan request)
	stop := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		ledger(requests, stop)
	}()
	for _, name := range Queries() {
		req := request{account: name, reply: make(chan reply)}
		requests <- req
		if a := <-req.reply; a.ok {
			fmt.Printf("%s: %d\n", name, a.balance)
		} else {
			fmt.Printf("%s: no such account\n", name)
		}
	}
	close(stop)
	<-stopped
}
