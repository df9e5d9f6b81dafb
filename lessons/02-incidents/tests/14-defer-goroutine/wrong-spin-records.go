// Copies the request; closeServer spins (Gosched) until the store has as
// many records as requests handled, reading the count without the lock.
package main

import "runtime"

var handled int

func handle(req *Request) {
	rec := *req
	handled++
	defer func() {
		go SaveAudit(&rec)
	}()
	Charge(req)
}

func closeServer() {
	for len(store.records) < handled {
		runtime.Gosched()
	}
}
