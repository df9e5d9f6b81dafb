// The world of this lesson: the price feed, its outage and the service that
// runs the feed's poller under your supervisor. You do not edit it. The
// grader starts it with other feeds (the defaults are the story's):
//
//	-run=2s          how long the service runs before it shuts down
//	-latency=10ms    one fetch from the feed
//	-outage=200ms-500ms   while the clock is in this window the feed's proxy
//	                 answers with an empty batch, and decoding it panics
//	-refuse=1ms      how fast the proxy answers during the outage
//	-min=10ms -max=320ms  the restart backoff the service's config asks for
package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

// The restart policy from the service's config: wait BackoffMin after the
// first crash, then twice as long after each crash in a row, at most BackoffMax.
var (
	BackoffMin = durationArg("min", 10*time.Millisecond)
	BackoffMax = durationArg("max", 320*time.Millisecond)
)

var (
	runFor  = durationArg("run", 2*time.Second)
	latency = durationArg("latency", 10*time.Millisecond)
	refuse  = durationArg("refuse", time.Millisecond)
	start   = time.Now()
	outFrom, outTo = outageArg()
)

// stats is what the service's dashboard shows.
var stats struct {
	mu        sync.Mutex
	items     int // prices applied
	logged    int // crashes reported with LogCrash
	afterStop int // polls started after the service was shut down
}

// LogCrash reports a crash of the poller (the recovered panic value) to the
// service's log and its crash counter. A supervisor calls it once per crash.
func LogCrash(v any) {
	stats.mu.Lock()
	stats.logged++
	n := stats.logged
	stats.mu.Unlock()
	fmt.Printf("%6v  poller crashed (%d): %v\n", time.Since(start).Round(time.Millisecond), n, v)
}

// pollFeed is the poller: it fetches batches of prices from the feed and
// applies them until ctx is done. During an outage the feed's proxy answers
// quickly with an empty batch, and pollFeed panics decoding it.
func pollFeed(ctx context.Context) {
	if ctx.Err() != nil {
		stats.mu.Lock()
		stats.afterStop++
		stats.mu.Unlock()
		return
	}
	for {
		batch := fetch(ctx)
		if ctx.Err() != nil {
			return
		}
		price := batch[0] // an empty batch: index out of range
		stats.mu.Lock()
		stats.items += price
		stats.mu.Unlock()
	}
}

// fetch asks the feed for the next batch of prices.
func fetch(ctx context.Context) []int {
	wait, batch := latency, []int{1}
	if now := time.Since(start); now >= outFrom && now < outTo {
		wait, batch = refuse, nil // the proxy's error page, decoded as an empty batch
	}
	select {
	case <-time.After(wait):
		return batch
	case <-ctx.Done():
		return nil
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), runFor)
	defer cancel()
	fmt.Println("price service up")
	supervise(ctx, pollFeed)
	late := time.Since(start) - runFor
	stats.mu.Lock()
	defer stats.mu.Unlock()
	fmt.Printf("price service down: %d prices applied, %d crashes logged, %d polls after shutdown, supervise returned %dms after shutdown\n",
		stats.items, stats.logged, stats.afterStop, late.Milliseconds())
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

func outageArg() (time.Duration, time.Duration) {
	from, to, _ := strings.Cut(stringArg("outage", "200ms-500ms"), "-")
	f, err1 := time.ParseDuration(from)
	t, err2 := time.ParseDuration(to)
	if err1 != nil || err2 != nil {
		return 200 * time.Millisecond, 500 * time.Millisecond
	}
	return f, t
}
