// Race-free: a flag published with sync/atomic, and work cancelled through
// a context.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var ready int32
	payload := ""
	go func() {
		payload = "hi"
		atomic.StoreInt32(&ready, 1)
	}()
	for atomic.LoadInt32(&ready) == 0 {
		time.Sleep(time.Microsecond)
	}
	fmt.Println(payload)

	var n atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n.Add(2)
		}()
	}
	wg.Wait()

	ctx, cancel := context.WithCancel(context.Background())
	stopped := false
	done := make(chan bool)
	go func() {
		<-ctx.Done()
		stopped = true
		done <- true
	}()
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel2()
	<-ctx2.Done()
	cancel()
	<-done
	fmt.Println(n.Load(), stopped, ctx.Err(), ctx2.Err())
}

// Flags: --race
// Output:
// hi
// 10 true context canceled context deadline exceeded
