// One reusable timer, stopped on shutdown; recover in a named-result helper.
package main

import (
	"context"
	"time"
)

func attempt(ctx context.Context, task func(context.Context)) (crashed bool, value any) {
	defer func() {
		if v := recover(); v != nil {
			crashed, value = true, v
		}
	}()
	task(ctx)
	return false, nil
}

func supervise(ctx context.Context, task func(context.Context)) {
	t := time.NewTimer(time.Hour)
	t.Stop()
	defer t.Stop()
	next := BackoffMin
	for {
		if ctx.Err() != nil {
			return
		}
		crashed, v := attempt(ctx, task)
		if !crashed {
			next = BackoffMin
			continue
		}
		LogCrash(v)
		t.Reset(next)
		select {
		case <-t.C:
		case <-ctx.Done():
			return
		}
		if next *= 2; next > BackoffMax {
			next = BackoffMax
		}
	}
}
