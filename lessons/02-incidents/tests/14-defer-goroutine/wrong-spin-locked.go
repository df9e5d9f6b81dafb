// Busy waiting: copies the request; closeServer polls the store's record count under its
// lock, yielding between looks.
package main

import "runtime"

var handled int

func handle(req *Request) {
	rec := *req
	handled++
	go SaveAudit(&rec)
	Charge(req)
}

func closeServer() {
	for {
		store.mu.Lock()
		n := len(store.records)
		store.mu.Unlock()
		if n >= handled {
			return
		}
		runtime.Gosched()
	}
}
