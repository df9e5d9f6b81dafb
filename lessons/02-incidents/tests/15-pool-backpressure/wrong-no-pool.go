// No pool, no queue: each request calls the backend itself.
package main

import "context"

func startPool() {}

func Handle(ctx context.Context, req int) (int, error) {
	return CallBackend(req), nil
}

func stopPool() {}
