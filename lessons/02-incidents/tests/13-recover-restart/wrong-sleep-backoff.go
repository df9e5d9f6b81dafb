// Doubles the backoff, but waits with time.Sleep: a shutdown during a long
// backoff waits for it to end.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for ctx.Err() == nil {
		crashed := false
		func() {
			defer func() {
				if r := recover(); r != nil {
					LogCrash(r)
					crashed = true
				}
			}()
			task(ctx)
		}()
		if crashed {
			time.Sleep(backoff)
			backoff = min(2*backoff, BackoffMax)
		}
	}
}
