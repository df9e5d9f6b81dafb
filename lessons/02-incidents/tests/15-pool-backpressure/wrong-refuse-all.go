// Never overloads the backend: refuses every request.
package main

import "context"

func startPool() {}

func Handle(ctx context.Context, req int) (int, error) {
	return 0, ErrBusy
}

func stopPool() {}
