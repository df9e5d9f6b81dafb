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
	requests atomic.Int32
	// atomic.Int64 (Go 1.19) is 64-bit aligned on every platform, wherever
	// it sits in a struct: the compiler sees to it. On 64-bit platforms a
	// plain int64 is always aligned; on 386, 32-bit ARM and 32-bit MIPS it
	// is not, and atomic.AddInt64 on it can panic.
	bytes atomic.Int64
}

// record counts one served request of n bytes: one atomic add each, so no
// update is lost, whatever runs in between.
func (s *Stats) record(n int64) {
	s.requests.Add(1)
	s.bytes.Add(n)
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
	fmt.Printf("served %d requests, %d bytes\n", stats.requests.Load(), stats.bytes.Load())
}
