// Busy waiting: copies the request and counts the finished saves under a
// lock of its own; closeServer polls that count, yielding between looks.
package main

import (
	"runtime"
	"sync"
)

var (
	mu      sync.Mutex
	started int
	saved   int
)

func handle(req *Request) {
	rec := *req
	mu.Lock()
	started++
	mu.Unlock()
	go func() {
		SaveAudit(&rec)
		mu.Lock()
		saved++
		mu.Unlock()
	}()
	Charge(req)
}

func closeServer() {
	for {
		mu.Lock()
		done := saved == started
		mu.Unlock()
		if done {
			return
		}
		runtime.Gosched()
	}
}
