// Waits out the backoff by spinning on the clock, checking ctx as it goes.
package main

import (
	"context"
	"runtime"
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
		until := time.Now().Add(backoff)
		for time.Now().Before(until) && ctx.Err() == nil {
			runtime.Gosched()
		}
		backoff = min(2*backoff, BackoffMax)
	}
}
