// A CDN edge serves video segments to its clients, one goroutine per client
// connection, and counts the traffic for billing. The clients are in world.go.
package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

type Stats struct {
	bytes    atomic.Int64
	requests atomic.Int32
}

func (s *Stats) record(n int64) {
	s.requests.Add(1)
	s.bytes.Add(n)
}

func serve(c int, stats *Stats) {
	for _, req := range Connection(c) {
		stats.record(Serve(req))
	}
}

func main() {
	stats := &Stats{}
	for c := 0; c < Conns(); c++ {
		go serve(c, stats)
	}
	time.Sleep(time.Second) // every connection is done by then
	fmt.Printf("served %d requests, %d bytes\n", stats.requests.Load(), stats.bytes.Load())
}
