// A CDN edge serves video segments, one goroutine per connection (see world.go).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	bytes    atomic.Int64
}

// count locally per connection, then add once, atomically.
func serve(c int, stats *Stats) {
	var reqs, bytes int64
	for _, req := range Connection(c) {
		bytes += Serve(req)
		reqs++
	}
	stats.requests.Add(reqs)
	stats.bytes.Add(bytes)
}

func main() {
	stats := &Stats{}
	var wg sync.WaitGroup
	for c := 0; c < Conns(); c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			serve(c, stats)
		}(c)
	}
	wg.Wait()
	fmt.Printf("served %d requests, %d bytes\n", stats.requests.Load(), stats.bytes.Load())
}
