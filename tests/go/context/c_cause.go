// Go 1.20: WithCancelCause records why a context was canceled; Err stays
// context.Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
)

var errShutdown = errors.New("server shutting down")

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	done := make(chan error)
	go func() {
		<-child.Done()
		done <- context.Cause(child)
	}()
	cancel(errShutdown)
	err := <-done
	fmt.Println(err, errors.Is(err, errShutdown))
	fmt.Println(ctx.Err(), child.Err())
	cancel(errors.New("second cause is ignored"))
	fmt.Println(context.Cause(ctx))
}

// Output:
// server shutting down true
// context canceled context canceled
// server shutting down
