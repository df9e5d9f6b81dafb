// A context that is never canceled: the goroutine watching it is still
// waiting when main returns.
package main

import (
	"context"
	"fmt"
	"time"
)

func watch(ctx context.Context, name string) {
	<-ctx.Done()
	fmt.Println(name, "cleaned up")
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = cancel // never called
	go watch(ctx, "session")
	time.Sleep(time.Millisecond)
	fmt.Println("main returns")
}

// Output:
// main returns
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.watch on top of the stack:
// main.watch(...)
// 	c_leak_watcher.go:12
// created by main.main in goroutine 1
// 	c_leak_watcher.go:19
// ]
