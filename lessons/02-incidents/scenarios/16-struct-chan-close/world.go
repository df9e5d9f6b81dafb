// The world of this lesson: the chat server's clients and their sockets. You
// do not edit it. The grader starts it with other clients (the defaults are
// the story's):
//
//	-msgs=5,12,1   one client per number, each sending that many messages,
//	               all connected at the same time
//	-write=2ms     time to write one message to a socket
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

var writeTime = durationArg("write", 2*time.Millisecond)

// The sockets, by connection id.
var sockets struct {
	mu      sync.Mutex
	closed  map[int]bool
	written map[int]int // messages written, by connection
	late    int         // writes on a socket already closed: lost
	order   int         // writes out of order
	next    map[int]int // the message number expected next, by connection
}

// WriteSocket writes one message of connection id to its socket.
func WriteSocket(id int, msg string) {
	time.Sleep(writeTime)
	sockets.mu.Lock()
	defer sockets.mu.Unlock()
	if sockets.closed[id] {
		sockets.late++
		return
	}
	f := strings.Fields(msg) // "conn ID message N"
	conn, n := -1, -1
	if len(f) == 4 {
		conn, _ = strconv.Atoi(f[1])
		n, _ = strconv.Atoi(f[3])
	}
	if conn != id || n != sockets.next[id] {
		sockets.order++
	}
	sockets.next[id] = n + 1
	sockets.written[id]++
}

// CloseSocket closes the socket of connection id.
func CloseSocket(id int) {
	sockets.mu.Lock()
	defer sockets.mu.Unlock()
	sockets.closed[id] = true
}

// serveConn is one client's session: it connects, sends its messages and
// disconnects.
func serveConn(id, msgs int, wg *sync.WaitGroup) {
	defer wg.Done()
	c := NewConn(id)
	for n := 0; n < msgs; n++ {
		c.Send(fmt.Sprintf("conn %d message %d", id, n))
	}
	c.Close()
}

func main() {
	sockets.closed, sockets.written, sockets.next = map[int]bool{}, map[int]int{}, map[int]int{}
	var wg sync.WaitGroup
	sent := 0
	for i, s := range strings.Split(stringArg("msgs", "5,12,1"), ",") {
		n, _ := strconv.Atoi(s)
		sent += n
		wg.Add(1)
		go serveConn(i+1, n, &wg)
	}
	wg.Wait()
	sockets.mu.Lock()
	defer sockets.mu.Unlock()
	written := 0
	for _, n := range sockets.written {
		written += n
	}
	fmt.Printf("clients gone, %d sockets closed: %d of %d messages written, %d lost on a closed socket, %d out of order\n",
		len(sockets.closed), written, sent, sockets.late, sockets.order)
}

func stringArg(name, def string) string {
	for _, arg := range os.Args[1:] {
		if strings.HasPrefix(arg, "-"+name+"=") {
			return strings.TrimPrefix(arg, "-"+name+"=")
		}
	}
	return def
}

func durationArg(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(stringArg(name, "")); err == nil {
		return d
	}
	return def
}
