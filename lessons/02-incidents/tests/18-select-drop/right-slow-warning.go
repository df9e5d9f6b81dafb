// Keeps the warning, without the dropping: when the store has made forward
// wait 50ms, say so once, and go on waiting.
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
		slow := time.NewTimer(50 * time.Millisecond)
	wait:
		for {
			select {
			case out <- e:
				break wait
			case <-slow.C:
				fmt.Printf("warning: store slow, event %d waits\n", e.Seq)
			case <-ctx.Done():
				slow.Stop()
				return
			}
		}
		slow.Stop()
	}
}
