// A payment server charges each request and saves an audit record of it.
// The audit is saved before handle returns: the work handle starts is
// finished when handle is.
// (The server, the requests, Charge and SaveAudit are in world.go.)
package main

// handle charges one payment request and audits it.
func handle(req *Request) {
	defer SaveAudit(req) // runs before handle returns, while req is still this request
	Charge(req)
}

// closeServer is called once, after the last request, before the server exits.
func closeServer() {
}
