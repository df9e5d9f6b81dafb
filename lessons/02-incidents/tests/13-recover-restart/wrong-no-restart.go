// Recovers, reports, and returns: the service stays up, the poller does not.
package main

import "context"

func supervise(ctx context.Context, task func(context.Context)) {
	defer func() {
		if r := recover(); r != nil {
			LogCrash(r)
			return
		}
	}()
	task(ctx)
}
