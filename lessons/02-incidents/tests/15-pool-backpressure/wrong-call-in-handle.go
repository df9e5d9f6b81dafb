// Calls the backend in Handle itself: a client cannot leave before the call ends. A ticket channel bounds the waiting, a slot channel the calls.
package main

import "context"

var tickets, slots chan struct{}

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
	defer func() { <-tickets }()
	select {
	case slots <- struct{}{}:
	case <-ctx.Done():
		return 0, ctx.Err()
	}
	defer func() { <-slots }()
	if ctx.Err() != nil {
		return 0, ctx.Err()
	}
	return CallBackend(req), nil
}

func stopPool() {}
