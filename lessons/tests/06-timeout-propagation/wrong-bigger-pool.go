// An API server answers 20 requests, one every 50ms. Each request may take
// 200ms; the handler gives up after that. Queries run on a pool of 3
// database connections, and every fourth query is slow (3s).
package main

import (
	"context"
	"fmt"
	"time"
)

var pool = make(chan struct{}, 10) // 3 database connections

// query takes a connection, runs, and gives the connection back.
func query(ctx context.Context, id int) (string, error) {
	pool <- struct{}{} // wait for a free connection... for as long as it takes
	defer func() { <-pool }()
	d := 30 * time.Millisecond
	if id%4 == 0 {
		d = 3 * time.Second // a slow query
	}
	time.Sleep(d) // the database does not know anyone stopped waiting
	return fmt.Sprintf("row %d", id), nil
}

func handle(ctx context.Context, id int) string {
	ctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	res := make(chan string, 1)
	go func() {
		row, _ := query(context.Background(), id) // the timeout stops here
		res <- row
	}()
	select {
	case <-res:
		return "ok"
	case <-ctx.Done():
		return "timeout"
	}
}

func main() {
	replies := make(chan string)
	for id := 1; id <= 20; id++ {
		go func() { replies <- handle(context.Background(), id) }()
		time.Sleep(50 * time.Millisecond)
	}
	count := map[string]int{}
	for i := 0; i < 20; i++ {
		reply := <-replies
		count[reply]++
	}
	fmt.Printf("ok %d, timeout %d, connections busy %d\n", count["ok"], count["timeout"], len(pool))
}
