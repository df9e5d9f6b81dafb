// Saves a copy in the background and gives the saves 100ms at shutdown.
package main

import "time"

func handle(req *Request) {
	rec := *req
	defer func() {
		go saveAudit(&rec)
	}()
	charge(req)
}

func closeServer() {
	time.Sleep(100 * time.Millisecond) // plenty for the audit store
}
