// When the queue is full, waits a little and tries again, three times,
// before giving up.
package main

import (
	"context"
	"sync"
	"time"
)

type job struct {
	ctx   context.Context
	req   int
	reply chan int
}

var (
	jobs    chan job
	workers sync.WaitGroup
)

func startPool() {
	jobs = make(chan job, QueueLimit)
	for i := 0; i < BackendLimit; i++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			for j := range jobs {
				if j.ctx.Err() == nil {
					j.reply <- CallBackend(j.req)
				}
			}
		}()
	}
}

func Handle(ctx context.Context, req int) (int, error) {
	j := job{ctx: ctx, req: req, reply: make(chan int, 1)}
	queued := false
	for try := 0; try < 3 && !queued; try++ {
		select {
		case jobs <- j:
			queued = true
		default:
			time.Sleep(10 * time.Millisecond)
		}
	}
	if !queued {
		return 0, ErrBusy
	}
	select {
	case price := <-j.reply:
		return price, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func stopPool() {
	close(jobs)
	workers.Wait()
}
