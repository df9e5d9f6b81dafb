// Copies the request, but inside the goroutine; waits for every save.
package main

import "sync"

var wg sync.WaitGroup

func handle(req *Request) {
	wg.Add(1)
	defer func() {
		go func() {
			defer wg.Done()
			rec := *req
			SaveAudit(&rec)
		}()
	}()
	Charge(req)
}

func closeServer() {
	wg.Wait()
}
