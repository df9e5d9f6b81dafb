// A CDN edge serves video segments, one goroutine per connection (see world.go).
package main

import (
	"fmt"
	"sync"
)

// Counting while serving is what goes wrong: serve, then bill from the
// requests, which say how big each segment is.
func main() {
	var wg sync.WaitGroup
	var requests, bytes int64
	for c := 0; c < Conns(); c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for _, req := range Connection(c) {
				Serve(req)
			}
		}(c)
		for _, req := range Connection(c) {
			requests++
			bytes += req.Size
		}
	}
	wg.Wait()
	fmt.Printf("served %d requests, %d bytes\n", requests, bytes)
}
