// A web server counts page views. world.go starts the handlers: by default
// eight of them, each serving 2000 requests for /home, so the total should
// be 8 x 2000 x Weight("/home") = 48000.
package main

import "sync/atomic"

var views int64 // shared by every handler; only touched through sync/atomic

// serve handles n requests for page, counting each view by the page's weight.
func serve(page string, n int) {
	for i := 0; i < n; i++ {
		atomic.StoreInt64(&views, atomic.LoadInt64(&views)+int64(Weight(page)))
	}
}

// total is the number of views counted, once every handler is done.
func total() int { return int(atomic.LoadInt64(&views)) }
