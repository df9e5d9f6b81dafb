// An API server answers requests; each comes with a deadline (its ctx), and
// the handler answers "timeout" when it passes. Queries run on a small pool
// of database connections, and some queries are slow. (world.go holds the
// traffic, the deadlines and the database: the grader changes them.)
// Fixture: class 9: the query stops at the deadline, but waiting for a connection does not.
package main

import (
	"context"
	"fmt"
	"time"
)

// query takes a connection, runs, and gives the connection back.
func query(ctx context.Context, id int) (string, error) {
	Pool <- struct{}{} // a connection comes back soon enough
	defer func() { <-Pool }()
	select {
	case <-time.After(Latency(id)):
		return fmt.Sprintf("row %d", id), nil
	case <-ctx.Done(): // the query stops at the deadline
		return "", ctx.Err()
	}
}

// handle answers one request, "ok" or "timeout", by the request's deadline.
func handle(ctx context.Context, id int) string {
	res := make(chan string, 1)
	go func() {
		row, _ := query(ctx, id)
		res <- row
	}()
	select {
	case <-res:
		return "ok"
	case <-ctx.Done():
		return "timeout"
	}
}
