package main

import (
	"context"
	"fmt"
	"time"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		fmt.Println("cleanup ran:", ctx.Err())
		close(done)
	})
	stop2 := context.AfterFunc(ctx, func() { fmt.Println("never runs") })
	fmt.Println("stop2:", stop2(), stop2())
	time.Sleep(time.Millisecond)
	cancel()
	<-done
	fmt.Println("stop after run:", stop())
}

// Output:
// stop2: true false
// cleanup ran: context canceled
// stop after run: false
