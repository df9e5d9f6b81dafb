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
		w := Weight(page)
		mu.Lock()
		views = views + w // read, compute, write: one step as far as others can see
		mu.Unlock()
	}
}

// total is the number of views counted, once every handler is done.
func total() int {
	mu.Lock()
	defer mu.Unlock()
	return views
}
