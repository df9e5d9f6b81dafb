// One select loop: take an event only when none is in hand; offer the one in
// hand on `out` (a nil channel when there is none); stop on ctx.
package main

import "context"

func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
	for {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		var send chan<- Event = out
		for send != nil {
			select {
			case send <- e:
				send = nil
			case <-ctx.Done():
				return
			}
		}
	}
}
