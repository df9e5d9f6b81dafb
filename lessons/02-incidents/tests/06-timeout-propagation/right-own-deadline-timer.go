// RIGHT: query reads the request's deadline from ctx and gives up on its own timer at that instant (no ctx.Done).
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

// query takes a connection, runs, and gives the connection back; it gives
// up when the request's deadline comes, whichever step it is at.
func query(ctx context.Context, id int) (string, error) {
	limit := time.Hour
	if deadline, ok := ctx.Deadline(); ok {
		limit = time.Until(deadline)
	}
	giveUp := time.NewTimer(limit)
	defer giveUp.Stop()
	select {
	case Pool <- struct{}{}:
	case <-giveUp.C:
		return "", context.DeadlineExceeded
	}
	defer func() { <-Pool }()
	work := time.NewTimer(Latency(id))
	defer work.Stop()
	select {
	case <-work.C:
		return fmt.Sprintf("row %d", id), nil
	case <-giveUp.C:
		return "", context.DeadlineExceeded
	}
}

// handle answers one request, "ok" or "timeout", by the request's deadline.
func handle(ctx context.Context, id int) string {
	if _, err := query(ctx, id); err != nil {
		return "timeout"
	}
	return "ok"
}
