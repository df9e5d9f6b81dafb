// Fixed: errgroup with a limit waits for every worker, cancels the rest on
// the first error and returns that error (Go 1.22 loop variables).
package main

import (
	"context"
	"fmt"
	"time"

	"golang.org/x/sync/errgroup"
)

func check(ctx context.Context, url string) error {
	select {
	case <-time.After(time.Duration(len(url)) * time.Millisecond):
	case <-ctx.Done():
		return ctx.Err()
	}
	if url == "bad" {
		return fmt.Errorf("check %s: 500", url)
	}
	return nil
}

func checkAll(urls []string) error {
	g, ctx := errgroup.WithContext(context.Background())
	g.SetLimit(2)
	for _, u := range urls {
		g.Go(func() error { return check(ctx, u) })
	}
	return g.Wait()
}

func main() {
	fmt.Println(checkAll([]string{"a.example", "bad", "b.example.org", "c.example"}))
	fmt.Println(checkAll([]string{"a.example", "b.example"}))
}

// Output:
// check bad: 500
// <nil>
