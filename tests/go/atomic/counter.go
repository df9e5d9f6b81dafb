// An atomic counter shared by 100 goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var ops int64
	var hits uint32
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 10; j++ {
				atomic.AddInt64(&ops, 1)
				runtime.Gosched()
			}
			atomic.AddUint32(&hits, 1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&ops), atomic.LoadUint32(&hits))
}

// Output:
// 1000 100
