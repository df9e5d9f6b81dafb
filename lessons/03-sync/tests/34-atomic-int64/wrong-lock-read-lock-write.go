// A CDN edge serves video segments to its clients, one goroutine per client
// connection, and counts the traffic for billing. The clients are in world.go.
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	mu       sync.Mutex
	requests int32
	bytes    int64
}

func (s *Stats) record(n int64) {
	s.mu.Lock()
	s.requests++
	b := s.bytes
	s.mu.Unlock()
	b += n
	s.mu.Lock()
	s.bytes = b
	s.mu.Unlock()
}

func (s *Stats) Requests() int32 { s.mu.Lock(); defer s.mu.Unlock(); return s.requests }
func (s *Stats) Bytes() int64    { s.mu.Lock(); defer s.mu.Unlock(); return s.bytes }

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
