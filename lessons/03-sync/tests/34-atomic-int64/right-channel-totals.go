// A CDN edge serves video segments to its clients, one goroutine per client
// connection, and counts the traffic for billing. The clients are in world.go.
package main

import "fmt"

type total struct {
	requests int32
	bytes    int64
}

// Each connection counts its own traffic and reports it once, at the end.
func serve(c int, done chan<- total) {
	var t total
	for _, req := range Connection(c) {
		t.bytes += Serve(req)
		t.requests++
	}
	done <- t
}

func main() {
	done := make(chan total)
	for c := 0; c < Conns(); c++ {
		go serve(c, done)
	}
	var sum total
	for c := 0; c < Conns(); c++ {
		t := <-done
		sum.requests += t.requests
		sum.bytes += t.bytes
	}
	fmt.Printf("served %d requests, %d bytes\n", sum.requests, sum.bytes)
}
