// Saves each audit right away, and once more in the background "in case the
// first save was lost", waiting for both: every payment gets two records.
package main

import "sync"

var wg sync.WaitGroup

func handle(req *Request) {
	rec := *req
	SaveAudit(&rec)
	wg.Add(1)
	go func() {
		defer wg.Done()
		SaveAudit(&rec)
	}()
	Charge(req)
}

func closeServer() {
	wg.Wait()
}
