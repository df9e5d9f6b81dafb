// golang.org/x/sync/semaphore's Weighted bounds the rows in flight; its
// Acquire gives up when the request's context is done.
// An import endpoint enriches every row of an upload through an external
// API that serves 8 calls at a time (10ms each). Each request has a 500ms
// deadline. Three uploads arrive: 40 rows, 60 rows, then 1000 rows.
// (The server, its requests and the API's Enrich are in world.go.)
package main

import (
	"context"
	"fmt"
	"sync"

	"golang.org/x/sync/semaphore"
)

func handleImport(ctx context.Context, rows int) string {
	var wg sync.WaitGroup
	sem := semaphore.NewWeighted(8) // at most 8 rows in flight
	for row := 0; row < rows; row++ {
		if err := sem.Acquire(ctx, 1); err != nil {
			break // the deadline passed: start no more rows
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer sem.Release(1)
			Enrich(ctx, row)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%d rows imported", rows)
}
