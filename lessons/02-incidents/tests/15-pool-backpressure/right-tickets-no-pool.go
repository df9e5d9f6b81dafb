// No long-lived workers: a request holds one of BackendLimit+QueueLimit
// tickets (none left: ErrBusy at once), waits for one of BackendLimit call
// slots, and its call runs in a goroutine so Handle can leave at its deadline.
package main

import (
	"context"
	"sync"
)

var (
	tickets chan struct{}
	slots   chan struct{}
	calls   sync.WaitGroup
)

func startPool() {
	tickets = make(chan struct{}, BackendLimit+QueueLimit)
	slots = make(chan struct{}, BackendLimit)
}

func Handle(ctx context.Context, req int) (int, error) {
	select {
	case tickets <- struct{}{}:
	default:
		return 0, ErrBusy
	}
	reply := make(chan int, 1)
	calls.Add(1)
	go func() {
		defer calls.Done()
		defer func() { <-tickets }()
		select {
		case slots <- struct{}{}:
		case <-ctx.Done():
			return
		}
		defer func() { <-slots }()
		if ctx.Err() != nil {
			return
		}
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
	calls.Wait()
}
