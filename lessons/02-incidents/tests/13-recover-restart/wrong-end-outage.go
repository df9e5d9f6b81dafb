// The starter's supervisor, and an init that ends the world's outage before
// it starts: with no crash there is nothing to supervise.
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

// The outage is over before it starts.
func init() { outFrom, outTo = 0, 0 }
