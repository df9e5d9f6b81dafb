// The seed article's "time.After backoff": wait up to 10ms for room, then drop.
package main

import (
	"context"
	"fmt"
	"time"
)

func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
	for ctx.Err() == nil {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		select {
		case out <- e:
		case <-time.After(10 * time.Millisecond):
			fmt.Printf("warning: store busy for 10ms, dropping event %d\n", e.Seq)
		case <-ctx.Done():
			return
		}
	}
}
