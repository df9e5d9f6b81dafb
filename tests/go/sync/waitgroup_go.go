// WaitGroup.Go (Go 1.25).
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var sum atomic.Int64
	for i := 1; i <= 10; i++ {
		wg.Go(func() {
			sum.Add(int64(i))
		})
	}
	wg.Wait()
	fmt.Println(sum.Load())
}

// Output:
// 55
