// Saves a copy in the background and gives the saves 100ms at shutdown.
package main

import "time"

func handle(req *Request) {
	rec := *req
	defer func() {
		go SaveAudit(&rec)
	}()
	Charge(req)
}

func closeServer() {
	time.Sleep(100 * time.Millisecond) // plenty for the audit store
}
