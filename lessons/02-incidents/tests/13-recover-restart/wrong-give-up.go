// A "circuit breaker" that gives up after three crashes in a row: the feed
// comes back, the poller does not.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for crashes := 0; crashes < 3 && ctx.Err() == nil; crashes++ {
		var crash any
		func() {
			defer func() { crash = recover() }()
			task(ctx)
		}()
		if crash == nil {
			return
		}
		LogCrash(crash)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return
		}
		backoff = min(2*backoff, BackoffMax)
	}
}
