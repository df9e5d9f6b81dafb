// An import endpoint enriches every row of an upload through an external
// API that serves 8 calls at a time (10ms each). Each request has a 500ms
// deadline. Three uploads arrive: 40 rows, 60 rows, then 1000 rows.
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

var apiConns = make(chan struct{}, 8) // the enrichment API: 8 calls at a time

func enrich(ctx context.Context, row int) error {
	select {
	case apiConns <- struct{}{}:
	case <-ctx.Done(): // the request is gone: stop queueing
		return ctx.Err()
	}
	defer func() { <-apiConns }()
	select {
	case <-time.After(10 * time.Millisecond):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func handleImport(ctx context.Context, rows int) string {
	g, ctx := errgroup.WithContext(ctx) // bound to the request
	for row := 0; row < rows; row++ {
		if ctx.Err() != nil {
			break // the request is gone: start nothing more
		}
		g.Go(func() error { return enrich(ctx, row) })
	}
	if err := g.Wait(); err != nil {
		return err.Error()
	}
	return fmt.Sprintf("%d rows imported", rows)
}

func main() {
	for i, rows := range []int{40, 60, 1000} {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fmt.Printf("import %d: %s\n", i+1, handleImport(ctx, rows))
		cancel()
	}
	fmt.Println("server idle")
}
