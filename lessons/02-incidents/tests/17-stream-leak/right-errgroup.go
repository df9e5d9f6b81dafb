// The stream is read in an errgroup; finding the line is the "error" that
// ends the group, and Wait cancels the group's context, which ends the stream.
package main

import (
	"context"
	"errors"
	"io"
	"strings"

	"golang.org/x/sync/errgroup"
)

var errFound = errors.New("found")

func firstError(ctx context.Context, service string) (string, error) {
	g, gctx := errgroup.WithContext(ctx)
	found := ""
	g.Go(func() error {
		stream := OpenStream(gctx, service)
		for {
			line, err := stream.Recv()
			if err == io.EOF {
				return ErrNoError
			}
			if err != nil {
				return err
			}
			if strings.Contains(line, "ERROR") {
				found = line
				return errFound
			}
		}
	})
	if err := g.Wait(); err != errFound {
		return "", err
	}
	return found, nil
}
