// A CDN edge serves video segments to its clients, one goroutine per client
// connection, and counts the traffic for billing. The clients are in world.go.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	bytes    int64 // first field: 64-bit aligned on 32-bit platforms too
	requests int32
}

func (s *Stats) record(n int64) {
	atomic.AddInt32(&s.requests, 1)
	atomic.StoreInt64(&s.bytes, atomic.LoadInt64(&s.bytes)+n)
}

func (s *Stats) Requests() int32 { return atomic.LoadInt32(&s.requests) }
func (s *Stats) Bytes() int64    { return atomic.LoadInt64(&s.bytes) }

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
	fmt.Printf("served %d requests, %d bytes\n", stats.Requests(), stats.Bytes())
}
