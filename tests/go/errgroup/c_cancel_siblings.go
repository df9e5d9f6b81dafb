// The first error cancels the group's context: the siblings see ctx.Done
// and stop early; Wait returns that first error only (Go 1.22 loop
// variables).
package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	var canceled atomic.Int32
	start := time.Now()
	for i := 1; i <= 4; i++ {
		g.Go(func() error {
			if i == 3 {
				time.Sleep(20 * time.Millisecond)
				return fmt.Errorf("task %d failed", i)
			}
			select {
			case <-time.After(time.Minute):
				return nil
			case <-ctx.Done():
				canceled.Add(1)
				return errors.New("canceled, not reported")
			}
		})
	}
	err := g.Wait()
	fmt.Println(err)
	fmt.Println("canceled siblings:", canceled.Load())
	fmt.Println("fast:", time.Since(start) < time.Second, ctx.Err())
}

// Output:
// task 3 failed
// canceled siblings: 3
// fast: true context canceled
