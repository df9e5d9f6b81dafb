// The world of this lesson: the clients connected to the CDN edge and the
// segments they download. Do not edit it; fix main.go. The grader starts it
// with other traffic (the defaults are the story's):
//
//	-conns=3          client connections, numbered 0..conns-1
//	-requests=4       requests per connection
//	-size=2000000     bytes of a segment; request j of connection c is size + 1000*c + 37*j
//	-latency=5ms      sending a segment takes latency * (1 + (c+j)%3)
//	-cut=0            when N > 0, request j of connection c with (c+2*j)%N == N-1
//	                  is cut short by the client: only half its segment is sent
package main

import (
	"os"
	"strconv"
	"strings"
	"time"
)

// A Request asks for one video segment.
type Request struct {
	Conn, Seq int
	Size      int64
}

type edgeWorld struct {
	conns, requests int
	cut             int
	size            int64
	latency         time.Duration
}

var edge = openEdge(os.Args[1:])

func openEdge(args []string) edgeWorld {
	w := edgeWorld{conns: 3, requests: 4, size: 2000000, latency: 5 * time.Millisecond}
	for _, a := range args {
		key, val, _ := strings.Cut(strings.TrimPrefix(a, "-"), "=")
		switch key {
		case "conns":
			w.conns, _ = strconv.Atoi(val)
		case "requests":
			w.requests, _ = strconv.Atoi(val)
		case "size":
			w.size, _ = strconv.ParseInt(val, 10, 64)
		case "latency":
			w.latency, _ = time.ParseDuration(val)
		case "cut":
			w.cut, _ = strconv.Atoi(val)
		}
	}
	return w
}

// Conns returns how many client connections there are.
func Conns() int { return edge.conns }

// Connection returns the requests that arrive on connection c, in order.
func Connection(c int) []Request {
	reqs := make([]Request, edge.requests)
	for j := range reqs {
		reqs[j] = Request{Conn: c, Seq: j, Size: edge.size + int64(1000*c+37*j)}
	}
	return reqs
}

// Serve sends the segment and returns how many bytes it sent: all of it,
// unless the client goes away halfway.
func Serve(req Request) int64 {
	time.Sleep(edge.latency * time.Duration(1+(req.Conn+req.Seq)%3))
	if edge.cut > 0 && (req.Conn+2*req.Seq)%edge.cut == edge.cut-1 {
		return req.Size / 2
	}
	return req.Size
}
