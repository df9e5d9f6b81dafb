// Atomic operations never race with each other: counters updated and read
// only through sync/atomic (functions and typed values) from many goroutines,
// and a value published with a plain write before an atomic store and read
// after the atomic load that sees it.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var hits int64

func main() {
	var wg sync.WaitGroup
	var typed atomic.Int64
	var flag atomic.Bool
	var n32 uint32
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				atomic.AddInt64(&hits, 1)
				typed.Add(2)
				atomic.CompareAndSwapUint32(&n32, 0, 1)
				_ = atomic.LoadInt64(&hits) + typed.Load()
			}
			flag.Store(true)
		}()
	}
	for atomic.LoadInt64(&hits) < 40 || typed.Load() < 80 {
		atomic.StoreUint32(&n32, 0)
	}
	wg.Wait()

	var data string
	var ready int32
	done := make(chan bool)
	go func() {
		for atomic.LoadInt32(&ready) == 0 {
		}
		fmt.Println(data)
		done <- true
	}()
	data = "published"
	atomic.StoreInt32(&ready, 1)
	<-done
	fmt.Println(atomic.LoadInt64(&hits), typed.Load(), flag.Load())
}

// Flags: --race
// Output:
// published
// 40 80 true
