// Two readers take from the source, to keep up with the bursts.
package main

import (
	"context"
	"sync"
)

func forward(ctx context.Context, src *Source, out chan<- Event) {
	var readers sync.WaitGroup
	for r := 0; r < 2; r++ {
		readers.Add(1)
		go func() {
			defer readers.Done()
			for {
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
		}()
	}
	readers.Wait()
	close(out)
}
