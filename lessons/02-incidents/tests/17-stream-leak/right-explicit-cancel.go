// Cancels the stream by hand on every way out.
package main

import (
	"context"
	"io"
	"strings"
)

func firstError(ctx context.Context, service string) (string, error) {
	streamCtx, stop := context.WithCancel(ctx)
	stream := OpenStream(streamCtx, service)
	for {
		line, err := stream.Recv()
		switch {
		case err == io.EOF:
			stop()
			return "", ErrNoError
		case err != nil:
			stop()
			return "", err
		case strings.Contains(line, "ERROR"):
			stop() // done with the stream: end it
			return line, nil
		}
	}
}
