// WRONG: the rows never pass the request's ctx to Enrich: they only check it before starting, so after the deadline rows still queue for connections and call the API for a dead request.
package main

import (
	"context"
	"fmt"
	"sync"
)

func handleImport(ctx context.Context, rows int) string {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for row := 0; row < rows && ctx.Err() == nil; row++ {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			if ctx.Err() != nil {
				return // the request is over: skip the row
			}
			Enrich(context.Background(), row)
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%d rows imported", rows)
}
