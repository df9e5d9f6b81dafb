// An API server answers 20 requests, one every 50ms. Each request may take
// 200ms; the handler gives up after that. Queries run on a pool of 3
// database connections, and every fourth query is slow (3s).
package main

import (
	"context"
	"fmt"
	"time"
)

var pool = make(chan struct{}, 3) // 3 database connections

// query takes a connection, runs, and gives the connection back.
func query(ctx context.Context, id int) (string, error) {
	select {
	case pool <- struct{}{}: // a free connection
	case <-ctx.Done(): // or the caller stopped waiting
		return "", ctx.Err()
	}
	defer func() { <-pool }()
	d := 30 * time.Millisecond
	if id%4 == 0 {
		d = 3 * time.Second // a slow query
	}
	select {
	case <-time.After(d):
		return fmt.Sprintf("row %d", id), nil
	case <-ctx.Done(): // the query is cancelled and the connection freed
		return "", ctx.Err()
	}
}

func handle(ctx context.Context, id int) string {
	ctx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
	defer cancel()
	type reply struct {
		row string
		err error
	}
	res := make(chan reply, 1)
	go func() {
		row, err := query(ctx, id)
		res <- reply{row, err}
	}()
	if r := <-res; r.err != nil { // query returns as soon as ctx is done
		return "timeout"
	}
	return "ok"
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
