// The world of this lesson: the log service and its streaming RPC, simulated
// the way a gRPC client stream behaves. You do not edit it. The grader starts
// it with other logs (the defaults are the story's):
//
//	-streams=api:12:5,db:6:0,auth:30:2   service:lines:line of the first ERROR
//	                  (0: none), looked up one after another
//	-every=10ms      the server sends a line every 10ms
//	-deadline=0      each lookup's deadline (0: none; the monitor's context)
//	-fail=db:3       the stream of db breaks before line 3 (none by default)
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
)

// ErrNoError is what a lookup reports when a log has no ERROR line.
var ErrNoError = errors.New("no ERROR line")

// ErrReset is what Recv returns when the connection breaks mid-stream.
var ErrReset = errors.New("rpc error: code = Unavailable desc = stream reset")

var every = durationArg("every", 10*time.Millisecond)

// A Stream is an open server stream of log lines, like a gRPC client stream:
// its transport goroutine receives the lines from the network and hands them
// to Recv. The transport stops when the whole stream has been received by
// Recv, when it breaks, or when the context given to OpenStream is done;
// otherwise it waits until someone receives the next line.
type Stream struct {
	lines chan string
	err   error // why the stream ended early; read after lines is closed
}

// OpenStream opens the log stream of service, bound to ctx.
func OpenStream(ctx context.Context, service string) *Stream {
	s := &Stream{lines: make(chan string)}
	n, first, failAt := logOf(service)
	go s.transport(ctx, service, n, first, failAt)
	return s
}

func (s *Stream) transport(ctx context.Context, service string, n, first, failAt int) {
	defer close(s.lines)
	for i := 1; i <= n; i++ {
		select {
		case <-time.After(every): // the next line arrives from the server
		case <-ctx.Done():
			s.err = ctx.Err()
			return
		}
		if i == failAt {
			s.err = ErrReset
			return
		}
		level := "INFO"
		if i == first {
			level = "ERROR"
		} else if i > first && first > 0 && i%3 == 0 {
			level = "ERROR"
		}
		select {
		case s.lines <- fmt.Sprintf("%s line %d: %s", service, i, level):
		case <-ctx.Done():
			s.err = ctx.Err()
			return
		}
	}
}

// Recv returns the next line of the stream; io.EOF at its end, or the error
// that ended it.
func (s *Stream) Recv() (string, error) {
	line, ok := <-s.lines
	if !ok {
		if s.err != nil {
			return "", s.err
		}
		return "", io.EOF
	}
	return line, nil
}

// logOf returns the lines of service's log, the line of its first ERROR and
// the line before which its stream breaks (0: never).
func logOf(service string) (n, first, failAt int) {
	for _, spec := range strings.Split(stringArg("streams", "api:12:5,db:6:0,auth:30:2"), ",") {
		f := strings.Split(spec, ":")
		if len(f) == 3 && f[0] == service {
			n, _ = strconv.Atoi(f[1])
			first, _ = strconv.Atoi(f[2])
		}
	}
	if name, at, ok := strings.Cut(stringArg("fail", ""), ":"); ok && name == service {
		failAt, _ = strconv.Atoi(at)
	}
	return n, first, failAt
}

// main is the monitor: it looks up the first ERROR line of each service's log.
func main() {
	monitor := context.Background() // the monitor runs as long as the process
	deadline := durationArg("deadline", 0)
	for i, spec := range strings.Split(stringArg("streams", "api:12:5,db:6:0,auth:30:2"), ",") {
		service, _, _ := strings.Cut(spec, ":")
		ctx, cancel := monitor, context.CancelFunc(func() {})
		if deadline > 0 {
			ctx, cancel = context.WithTimeout(monitor, deadline)
		}
		began := time.Now()
		line, err := firstError(ctx, service)
		took := time.Since(began).Round(time.Millisecond)
		cancel()
		if err != nil {
			fmt.Printf("lookup %d (%s): error: %v, after %v\n", i+1, service, err, took)
		} else {
			fmt.Printf("lookup %d (%s): %q, after %v\n", i+1, service, line, took)
		}
	}
	fmt.Println("monitor done")
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
