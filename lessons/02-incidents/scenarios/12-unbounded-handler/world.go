// The world of this lesson: the import server, its requests and the
// enrichment API. You do not edit it. The grader starts it with other uploads,
// deadlines and APIs:
//
//	-uploads=40,60,1000   rows in each upload, one request after another
//	-deadline=500ms       each request's deadline
//	-conns=8              calls the API serves at a time
//	-call=10ms            time per call
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"
)

var (
	APILimit = intArg("conns", 8)            // calls the enrichment API serves at a time
	apiConns = make(chan struct{}, APILimit) // its connections
	callTime = durationArg("call", 10*time.Millisecond)
)

// Enrich looks one row up in the enrichment API. Like a real API client it
// gives up when ctx is done: while queueing for a connection or during the call.
func Enrich(ctx context.Context, row int) error {
	select {
	case apiConns <- struct{}{}: // a free connection
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-apiConns }()
	calls.call(ctx)
	select {
	case <-time.After(callTime):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	deadline := durationArg("deadline", 500*time.Millisecond)
	for i, n := range strings.Split(stringArg("uploads", "40,60,1000"), ",") {
		rows, _ := strconv.Atoi(n)
		ctx, cancel := context.WithTimeout(context.Background(), deadline)
		ctx = context.WithValue(ctx, requestKey{}, i+1)
		answer := handleImport(ctx, rows)
		calls.answered(i + 1)
		fmt.Printf("import %d: %s\n", i+1, answer)
		cancel()
	}
	fmt.Println("server idle")
	if late := calls.lateCalls(); late > 0 {
		fmt.Printf("server: %d API calls were made for uploads already answered\n", late)
	}
}

// The server's log of API calls, by request.
type requestKey struct{}

type callLog struct {
	mu   sync.Mutex
	done int // requests answered so far
	late int // calls made for a request already answered
}

var calls callLog

func (l *callLog) call(ctx context.Context) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if req, ok := ctx.Value(requestKey{}).(int); ok && req <= l.done {
		l.late++
	}
}

func (l *callLog) answered(req int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.done = req
}

func (l *callLog) lateCalls() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.late
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

// durationArg reads "500ms", "2s" or "250us".
func durationArg(name string, def time.Duration) time.Duration {
	s := stringArg(name, "")
	for _, u := range []struct {
		suffix string
		unit   time.Duration
	}{{"ms", time.Millisecond}, {"us", time.Microsecond}, {"s", time.Second}} {
		if v, err := strconv.Atoi(strings.TrimSuffix(s, u.suffix)); err == nil && strings.HasSuffix(s, u.suffix) {
			return time.Duration(v) * u.unit
		}
	}
	return def
}
