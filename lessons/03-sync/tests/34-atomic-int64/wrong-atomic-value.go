// A CDN edge serves video segments, one goroutine per connection (see world.go).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Value // int64
	bytes    atomic.Value // int64
}

func (s *Stats) add(v *atomic.Value, n int64) {
	old, _ := v.Load().(int64)
	v.Store(old + n)
}

func serve(c int, stats *Stats) {
	for _, req := range Connection(c) {
		n := Serve(req)
		stats.add(&stats.requests, 1)
		stats.add(&stats.bytes, n)
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
	r, _ := stats.requests.Load().(int64)
	b, _ := stats.bytes.Load().(int64)
	fmt.Printf("served %d requests, %d bytes\n", r, b)
}
