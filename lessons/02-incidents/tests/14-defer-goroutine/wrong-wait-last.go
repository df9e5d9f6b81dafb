// Copies the request and waits, in closeServer, for the last save only.
package main

var last chan struct{}

func handle(req *Request) {
	rec := *req
	done := make(chan struct{})
	last = done
	defer func() {
		go func() {
			SaveAudit(&rec)
			close(done)
		}()
	}()
	Charge(req)
}

func closeServer() {
	if last != nil {
		<-last
	}
}
