// The deferred call's argument is evaluated when the defer is registered:
// the goroutine gets the right request, and still outlives handle.
package main

func handle(req *Request) {
	defer func(r Request) {
		go SaveAudit(&r)
	}(*req)
	Charge(req)
}

func closeServer() {
}
