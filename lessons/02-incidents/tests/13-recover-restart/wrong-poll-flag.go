// Runs the poller in its own goroutine and polls a shared flag to see
// whether it crashed.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for ctx.Err() == nil {
		crashed, done := false, false
		go func() {
			defer func() {
				if r := recover(); r != nil {
					LogCrash(r)
					crashed = true
				}
				done = true
			}()
			task(ctx)
		}()
		for !done {
			time.Sleep(time.Millisecond)
		}
		if crashed {
			select {
			case <-time.After(backoff):
			case <-ctx.Done():
				return
			}
			backoff = min(2*backoff, BackoffMax)
		}
	}
}
