// A small helper that sends or reports why it could not.
package main

import "context"

func send(ctx context.Context, out chan<- Event, e Event) error {
	select {
	case out <- e:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
	for {
		e, ok := src.Next(ctx)
		if !ok {
			return
		}
		if err := send(ctx, out, e); err != nil {
			return
		}
	}
}
