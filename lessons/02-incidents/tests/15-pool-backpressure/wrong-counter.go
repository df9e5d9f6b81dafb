// No pool: count the calls in flight and refuse when the backend is full.
package main

import "context"

var inflight int

func startPool() {}

func Handle(ctx context.Context, req int) (int, error) {
	if inflight >= backendLimit {
		return 0, ErrBusy
	}
	inflight++
	defer func() { inflight-- }()
	return callBackend(req), nil
}

func stopPool() {}
