// WithTimeout fires after virtual time passes; the work that takes longer
// sees DeadlineExceeded.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	dl, ok := ctx.Deadline()
	fmt.Println(ok, dl.Sub(start) >= 100*time.Millisecond)

	fmt.Println("fast:", slow(ctx, 10*time.Millisecond))
	err := slow(ctx, time.Second)
	fmt.Println("slow:", err, errors.Is(err, context.DeadlineExceeded))
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 100*time.Millisecond, elapsed < 101*time.Millisecond)
	var te interface{ Timeout() bool }
	fmt.Println(errors.As(err, &te) && te.Timeout())

	// A child cannot outlive its parent's deadline.
	child, cancelChild := context.WithTimeout(ctx, time.Hour)
	defer cancelChild()
	fmt.Println(child.Err())

	// Canceling before the deadline gives Canceled.
	ctx2, cancel2 := context.WithDeadline(context.Background(), time.Now().Add(time.Minute))
	cancel2()
	fmt.Println(ctx2.Err(), context.Cause(ctx2))

	// A deadline in the past is exceeded at once.
	ctx3, cancel3 := context.WithDeadline(context.Background(), start)
	defer cancel3()
	fmt.Println(ctx3.Err())

	cause := errors.New("too slow")
	ctx4, cancel4 := context.WithTimeoutCause(context.Background(), time.Millisecond, cause)
	defer cancel4()
	<-ctx4.Done()
	fmt.Println(ctx4.Err(), "/", context.Cause(ctx4))
}

// Output:
// true true
// fast: <nil>
// slow: context deadline exceeded true
// true true
// true
// context deadline exceeded
// context canceled context canceled
// context deadline exceeded
// context deadline exceeded / too slow
