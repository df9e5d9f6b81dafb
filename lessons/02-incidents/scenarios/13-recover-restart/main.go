// A price service runs a poller that fetches prices from a feed. When the
// feed breaks, the poller panics; the supervisor below keeps the service up
// by recovering and starting the poller again, until the service shuts down.
//
// The feed, the poller (pollFeed), the restart policy (BackoffMin,
// BackoffMax) and LogCrash are in world.go. The grader runs other feeds:
// other outages, latencies and restart policies.
package main

import "context"

// supervise runs task until ctx is done, and starts it again when it panics.
func supervise(ctx context.Context, task func(context.Context)) {
	for ctx.Err() == nil {
		func() {
			defer func() {
				recover() // keep the service up, whatever happens
			}()
			task(ctx)
		}()
		// no return, no wait: round the loop again, at once
	}
}
