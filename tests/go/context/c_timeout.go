// WithTimeout: a slow call is cut off at the deadline with
// context.DeadlineExceeded; a fast one finishes.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowCall(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return fmt.Sprint("done in ", d), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	for _, d := range []time.Duration{50 * time.Millisecond, 3 * time.Second} {
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		start := time.Now()
		res, err := slowCall(ctx, d)
		el := time.Since(start)
		cancel()
		fmt.Printf("%q %v deadline=%v took~1s=%v\n", res, err,
			errors.Is(err, context.DeadlineExceeded), el < 2*time.Second)
	}
}

// Output:
// "done in 50ms" <nil> deadline=false took~1s=true
// "" context deadline exceeded deadline=true took~1s=true
