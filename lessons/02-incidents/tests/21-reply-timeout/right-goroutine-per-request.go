// The ledger answers each request from a goroutine of its own; an unknown
// account is answered by closing the reply channel.
package main

import (
	"fmt"
	"sync"
)

type request struct {
	account string
	reply   chan int
}

func ledger(requests <-chan request) {
	var wg sync.WaitGroup
	for req := range requests {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if balance, ok := Lookup(req.account); ok {
				req.reply <- balance
			} else {
				close(req.reply)
			}
		}()
	}
	wg.Wait()
}

func main() {
	requests := make(chan request)
	done := make(chan struct{})
	go func() {
		defer close(done)
		ledger(requests)
	}()
	for _, name := range Queries() {
		req := request{account: name, reply: make(chan int, 1)}
		requests <- req
		if balance, ok := <-req.reply; ok {
			fmt.Printf("%s: %d\n", name, balance)
		} else {
			fmt.Printf("%s: no such account\n", name)
		}
	}
	close(requests)
	<-done
}
