// An API server answers requests; each comes with a deadline (its ctx), and
// the handler answers "timeout" when it passes. Queries run on a small pool
// of database connections, and some queries are slow. (world.go holds the
// traffic, the deadlines and the database: the grader changes them.)
// Fixture: class 2: polls the pool and the deadline with sleeps.
package main

import (
	"context"
	"fmt"
	"time"
)

// query takes a connection, runs, and gives the connection back.
func query(ctx context.Context, id int) (string, error) {
	for got := false; !got; { // try for a connection every 20ms until the deadline
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		select {
		case Pool <- struct{}{}:
			got = true
		default:
			time.Sleep(20 * time.Millisecond)
		}
	}
	defer func() { <-Pool }()
	for left := Latency(id); left > 0; left -= 20 * time.Millisecond {
		if ctx.Err() != nil { // look at the deadline every 20ms
			return "", ctx.Err()
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Sprintf("row %d", id), nil
}

// handle answers one request, "ok" or "timeout", by the request's deadline.
func handle(ctx context.Context, id int) string {
	if _, err := query(ctx, id); err != nil {
		return "timeout"
	}
	return "ok"
}
