// Fixes the wrong records by copying the request; the goroutine still
// outlives handle, and nobody waits for it.
package main

func handle(req *Request) {
	rec := *req
	defer func() {
		go func() {
			SaveAudit(&rec)
		}()
	}()
	Charge(req)
}

func closeServer() {
}
