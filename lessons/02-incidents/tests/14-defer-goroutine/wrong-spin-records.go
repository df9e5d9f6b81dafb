// Copies the request; closeServer spins (Gosched) until as many saves have
// finished as requests were handled, reading the count without a lock.
package main

import "runtime"

var handled, saved int

func handle(req *Request) {
	rec := *req
	handled++
	defer func() {
		go func() {
			SaveAudit(&rec)
			saved++
		}()
	}()
	Charge(req)
}

func closeServer() {
	for saved < handled {
		runtime.Gosched()
	}
}
