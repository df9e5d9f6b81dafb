// No pool: an atomic counter of the calls in flight, checked, then added to.
package main

import (
	"context"
	"sync/atomic"
)

var inflight int32

func startPool() {}

func Handle(ctx context.Context, req int) (int, error) {
	if int(atomic.LoadInt32(&inflight)) >= BackendLimit {
		return 0, ErrBusy
	}
	atomic.AddInt32(&inflight, 1)
	defer atomic.AddInt32(&inflight, -1)
	return CallBackend(req), nil
}

func stopPool() {}
