// Bounded queue, but a full queue makes the client wait for room (until its deadline) instead of ErrBusy.
package main

import (
	"context"
	"sync"
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
		go worker()
	}
}

func worker() {
	defer workers.Done()
	for j := range jobs {
		if j.ctx.Err() != nil {
			continue
		}
		j.reply <- CallBackend(j.req)
	}
}

func stopPool() {
	close(jobs)
	workers.Wait()
}

func Handle(ctx context.Context, req int) (int, error) {
	j := job{ctx: ctx, req: req, reply: make(chan int, 1)}
	select {
	case jobs <- j:
	case <-ctx.Done():
		return 0, ErrBusy
	}
	select {
	case price := <-j.reply:
		return price, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}
