// The world of this lesson: the quote API's clients and its pricing backend.
// You do not edit it. The grader starts it with other traffic and backends
// (the defaults are the story's):
//
//	-every=2ms       a client request arrives every 2ms (-burst=N: N requests
//	                 arrive together every time)...
//	-for=600ms       ...for 600ms
//	-timeout=100ms   each client gives up after this long
//	-latency=5ms     one backend call, while the backend is healthy...
//	-slow=100ms:40ms ...and from 100ms on, when it has slowed down
//	-limit=4 -queue=4   the backend's capacity (calls at once) and how many
//	                 requests may wait for it, from the service's config
//
// The backend slows down further when it gets more than BackendLimit calls
// at once: each call takes latency*calls/BackendLimit then.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

// The service's config.
var (
	BackendLimit = intArg("limit", 4) // calls the backend serves at once
	QueueLimit   = intArg("queue", 4) // requests that may wait for a call
)

// ErrBusy is the answer to a request the service refuses (HTTP 503).
var ErrBusy = errors.New("server busy, try again later")

var (
	every   = durationArg("every", 2*time.Millisecond)
	burst   = intArg("burst", 1)
	runFor  = durationArg("for", 600*time.Millisecond)
	timeout = durationArg("timeout", 100*time.Millisecond)
	latency = durationArg("latency", 5*time.Millisecond)
	start   = time.Now()
	slowAt, slowLatency = slowArg()
)

// The dashboard.
var dash struct {
	mu         sync.Mutex
	gone       map[int]bool // requests whose client has had its answer or given up
	called     map[int]bool // requests the backend has been called for
	inflight   int
	maxFlight  int
	waiting    int // in Handle, no backend call yet
	maxWaiting int
	wasted     int // calls for requests whose client was gone
	twice      int // second calls for the same request
	ok, busy, timedOut, late, other int
}

// CallBackend prices request req on the backend.
func CallBackend(req int) int {
	dash.mu.Lock()
	if dash.gone[req] {
		dash.wasted++
	}
	if dash.called[req] {
		dash.twice++
	}
	if !dash.called[req] && !dash.gone[req] {
		dash.waiting--
	}
	dash.called[req] = true
	dash.inflight++
	n := dash.inflight
	dash.maxFlight = max(dash.maxFlight, n)
	d := latency
	if time.Since(start) >= slowAt {
		d = slowLatency
	}
	dash.mu.Unlock()
	if n > BackendLimit { // overloaded: every call slows down
		d = d * time.Duration(n) / time.Duration(BackendLimit)
	}
	time.Sleep(d)
	dash.mu.Lock()
	dash.inflight--
	dash.mu.Unlock()
	return 100 + req%7
}

// client sends request req and waits for its answer, at most timeout.
func client(req int, wg *sync.WaitGroup) {
	defer wg.Done()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	dash.mu.Lock()
	dash.waiting++
	dash.maxWaiting = max(dash.maxWaiting, dash.waiting)
	dash.mu.Unlock()
	began := time.Now()
	price, err := Handle(ctx, req)
	took := time.Since(began)
	dash.mu.Lock()
	defer dash.mu.Unlock()
	if !dash.called[req] {
		dash.waiting--
	}
	dash.gone[req] = true
	switch {
	case took > timeout+time.Millisecond:
		dash.late++
	case err == nil && price == 100+req%7:
		dash.ok++
	case err == ErrBusy:
		dash.busy++
	case errors.Is(err, context.DeadlineExceeded):
		dash.timedOut++
	default:
		dash.other++
	}
}

func main() {
	dash.gone, dash.called = map[int]bool{}, map[int]bool{}
	startPool()
	var clients sync.WaitGroup
	n := 0
	for time.Since(start) < runFor {
		for i := 0; i < burst; i++ {
			n++
			clients.Add(1)
			go client(n, &clients)
		}
		time.Sleep(every)
	}
	clients.Wait()
	stopPool()
	dash.mu.Lock()
	defer dash.mu.Unlock()
	fmt.Printf("%d requests: %d priced, %d refused (busy), %d timed out, %d late, %d other\n",
		n, dash.ok, dash.busy, dash.timedOut, dash.late, dash.other)
	fmt.Printf("backend: at most %d calls at once, %d calls for clients already gone, %d repeated; at most %d requests waiting\n",
		dash.maxFlight, dash.wasted, dash.twice, dash.maxWaiting)
}

func stringArg(name, def string) string {
	for _, arg := range os.Args[1:] {
		if strings.HasPrefix(arg, "-"+name+"=") {
			return strings.TrimPrefix(arg, "-"+name+"=")
		}
	}
	return def
}

func intArg(name string, def int) int {
	if v, err := strconv.Atoi(stringArg(name, "")); err == nil {
		return v
	}
	return def
}

func durationArg(name string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(stringArg(name, "")); err == nil {
		return d
	}
	return def
}

func slowArg() (time.Duration, time.Duration) {
	at, lat, _ := strings.Cut(stringArg("slow", "100ms:40ms"), ":")
	a, err1 := time.ParseDuration(at)
	l, err2 := time.ParseDuration(lat)
	if err1 != nil || err2 != nil {
		return 100 * time.Millisecond, 40 * time.Millisecond
	}
	return a, l
}
