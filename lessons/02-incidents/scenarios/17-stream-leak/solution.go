// A monitor looks up the first ERROR line in each service's log. The log
// service streams a log line by line, the way a gRPC server stream does.
// A lookup that stops reading early cancels the stream's context, so that
// the stream's transport goroutine ends.
// (OpenStream, Stream.Recv, the monitor and ErrNoError are in world.go.)
package main

import (
	"context"
	"io"
	"strings"
)

// firstError returns the first ERROR line of service's log, ErrNoError if
// it has none, or the error that stopped the lookup.
func firstError(ctx context.Context, service string) (string, error) {
	ctx, cancel := context.WithCancel(ctx) // the stream lives as long as this lookup
	defer cancel()
	stream := OpenStream(ctx, service)
	for {
		line, err := stream.Recv()
		if err == io.EOF {
			return "", ErrNoError
		}
		if err != nil {
			return "", err
		}
		if strings.Contains(line, "ERROR") {
			return line, nil // cancel() ends the stream
		}
	}
}
