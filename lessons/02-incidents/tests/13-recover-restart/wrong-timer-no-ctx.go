// Waits on a timer channel, but without watching ctx during the wait.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for ctx.Err() == nil {
		var crash any
		func() {
			defer func() { crash = recover() }()
			task(ctx)
		}()
		if crash == nil {
			backoff = BackoffMin
			continue
		}
		LogCrash(crash)
		<-time.After(backoff)
		backoff = min(2*backoff, BackoffMax)
	}
}
