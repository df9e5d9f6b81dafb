// An import endpoint enriches every row of an upload through an external
// API that serves 8 calls at a time (10ms each). Each request has a 500ms
// deadline. Three uploads arrive: 40 rows, 60 rows, then 1000 rows.
// (The server, its requests and the API's Enrich are in world.go.)
package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func handleImport(ctx context.Context, rows int) string {
	g, gctx := errgroup.WithContext(ctx) // bound to the request
	g.SetLimit(APILimit)                 // as many as the API can take
	for row := 0; row < rows; row++ {
		if gctx.Err() != nil {
			break // the request is gone: start nothing more
		}
		g.Go(func() error { return Enrich(gctx, row) })
	}
	if err := g.Wait(); err != nil {
		return err.Error()
	}
	if err := ctx.Err(); err != nil { // gone before a row could fail
		return err.Error()
	}
	return fmt.Sprintf("%d rows imported", rows)
}
