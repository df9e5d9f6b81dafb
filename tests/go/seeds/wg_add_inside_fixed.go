// Fixed: wg.Add before the go statement, so Wait counts every goroutine.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var processed atomic.Int32
	for _, d := range []int{1, 2, 3} {
		wg.Add(1)
		go func(val int) {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			processed.Add(int32(val * 2 / val / 2))
		}(d)
	}
	wg.Wait()
	fmt.Println("processed after Wait:", processed.Load())
}

// Output:
// processed after Wait: 3
