// Reads the stream in a goroutine and polls for its result.
package main

import (
	"context"
	"io"
	"strings"
	"time"
)

func firstError(ctx context.Context, service string) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var found string
	var failed error
	done := false
	go func() {
		stream := OpenStream(ctx, service)
		for {
			line, err := stream.Recv()
			if err == io.EOF {
				failed = ErrNoError
			} else if err != nil {
				failed = err
			} else if !strings.Contains(line, "ERROR") {
				continue
			} else {
				found = line
			}
			done = true
			return
		}
	}()
	for !done {
		time.Sleep(time.Millisecond)
	}
	return found, failed
}
