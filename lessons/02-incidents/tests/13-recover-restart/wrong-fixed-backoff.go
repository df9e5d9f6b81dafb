// Waits BackoffMin before every restart: no tight loop any more, but the
// wait never grows while the feed stays broken.
package main

import (
	"context"
	"time"
)

func supervise(ctx context.Context, task func(context.Context)) {
	for ctx.Err() == nil {
		func() {
			defer func() {
				if r := recover(); r != nil {
					LogCrash(r)
					select {
					case <-time.After(BackoffMin):
					case <-ctx.Done():
					}
				}
			}()
			task(ctx)
		}()
	}
}
