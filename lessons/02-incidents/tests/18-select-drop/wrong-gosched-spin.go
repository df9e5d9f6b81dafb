// Never blocks: when `out` is full it yields and tries again, checking ctx.
package main

import (
	"context"
	"runtime"
)

func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
	for ctx.Err() == nil {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		for sent := false; !sent; {
			select {
			case out <- e:
				sent = true
			default:
				if ctx.Err() != nil {
					return
				}
				runtime.Gosched()
			}
		}
	}
}
