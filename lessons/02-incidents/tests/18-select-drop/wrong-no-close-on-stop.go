// Waits for room or the shutdown, but closes `out` only when the source ends.
package main

import "context"

func forward(ctx context.Context, src *Source, out chan<- Event) {
	for {
		e, ok := src.Next(ctx)
		if !ok {
			if ctx.Err() == nil {
				close(out)
			}
			return
		}
		select {
		case out <- e:
		case <-ctx.Done():
			return
		}
	}
}
