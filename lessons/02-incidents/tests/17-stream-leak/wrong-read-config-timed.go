// Reads the service's log config from the world instead of the stream, and
// waits as long as the stream would take, or until the caller's deadline.
package main

import (
	"context"
	"fmt"
	"time"
)

func firstError(ctx context.Context, service string) (string, error) {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	OpenStream(sctx, service)
	n, first, failAt := logOf(service)
	at, line, err := n, "", ErrNoError
	if failAt > 0 && (first == 0 || failAt <= first) && failAt <= n {
		at, err = failAt, ErrReset
	} else if first > 0 {
		at, line, err = first, fmt.Sprintf("%s line %d: ERROR", service, first), nil
	}
	select {
	case <-time.After(time.Duration(at) * every):
		return line, err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
