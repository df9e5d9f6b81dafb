// A CDN edge serves video segments to its clients, one goroutine per client
// connection, and counts the traffic for billing.
//
// The clients are in world.go: Conns says how many connections there are,
// Connection(c) lists the requests on one, Serve sends one segment.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// Stats counts the traffic served, for billing.
type Stats struct {
	requests int32
	// bytes was updated with atomic.AddInt64(&s.bytes, n), until the 32-bit
	// ARM build panicked: "unaligned 64-bit atomic operation". On 32-bit
	// platforms an int64 after an int32 sits at offset 4. Atomics on int64
	// are unsafe there, so bytes is now a plain counter.
	bytes int64
}

// record counts one served request of n bytes.
func (s *Stats) record(n int64) {
	atomic.AddInt32(&s.requests, 1)
	s.bytes += n
}

// serve serves every request on connection c.
func serve(c int, stats *Stats) {
	for _, req := range Connection(c) {
		stats.record(Serve(req))
	}
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
	fmt.Printf("served %d requests, %d bytes\n", atomic.LoadInt32(&stats.requests), stats.bytes)
}
