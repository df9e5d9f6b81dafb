// A CDN edge serves video segments, one goroutine per connection (see world.go).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// one slot per connection, written only by its goroutine; main sums them
// after Wait.
type Stats struct {
	requests []int64
	bytes    []int64
}

func serve(c int, stats *Stats) {
	for _, req := range Connection(c) {
		stats.bytes[c] += Serve(req)
		stats.requests[c]++
	}
}

var _ = atomic.AddInt64

func main() {
	n := Conns()
	stats := &Stats{requests: make([]int64, n), bytes: make([]int64, n)}
	var wg sync.WaitGroup
	for c := 0; c < n; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			serve(c, stats)
		}(c)
	}
	wg.Wait()
	var r, b int64
	for c := 0; c < n; c++ {
		r += stats.requests[c]
		b += stats.bytes[c]
	}
	fmt.Printf("served %d requests, %d bytes\n", r, b)
}
