// No workers and no queue: a semaphore of BackendLimit slots, taken without
// waiting; a request that finds no free slot is refused at once.
package main

import "context"

var slots chan struct{}

func startPool() {
	slots = make(chan struct{}, BackendLimit)
}

func Handle(ctx context.Context, req int) (int, error) {
	select {
	case slots <- struct{}{}:
	default:
		return 0, ErrBusy
	}
	if err := ctx.Err(); err != nil {
		<-slots
		return 0, err
	}
	reply := make(chan int, 1)
	go func() {
		defer func() { <-slots }()
		reply <- CallBackend(req)
	}()
	select {
	case price := <-reply:
		return price, nil
	case <-ctx.Done():
		return 0, ctx.Err()
	}
}

func stopPool() {
	for i := 0; i < cap(slots); i++ {
		slots <- struct{}{} // every call has given its slot back
	}
}
