// Never blocks forward: each send waits in a goroutine of its own.
package main

import (
	"context"
	"sync"
)

func forward(ctx context.Context, src *Source, out chan<- Event) {
	var sends sync.WaitGroup
	defer close(out)
	defer sends.Wait()
	for ctx.Err() == nil {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		sends.Add(1)
		go func() {
			defer sends.Done()
			select {
			case out <- e:
			case <-ctx.Done():
			}
		}()
	}
}
