// No pool: count the calls in flight and refuse when the backend is full.
package main

import "context"

var inflight int

func startPool() {}

func Handle(ctx context.Context, req int) (int, error) {
	if inflight >= BackendLimit {
		return 0, ErrBusy
	}
	inflight++
	defer func() { inflight-- }()
	return CallBackend(req), nil
}

func stopPool() {}
