// An import endpoint enriches every row of an upload through an external
// API that serves 8 calls at a time (10ms each). Each request has a 500ms
// deadline. Three uploads arrive: 40 rows, 60 rows, then 1000 rows.
// (The server, its requests and the API's Enrich are in world.go.)
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func handleImport(ctx context.Context, rows int) string {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	finished := make(chan struct{})
	go func() {
		for row := 0; row < rows && ctx.Err() == nil; row++ {
			sem <- struct{}{}
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				Enrich(ctx, row)
			}()
		}
		wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
		return fmt.Sprintf("%d rows imported", rows)
	case <-ctx.Done():
		time.Sleep(5 * time.Millisecond) // give the rows a moment to stop
		return ctx.Err().Error()
	}
}
