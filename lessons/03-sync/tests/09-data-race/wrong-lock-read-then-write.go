// A web server counts page views. world.go starts the handlers: by default
// eight of them, each serving 2000 requests for /home, so the total should
// be 8 x 2000 x Weight("/home") = 48000.
package main

import "sync"

var (
	mu    sync.Mutex
	views int // shared by every handler; guarded by mu
)

// serve handles n requests for page, counting each view by the page's weight.
func serve(page string, n int) {
	for i := 0; i < n; i++ {
		mu.Lock()
		v := views // every access is under the lock...
		mu.Unlock()
		v += Weight(page)
		mu.Lock()
		views = v // ...but the read and the write are two steps
		mu.Unlock()
	}
}

// total is the number of views counted, once every handler is done.
func total() int {
	mu.Lock()
	defer mu.Unlock()
	return views
}
