// An API server answers requests; each comes with a deadline (its ctx), and
// the handler answers "timeout" when it passes. Queries run on a small pool
// of database connections, and some queries are slow. (world.go holds the
// traffic, the deadlines and the database: the grader changes them.)
// Fixture: class 3: the outcome passed through a shared variable (a data race).
package main

import (
	"context"
	"fmt"
	"time"
)

var lastErr error // the last query's outcome

// query takes a connection, runs, and gives the connection back.
func query(ctx context.Context, id int) (string, error) {
	select {
	case Pool <- struct{}{}:
	case <-ctx.Done():
		return "", ctx.Err()
	}
	defer func() { <-Pool }()
	select {
	case <-time.After(Latency(id)):
		return fmt.Sprintf("row %d", id), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// handle answers one request, "ok" or "timeout", by the request's deadline.
func handle(ctx context.Context, id int) string {
	done := make(chan struct{})
	go func() {
		_, lastErr = query(ctx, id)
		close(done)
	}()
	<-done
	if lastErr != nil {
		return "timeout"
	}
	return "ok"
}
