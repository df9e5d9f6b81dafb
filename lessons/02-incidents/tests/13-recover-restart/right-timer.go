// A timer per backoff, stopped when the service shuts down first.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := BackoffMin
	for {
		if ctx.Err() != nil {
			return
		}
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
		t := time.NewTimer(backoff)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return
		}
		if backoff *= 2; backoff > BackoffMax {
			backoff = BackoffMax
		}
	}
}
