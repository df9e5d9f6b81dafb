// A payment server charges each request and saves an audit record of it.
// To keep the response fast, handle saves the record in the background,
// from a deferred function, as it returns.
//
// The server (main), the requests, Charge and SaveAudit are in world.go: the
// server calls handle for each request, then closeServer when it shuts
// down. The grader runs other traffic: other users, amounts, and slower
// or faster stores.
package main

// handle charges one payment request and audits it.
func handle(req *Request) {
	defer func() {
		go func() {
			SaveAudit(req) // in the background: the caller need not wait
		}()
	}()
	Charge(req)
}

// closeServer is called once, after the last request, before the server exits.
func closeServer() {
}
