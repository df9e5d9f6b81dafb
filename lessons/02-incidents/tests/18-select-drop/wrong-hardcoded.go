// Forwards the story's 200 events.
package main

import "context"

func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
	for i := 0; i < 200; i++ {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		select {
		case out <- e:
		case <-ctx.Done():
			return
		}
	}
}
