package main

import (
	"context"
	"errors"
	"fmt"
)

type key string

func main() {
	ctx := context.WithValue(context.Background(), key("id"), 42)
	ctx = context.WithValue(ctx, key("name"), "worker")
	fmt.Println(ctx.Value(key("id")), ctx.Value(key("name")), ctx.Value("id"))
	fmt.Println(context.Cause(ctx))

	cctx, cancel := context.WithCancelCause(ctx)
	child, cancelChild := context.WithCancel(cctx)
	defer cancelChild()
	fmt.Println(context.Cause(cctx), child.Value(key("id")))
	boom := errors.New("disk full")
	cancel(boom)
	cancel(errors.New("ignored"))
	fmt.Println(cctx.Err(), "/", context.Cause(cctx), "/", context.Cause(child))

	c2, cancel2 := context.WithCancelCause(context.Background())
	cancel2(nil)
	fmt.Println(c2.Err(), "/", context.Cause(c2))

	wc := context.WithoutCancel(cctx)
	fmt.Println(wc.Err(), wc.Done() == nil, wc.Value(key("name")), context.Cause(wc))

	fmt.Println(context.Background())
	fmt.Println(context.TODO())
	fmt.Println(cctx)
	fmt.Println(ctx)
	fmt.Println(wc)
	fmt.Println(context.Canceled, context.DeadlineExceeded)

	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		context.WithValue(ctx, nil, 1)
	}()
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var nilctx context.Context
		context.WithCancel(nilctx)
	}()
}

// Output:
// 42 worker <nil>
// <nil>
// <nil> 42
// context canceled / disk full / disk full
// context canceled / context canceled
// <nil> true worker <nil>
// context.Background
// context.TODO
// context.Background.WithValue(main.key, int).WithValue(main.key, worker).WithCancel
// context.Background.WithValue(main.key, int).WithValue(main.key, worker)
// context.Background.WithValue(main.key, int).WithValue(main.key, worker).WithCancel.WithoutCancel
// context canceled context deadline exceeded
// panic: nil key
// panic: cannot create context from nil parent
