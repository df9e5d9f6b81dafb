// Wait returns the first error; WithContext cancels the others.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func fetch(ctx context.Context, id int) error {
	if id == 2 {
		time.Sleep(5 * time.Millisecond)
		return fmt.Errorf("fetch %d: connection refused", id)
	}
	if id == 4 {
		time.Sleep(10 * time.Millisecond)
		return errors.New("second failure, not reported")
	}
	select {
	case <-time.After(time.Second):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	start := time.Now()
	g, ctx := errgroup.WithContext(context.Background())
	for i := 0; i < 5; i++ {
		id := i
		g.Go(func() error { return fetch(ctx, id) })
	}
	err := g.Wait()
	fmt.Println("error:", err)
	fmt.Println("ctx:", ctx.Err(), "| cause:", context.Cause(ctx))
	fmt.Println("took < 1s:", time.Since(start) < time.Second)

	// All succeed: nil, and the context is canceled once Wait returns.
	g2, ctx2 := errgroup.WithContext(context.Background())
	results := make([]int, 4)
	for i := range results {
		i := i
		g2.Go(func() error {
			results[i] = i * 10
			return nil
		})
	}
	fmt.Println(g2.Wait(), results, ctx2.Err())

	// The zero Group does not cancel anything.
	var g3 errgroup.Group
	g3.Go(func() error { return errors.New("only") })
	fmt.Println(g3.Wait())
}

// Output:
// error: fetch 2: connection refused
// ctx: context canceled | cause: fetch 2: connection refused
// took < 1s: true
// <nil> [0 10 20 30] context canceled
// only
