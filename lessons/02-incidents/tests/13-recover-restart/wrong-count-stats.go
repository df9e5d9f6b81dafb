// Counts each crash on the dashboard instead of reporting it with logCrash.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := backoffMin
	for ctx.Err() == nil {
		var crash any
		func() {
			defer func() { crash = recover() }()
			task(ctx)
		}()
		if crash == nil {
			backoff = backoffMin
			continue
		}
		stats.mu.Lock()
		stats.logged++
		stats.mu.Unlock()
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return
		}
		backoff = min(2*backoff, backoffMax)
	}
}
