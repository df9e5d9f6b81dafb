// golang.org/x/sync/semaphore: a weighted semaphore bounds how many workers
// run at once; TryAcquire does not wait; Acquire gives up when its context
// is done; Release of more than is held panics.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"
)

func main() {
	sem := semaphore.NewWeighted(3)
	var running, most atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := sem.Acquire(context.Background(), 1); err != nil {
				panic(err)
			}
			defer sem.Release(1)
			n := running.Add(1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			running.Add(-1)
		}()
	}
	wg.Wait()
	fmt.Println("at most", most.Load(), "at once")

	fmt.Println(sem.TryAcquire(2), sem.TryAcquire(2), sem.TryAcquire(1))
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	fmt.Println(sem.Acquire(ctx, 1))
	fmt.Println(sem.Acquire(ctx, 5))
	sem.Release(3)
	fmt.Println(sem.TryAcquire(3))
	defer func() { fmt.Println("recovered:", recover()) }()
	sem.Release(4)
}

// Output:
// at most 3 at once
// true false true
// context deadline exceeded
// context deadline exceeded
// true
// recovered: semaphore: released more than held
