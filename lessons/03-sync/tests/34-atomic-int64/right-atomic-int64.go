// A CDN edge serves video segments to its clients, one goroutine per client
// connection, and counts the traffic for billing. The clients are in world.go.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int32
	bytes    atomic.Int64 // aligned on every platform (Go 1.19+)
}

func (s *Stats) record(n int64) {
	s.requests.Add(1)
	s.bytes.Add(n)
}

func (s *Stats) Requests() int32 { return s.requests.Load() }
func (s *Stats) Bytes() int64    { return s.bytes.Load() }

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
