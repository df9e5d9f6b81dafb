// Never drops and never blocks: a goroutine keeps the overflow in a slice.
package main

import "context"

func forward(ctx context.Context, src *Source, out chan<- Event) {
	in := make(chan Event)
	go func() {
		defer close(out)
		var backlog []Event
		for in != nil || len(backlog) > 0 {
			var send chan<- Event
			var next Event
			if len(backlog) > 0 {
				send, next = out, backlog[0]
			}
			select {
			case e, ok := <-in:
				if !ok {
					in = nil
					continue
				}
				backlog = append(backlog, e)
			case send <- next:
				backlog = backlog[1:]
			case <-ctx.Done():
				return
			}
		}
	}()
	defer close(in)
	for ctx.Err() == nil {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		in <- e
	}
}
