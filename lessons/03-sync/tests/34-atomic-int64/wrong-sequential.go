// A CDN edge serves video segments to its clients, one goroutine per client
// connection, and counts the traffic for billing. The clients are in world.go.
package main

import "fmt"

// One connection at a time: a plain counter is safe.
func main() {
	var requests int32
	var bytes int64
	for c := 0; c < Conns(); c++ {
		for _, req := range Connection(c) {
			bytes += Serve(req)
			requests++
		}
	}
	fmt.Printf("served %d requests, %d bytes\n", requests, bytes)
}
