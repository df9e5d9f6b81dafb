// Backoff from 10ms to 320ms, as in the story's config, whatever the
// service's restart policy says.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	backoff := 10 * time.Millisecond
	for ctx.Err() == nil {
		var crash any
		func() {
			defer func() { crash = recover() }()
			task(ctx)
		}()
		if crash == nil {
			continue
		}
		LogCrash(crash)
		select {
		case <-time.After(backoff):
		case <-ctx.Done():
			return
		}
		backoff = min(2*backoff, 320*time.Millisecond)
	}
}
