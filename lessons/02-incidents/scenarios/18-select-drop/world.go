// The world of this lesson: the click-stream source and the analytics store.
// You do not edit it. The grader starts it with other traffic (the defaults
// are the story's):
//
//	-events=200      events in the source
//	-burst=40        they arrive in bursts of this many...
//	-every=50ms      ...one burst every 50ms
//	-store=1ms       time to store one event
//	-buffer=16       room in the channel between forward and the store
//	-stop=0          shut the pipeline down after this long (0: never): the
//	                 store stops reading `out` then; the events still on
//	                 their way are left for the next run (the source keeps
//	                 them), and the pipeline waits for forward to return
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

// An Event is one click.
type Event struct {
	Seq  int
	Page string
}

var (
	total     = intArg("events", 200)
	burst     = intArg("burst", 40)
	every     = durationArg("every", 50*time.Millisecond)
	storeTime = durationArg("store", time.Millisecond)
	buffer    = intArg("buffer", 16)
	stopAfter = durationArg("stop", 0)
	start     = time.Now()
)

// The pipeline's counters.
var stats struct {
	mu        sync.Mutex
	taken     int // events taken from the source
	afterStop int // taken after the shutdown
	stored    int
	disorder  int
	last      int // Seq of the last stored event
	maxGap    int // most events taken and not yet stored
	stopped   bool
}

// A Source is the click stream: it keeps the events until they are taken
// (like a Kafka partition). Not safe for concurrent use.
type Source struct {
	next int
}

// Next waits for the next event and takes it; ok is false when the source
// has no more events, or when ctx is done before the next one comes.
func (s *Source) Next(ctx context.Context) (e Event, ok bool) {
	if s.next >= total || ctx.Err() != nil {
		return Event{}, false
	}
	seq := s.next + 1
	if b := burst; b > 0 {
		if due := every * time.Duration((seq-1)/b); time.Since(start) < due {
			select {
			case <-time.After(due - time.Since(start)):
			case <-ctx.Done():
				return Event{}, false
			}
		}
	}
	s.next = seq
	stats.mu.Lock()
	stats.taken++
	if stats.stopped {
		stats.afterStop++
	}
	stats.maxGap = max(stats.maxGap, stats.taken-stats.stored)
	stats.mu.Unlock()
	return Event{Seq: seq, Page: fmt.Sprintf("/page/%d", seq%7)}, true
}

// store writes one event to the analytics store.
func store(e Event) {
	time.Sleep(storeTime)
	stats.mu.Lock()
	defer stats.mu.Unlock()
	if e.Seq <= stats.last {
		stats.disorder++
	}
	stats.last = max(stats.last, e.Seq)
	stats.stored++
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	if stopAfter > 0 {
		time.AfterFunc(stopAfter, func() {
			cancel()
			stats.mu.Lock()
			stats.stopped = true
			stats.mu.Unlock()
		})
	}
	events := make(chan Event, buffer)
	done := make(chan struct{})
	go func() {
		defer close(done)
		forward(ctx, &Source{}, events)
	}()
	for e := range events { // the store takes every event forward sends...
		if ctx.Err() != nil {
			break // ...until the shutdown
		}
		store(e)
	}
	<-done // the pipeline is down when forward has returned
	stats.mu.Lock()
	defer stats.mu.Unlock()
	// an event missing before the last one stored was dropped on the way
	dropped := stats.last - stats.stored + stats.disorder
	fmt.Printf("%d events: %d taken from the source (%d after the shutdown), %d stored, %d dropped on the way, %d out of order; at most %d taken and not yet stored\n",
		total, stats.taken, stats.afterStop, stats.stored, dropped, stats.disorder, stats.maxGap)
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
