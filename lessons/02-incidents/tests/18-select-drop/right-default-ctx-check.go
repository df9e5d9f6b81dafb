// A default case in the right place: a non-blocking look at ctx before
// taking the next event. The send itself waits, for room or the shutdown.
package main

import "context"

func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		default: // not shut down: go on
		}
		e, ok := src.Next(ctx)
		if !ok {
			break
		}
		select {
		case out <- e:
		case <-ctx.Done():
			break loop
		}
	}
}
