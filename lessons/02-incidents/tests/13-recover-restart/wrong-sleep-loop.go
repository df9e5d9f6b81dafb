// Waits the backoff in 1ms slices, checking ctx between them.
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
		for waited := time.Duration(0); waited < backoff && ctx.Err() == nil; waited += time.Millisecond {
			time.Sleep(time.Millisecond)
		}
		backoff = min(2*backoff, BackoffMax)
	}
}
