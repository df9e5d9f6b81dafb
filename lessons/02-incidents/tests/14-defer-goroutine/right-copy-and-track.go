// The save stays in the background, on its own copy of the request; the
// server's lifetime owns the goroutines: closeServer waits for them.
package main

import "sync"

var saving sync.WaitGroup

func handle(req *Request) {
	rec := *req // a copy that nobody reuses
	defer func() {
		saving.Add(1)
		go func() {
			defer saving.Done()
			SaveAudit(&rec)
		}()
	}()
	Charge(req)
}

func closeServer() {
	saving.Wait()
}
