// An analytics pipeline: forward takes click events from the source and
// sends them on `out` to the store. When `out` is full, forward waits: the
// store's pace becomes the pipeline's pace (back-pressure), and the source
// keeps the events until they are taken. Only the shutdown stops the wait.
// (The source, the store, `out` and the shutdown are in world.go.)
package main

import "context"

// forward sends every event of src on out, in order, until the source is
// empty or ctx is done; then it closes out.
func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
	for ctx.Err() == nil {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		select {
		case out <- e: // wait for room: back-pressure
		case <-ctx.Done(): // the only reason to stop waiting
			return
		}
	}
}
