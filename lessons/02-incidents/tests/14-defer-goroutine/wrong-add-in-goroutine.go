// Counts each save from inside its own goroutine.
package main

import "sync"

var saving sync.WaitGroup

func handle(req *Request) {
	rec := *req
	defer func() {
		go func() {
			saving.Add(1)
			defer saving.Done()
			SaveAudit(&rec)
		}()
	}()
	Charge(req)
}

func closeServer() {
	saving.Wait()
}
