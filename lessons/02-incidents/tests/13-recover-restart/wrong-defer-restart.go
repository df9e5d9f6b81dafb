// The seed article's shape: the deferred recover restarts the poller in a
// new goroutine (after a backoff). supervise itself has returned long before.
package main

import (
	"context"
	"time"
)

func superviseWith(ctx context.Context, task func(context.Context), backoff time.Duration) {
	defer func() {
		if r := recover(); r != nil {
			LogCrash(r)
			go func() {
				select {
				case <-time.After(backoff):
					superviseWith(ctx, task, min(2*backoff, BackoffMax))
				case <-ctx.Done():
				}
			}()
		}
	}()
	task(ctx)
}

func supervise(ctx context.Context, task func(context.Context)) {
	superviseWith(ctx, task, BackoffMin)
}
