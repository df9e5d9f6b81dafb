// Each attempt runs in a goroutine of its own that reports how it ended;
// supervise always waits for it (the task itself returns when ctx is done).
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for ctx.Err() == nil {
		ended := make(chan any, 1)
		go func() {
			defer func() { ended <- recover() }()
			task(ctx)
		}()
		crash := <-ended
		if crash == nil {
			backoff = BackoffMin
			continue
		}
		LogCrash(crash)
		timer := time.NewTimer(backoff)
		select {
		case <-timer.C:
		case <-ctx.Done():
			timer.Stop()
			return
		}
		if backoff < BackoffMax/2 {
			backoff *= 2
		} else {
			backoff = BackoffMax
		}
	}
}
