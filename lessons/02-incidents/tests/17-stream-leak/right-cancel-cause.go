// Cancels the stream with a cause once the answer is known; reports the
// stream's own error otherwise.
package main

import (
	"context"
	"errors"
	"io"
	"strings"
)

var errFound = errors.New("lookup done")

func firstError(ctx context.Context, service string) (string, error) {
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(errFound)
	stream := OpenStream(ctx, service)
	for {
		line, err := stream.Recv()
		switch {
		case err == io.EOF:
			return "", ErrNoError
		case err != nil:
			return "", err
		case strings.Contains(line, "ERROR"):
			return line, nil
		}
	}
}
