// recover turns the panic into an error result; the loop decides what next.
package main

import (
	"context"
	"fmt"
	"time"
)

func run(ctx context.Context, task func(context.Context)) (err error) {
	defer func() {
		if r := recover(); r != nil {
			LogCrash(r)
			err = fmt.Errorf("poller crashed: %v", r)
		}
	}()
	task(ctx)
	return nil
}

func supervise(ctx context.Context, task func(context.Context)) {
	delay := time.Duration(0)
	for ctx.Err() == nil {
		if err := run(ctx, task); err == nil {
			delay = 0
			continue
		}
		switch {
		case delay == 0:
			delay = BackoffMin
		case delay*2 > BackoffMax:
			delay = BackoffMax
		default:
			delay *= 2
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(delay):
		}
	}
}
