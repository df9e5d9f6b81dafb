// Workers that stop on a quit channel; the queue is bounded and a full queue
// means ErrBusy.
package main

import (
	"context"
	"sync"
)

type task struct {
	ctx   context.Context
	req   int
	reply chan int
}

var (
	queue chan task
	quit  chan struct{}
	wg    sync.WaitGroup
)

func startPool() {
	queue = make(chan task, QueueLimit)
	quit = make(chan struct{})
	for w := 0; w < BackendLimit; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case t := <-queue:
					if t.ctx.Err() == nil {
						t.reply <- CallBackend(t.req)
					}
				case <-quit:
					return
				}
			}
		}()
	}
}

func Handle(ctx context.Context, req int) (int, error) {
	t := task{ctx, req, make(chan int, 1)}
	select {
	case queue <- t:
	default:
		return 0, ErrBusy
	}
	select {
	case p := <-t.reply:
		return p, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func stopPool() {
	close(quit)
	wg.Wait()
}
