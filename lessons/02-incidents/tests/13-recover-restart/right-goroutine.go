// Each attempt runs in its own goroutine, which recovers and hands the
// panic value back on a channel; supervise waits for every attempt.
package main

import (
	"context"
	"time"
)

func attempt(ctx context.Context, task func(context.Context)) <-chan any {
	out := make(chan any, 1)
	go func() {
		defer func() { out <- recover() }()
		task(ctx)
	}()
	return out
}

func supervise(ctx context.Context, task func(context.Context)) {
	crashes := 0
	for ctx.Err() == nil {
		crash := <-attempt(ctx, task)
		if crash == nil {
			crashes = 0
			continue
		}
		LogCrash(crash)
		wait := BackoffMax
		if crashes < 30 && BackoffMin<<crashes < BackoffMax {
			wait = BackoffMin << crashes
		}
		crashes++
		select {
		case <-time.After(wait):
		case <-ctx.Done():
		}
	}
}
