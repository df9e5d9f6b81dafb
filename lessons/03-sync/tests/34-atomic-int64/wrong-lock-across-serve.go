// A CDN edge serves video segments, one goroutine per connection (see world.go).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	mu       sync.Mutex
	requests int64
	bytes    int64
}

func serve(c int, stats *Stats) {
	for _, req := range Connection(c) {
		stats.mu.Lock()
		n := Serve(req)
		stats.requests++
		stats.bytes += n
		stats.mu.Unlock()
	}
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
