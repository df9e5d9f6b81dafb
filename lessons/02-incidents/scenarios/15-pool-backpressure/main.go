// The quote API prices each client request on a backend, through a pool of
// workers. The pool was sized once, generously, and its queue made "big
// enough" so that no request is ever turned away.
//
// The clients, the backend (CallBackend), the service's config (BackendLimit,
// QueueLimit) and ErrBusy are in world.go: the server calls startPool, then
// Handle for each request (each in its own goroutine), then stopPool. The
// grader runs other traffic and other backends.
package main

import "context"

const workers = 100 // plenty

type job struct {
	ctx   context.Context
	req   int
	reply chan int
}

var jobs = make(chan job, 1000) // big enough: nobody is ever refused

func startPool() {
	for i := 0; i < workers; i++ {
		go worker()
	}
}

func worker() {
	for j := range jobs {
		j.reply <- CallBackend(j.req)
	}
}

// Handle prices request req for a client who waits until ctx is done.
func Handle(ctx context.Context, req int) (int, error) {
	j := job{ctx: ctx, req: req, reply: make(chan int, 1)}
	jobs <- j
	select {
	case price := <-j.reply:
		return price, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func stopPool() {
	close(jobs)
}
