// The seed article's fix: the deferred function still starts a goroutine,
// but waits for it, so nothing outlives handle.
package main

import "sync"

func handle(req *Request) {
	var wg sync.WaitGroup
	defer func() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			SaveAudit(req)
		}()
		wg.Wait()
	}()
	Charge(req)
}

func closeServer() {
}
