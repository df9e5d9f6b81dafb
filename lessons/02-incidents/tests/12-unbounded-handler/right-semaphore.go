// An import endpoint enriches every row of an upload through an external
// API that serves 8 calls at a time (10ms each). Each request has a 500ms
// deadline. Three uploads arrive: 40 rows, 60 rows, then 1000 rows.
// (The server, its requests and the API's Enrich are in world.go.)
package main

import (
	"context"
	"fmt"
	"sync"
)

func handleImport(ctx context.Context, rows int) string {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8) // at most 8 rows in flight
loop:
	for row := 0; row < rows; row++ {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			break loop
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			Enrich(ctx, row)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%d rows imported", rows)
}
