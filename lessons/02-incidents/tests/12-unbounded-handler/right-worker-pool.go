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
	todo := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for w := 0; w < APILimit; w++ { // a fixed pool, as wide as the API
		wg.Add(1)
		go func() {
			defer wg.Done()
			for row := range todo {
				if err := Enrich(ctx, row); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
				}
			}
		}()
	}
feed:
	for row := 0; row < rows; row++ {
		select {
		case todo <- row:
		case <-ctx.Done():
			break feed
		}
	}
	close(todo)
	wg.Wait()
	if firstErr != nil {
		return firstErr.Error()
	}
	if err := ctx.Err(); err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%d rows imported", rows)
}
