// When `out` is full, waits a little and tries again, three times, then drops.
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
		sent := false
		for try := 0; try < 3 && !sent; try++ {
			select {
			case out <- e:
				sent = true
			default:
				time.Sleep(time.Millisecond)
			}
		}
		if !sent {
			fmt.Printf("warning: store busy, dropping event %d\n", e.Seq)
		}
	}
}
