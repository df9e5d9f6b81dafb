// An import endpoint enriches every row of an upload through an external
// API that serves 8 calls at a time (10ms each). Each request has a 500ms
// deadline. Three uploads arrive: 40 rows, 60 rows, then 1000 rows.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

var apiConns = make(chan struct{}, 8) // the enrichment API: 8 calls at a time

func enrich(ctx context.Context, row int) error {
	apiConns <- struct{}{} // queue for the API, however long it takes
	defer func() { <-apiConns }()
	time.Sleep(10 * time.Millisecond)
	return nil
}

func handleImport(ctx context.Context, rows int) string {
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8) // at most 8 at a time
	for row := 0; row < rows; row++ {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			enrich(context.Background(), row)
		}()
	}
	finished := make(chan struct{})
	go func() { wg.Wait(); close(finished) }()
	select {
	case <-finished:
		return fmt.Sprintf("%d rows imported", rows)
	case <-ctx.Done():
		return ctx.Err().Error() // the request ends; its goroutines do not
	}
}

func main() {
	for i, rows := range []int{40, 60, 1000} {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		fmt.Printf("import %d: %s\n", i+1, handleImport(ctx, rows))
		cancel()
	}
	fmt.Println("server idle")
}
