// An API server answers requests; each comes with a deadline (its ctx), and
// the handler answers "timeout" when it passes. Queries run on a small pool
// of database connections, and some queries are slow. (world.go holds the
// traffic, the deadlines and the database: the grader changes them.)
package main

import (
	"context"
	"fmt"
	"time"
)

// query takes a connection, runs, and gives the connection back.
func query(ctx context.Context, id int) (string, error) {
	Pool <- struct{}{} // wait for a free connection... for as long as it takes
	defer func() { <-Pool }()
	time.Sleep(Latency(id)) // the database does not know anyone stopped waiting
	return fmt.Sprintf("row %d", id), nil
}

// handle answers one request, "ok" or "timeout", by the request's deadline.
func handle(ctx context.Context, id int) string {
	res := make(chan string, 1)
	go func() {
		row, _ := query(context.Background(), id) // the deadline stops here
		res <- row
	}()
	select {
	case <-res:
		return "ok"
	case <-ctx.Done():
		return "timeout"
	}
}
