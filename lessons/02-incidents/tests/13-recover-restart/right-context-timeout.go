// Waits each backoff with a child context's timeout.
package main

import (
	"context"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for ctx.Err() == nil {
		v, crashed := func() (v any, crashed bool) {
			defer func() {
				if p := recover(); p != nil {
					v, crashed = p, true
				}
			}()
			task(ctx)
			return nil, false
		}()
		if !crashed {
			backoff = BackoffMin
			continue
		}
		LogCrash(v)
		wait, cancel := context.WithTimeout(ctx, backoff)
		<-wait.Done()
		cancel()
		backoff *= 2
		if backoff > BackoffMax {
			backoff = BackoffMax
		}
	}
}
