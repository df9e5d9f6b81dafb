// A web server counts page views. world.go starts the handlers: by default
// eight of them, each serving 2000 requests for /home, so the total should
// be 8 x 2000 x Weight("/home") = 48000.
package main

import "sync"

var (
	mu    sync.RWMutex
	views int // shared by every handler; guarded by mu
)

// serve handles n requests for page, counting each view by the page's weight.
func serve(page string, n int) {
	for i := 0; i < n; i++ {
		mu.RLock() // readers may share the lock
		v := views + Weight(page)
		mu.RUnlock()
		mu.Lock()
		views = v
		mu.Unlock()
	}
}

// total is the number of views counted, once every handler is done.
func total() int {
	mu.RLock()
	defer mu.RUnlock()
	return views
}
