// Copies the request; each save holds a mutex, and closeServer takes the
// mutex once to "wait for them".
package main

import "sync"

var mu sync.Mutex

func handle(req *Request) {
	rec := *req
	defer func() {
		go func() {
			mu.Lock()
			defer mu.Unlock()
			SaveAudit(&rec)
		}()
	}()
	Charge(req)
}

func closeServer() {
	mu.Lock()
	mu.Unlock()
}
