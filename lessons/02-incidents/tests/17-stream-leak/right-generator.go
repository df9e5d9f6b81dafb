// A generator: lines(ctx, service) runs the stream in its own goroutine and
// hands the lines over a channel; the stop function ends both.
package main

import (
	"context"
	"io"
	"strings"
)

func lines(ctx context.Context, service string) (<-chan string, <-chan error, func()) {
	ctx, cancel := context.WithCancel(ctx)
	out, errc := make(chan string), make(chan error, 1)
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		defer close(out)
		stream := OpenStream(ctx, service)
		for {
			line, err := stream.Recv()
			if err != nil {
				errc <- err
				return
			}
			select {
			case out <- line:
			case <-ctx.Done():
				errc <- ctx.Err()
				return
			}
		}
	}()
	return out, errc, func() { cancel(); <-stopped }
}

func firstError(ctx context.Context, service string) (string, error) {
	out, errc, stop := lines(ctx, service)
	defer stop()
	for line := range out {
		if strings.Contains(line, "ERROR") {
			return line, nil
		}
	}
	if err := <-errc; err != io.EOF {
		return "", err
	}
	return "", ErrNoError
}
