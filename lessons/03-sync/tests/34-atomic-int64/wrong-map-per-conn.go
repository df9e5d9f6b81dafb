// A CDN edge serves video segments to its clients, one goroutine per client
// connection, and counts the traffic for billing. The clients are in world.go.
package main

import (
	"fmt"
	"sync"
)

// Each connection writes its own entry: nobody shares a counter.
func main() {
	perConn := map[int]int64{}
	var wg sync.WaitGroup
	for c := 0; c < Conns(); c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for _, req := range Connection(c) {
				perConn[c] += Serve(req)
			}
		}(c)
	}
	wg.Wait()
	var bytes int64
	requests := 0
	for c, b := range perConn {
		bytes += b
		requests += len(Connection(c))
	}
	fmt.Printf("served %d requests, %d bytes\n", requests, bytes)
}
