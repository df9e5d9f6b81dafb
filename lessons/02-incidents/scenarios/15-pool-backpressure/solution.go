// The quote API prices each client request on a backend, through a pool of
// workers: as many as the backend serves at once, a short queue, and a fast
// "busy" for whoever finds the queue full. A worker skips a request whose
// client has already given up.
// (The clients, CallBackend, BackendLimit, QueueLimit and ErrBusy are in world.go.)
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
	jobs = make(chan job, QueueLimit) // the queue is bounded...
	for i := 0; i < BackendLimit; i++ { // ...and so are the calls
		workers.Add(1)
		go worker()
	}
}

func worker() {
	defer workers.Done()
	for j := range jobs {
		if j.ctx.Err() != nil {
			continue // the client is gone: do not spend the backend on it
		}
		j.reply <- CallBackend(j.req)
	}
}

// Handle prices request req for a client who waits until ctx is done.
func Handle(ctx context.Context, req int) (int, error) {
	j := job{ctx: ctx, req: req, reply: make(chan int, 1)}
	select {
	case jobs <- j:
	default:
		return 0, ErrBusy // shed load now, rather than time out later
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
