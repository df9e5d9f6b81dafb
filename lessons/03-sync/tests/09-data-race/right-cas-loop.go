// A web server counts page views. world.go starts the handlers: by default
// eight of them, each serving 2000 requests for /home, so the total should
// be 8 x 2000 x Weight("/home") = 48000.
package main

import "sync/atomic"

var views atomic.Int64 // shared by every handler

// serve handles n requests for page, counting each view by the page's weight.
func serve(page string, n int) {
	for i := 0; i < n; i++ {
		for {
			old := views.Load()
			if views.CompareAndSwap(old, old+int64(Weight(page))) {
				break // nobody wrote in between; otherwise read again and retry
			}
		}
	}
}

// total is the number of views counted, once every handler is done.
func total() int { return int(views.Load()) }
