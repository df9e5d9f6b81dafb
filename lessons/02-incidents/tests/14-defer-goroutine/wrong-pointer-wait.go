// closeServer waits for every save, but the saves still read the shared
// Request after handle has returned.
package main

import "sync"

var saving sync.WaitGroup

func handle(req *Request) {
	defer func() {
		saving.Add(1)
		go func() {
			defer saving.Done()
			SaveAudit(req)
		}()
	}()
	Charge(req)
}

func closeServer() {
	saving.Wait()
}
