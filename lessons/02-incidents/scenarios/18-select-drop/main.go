// An analytics pipeline: forward takes click events from the source and
// sends them on `out` to the store. The store is sometimes slower than the
// clicks, so forward never waits for it: when `out` is full, the event is
// dropped with a warning, and the pipeline "never gets stuck".
//
// The source, the store, the channel `out` (16 places) and the shutdown
// (ctx) are in world.go. The grader runs other traffic: other bursts, a
// slower store, a shutdown in the middle.
package main

import (
	"context"
	"fmt"
)

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
		case out <- e:
		default:
			fmt.Printf("warning: store busy, dropping event %d\n", e.Seq) // never block
		}
	}
}
