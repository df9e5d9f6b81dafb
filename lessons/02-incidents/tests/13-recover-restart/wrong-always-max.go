// Waits BackoffMax after every crash: safe for the feed, but not the policy.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	for ctx.Err() == nil {
		var crash any
		func() {
			defer func() { crash = recover() }()
			task(ctx)
		}()
		if crash == nil {
			continue
		}
		LogCrash(crash)
		select {
		case <-time.After(BackoffMax):
		case <-ctx.Done():
			return
		}
	}
}
