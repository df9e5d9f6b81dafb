// A price service runs a poller that fetches prices from a feed. When the
// feed breaks, the poller panics; the supervisor below recovers, reports the
// crash and starts the poller again after a backoff that doubles with each
// crash in a row, until the service shuts down.
// (The feed, pollFeed, BackoffMin, BackoffMax and LogCrash are in world.go.)
package main

import (
	"context"
	"time"
)

// runOnce runs task once and returns the value it panicked with, or nil.
func runOnce(ctx context.Context, task func(context.Context)) (crash any) {
	defer func() {
		crash = recover()
	}()
	task(ctx)
	return nil
}

// supervise runs task until ctx is done, and starts it again when it panics.
func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for ctx.Err() == nil {
		crash := runOnce(ctx, task)
		if crash == nil {
			backoff = BackoffMin // a clean return: start again at once
			continue
		}
		LogCrash(crash) // never silently
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return
		}
		backoff = min(2*backoff, BackoffMax)
	}
}
