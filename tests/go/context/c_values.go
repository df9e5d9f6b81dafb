// Values travel down the context chain; a child's key shadows its parent's;
// unexported key types avoid collisions.
package main

import (
	"context"
	"fmt"
)

type ctxKey string

const (
	userKey  ctxKey = "user"
	traceKey ctxKey = "trace"
)

func handle(ctx context.Context, done chan<- string) {
	user, _ := ctx.Value(userKey).(string)
	trace, ok := ctx.Value(traceKey).(int)
	done <- fmt.Sprint(user, " ", trace, " ", ok, " ", ctx.Value("user"))
}

func main() {
	ctx := context.WithValue(context.Background(), userKey, "alice")
	ctx = context.WithValue(ctx, traceKey, 42)
	done := make(chan string)
	go handle(ctx, done)
	fmt.Println(<-done)
	child := context.WithValue(ctx, userKey, "bob")
	go handle(child, done)
	fmt.Println(<-done)
	go handle(context.Background(), done)
	fmt.Println(<-done)
}

// Output:
// alice 42 true <nil>
// bob 42 true <nil>
//  0 false <nil>
