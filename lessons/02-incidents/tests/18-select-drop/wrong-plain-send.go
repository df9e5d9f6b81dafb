// Drops the select altogether: a plain send waits for room.
package main

import "context"

func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
	for ctx.Err() == nil {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		out <- e
	}
}
