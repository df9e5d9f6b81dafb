// Reads the stream in a goroutine and gives up when the caller's context is
// done, without cancelling the stream.
package main

import (
	"context"
	"io"
	"strings"
)

type result struct {
	line string
	err  error
}

func firstError(ctx context.Context, service string) (string, error) {
	stream := OpenStream(ctx, service)
	out := make(chan result, 1)
	go func() {
		for {
			line, err := stream.Recv()
			if err == io.EOF {
				out <- result{"", ErrNoError}
				return
			}
			if err != nil {
				out <- result{"", err}
				return
			}
			if strings.Contains(line, "ERROR") {
				out <- result{line, nil}
				return
			}
		}
	}()
	select {
	case r := <-out:
		return r.line, r.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
