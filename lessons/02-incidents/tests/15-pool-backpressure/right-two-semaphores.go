// Admission control: BackendLimit+QueueLimit tickets, taken without waiting;
// a ticket holder then waits (as long as its client does) for one of the
// BackendLimit call slots, and calls the backend from a goroutine so that
// the client is answered by its deadline.
package main

import "context"

var tickets, calls chan struct{}

func startPool() {
	tickets = make(chan struct{}, BackendLimit+QueueLimit)
	calls = make(chan struct{}, BackendLimit)
}

func Handle(ctx context.Context, req int) (int, error) {
	select {
	case tickets <- struct{}{}:
	default:
		return 0, ErrBusy
	}
	select {
	case calls <- struct{}{}:
	case <-ctx.Done():
		<-tickets
		return 0, ctx.Err()
	}
	if err := ctx.Err(); err != nil {
		<-calls
		<-tickets
		return 0, err
	}
	reply := make(chan int, 1)
	go func() {
		defer func() { <-calls; <-tickets }()
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
	for i := 0; i < cap(tickets); i++ {
		tickets <- struct{}{} // every call has given its ticket back
	}
}
