// Each attempt runs in its own goroutine; supervise waits for it with a channel,
// but stops waiting when ctx is done, leaving the attempt behind.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for ctx.Err() == nil {
		done := make(chan any)
		go func() {
			defer func() { done <- recover() }()
			task(ctx)
		}()
		var crash any
		select {
		case crash = <-done:
		case <-ctx.Done():
			return
		}
		if crash == nil {
			backoff = BackoffMin
			continue
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
