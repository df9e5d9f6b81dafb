// Anti-pattern: wg.Add inside the goroutine. The goroutines have not started when
// main calls Wait, the counter is still zero, and Wait returns at once.
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
		go func(val int) {
			time.Sleep(time.Millisecond) // the goroutine starts a little later
			wg.Add(1)
			defer wg.Done()
			processed.Add(1)
		}(d)
	}
	wg.Wait()
	fmt.Println("processed after Wait:", processed.Load())
	time.Sleep(10 * time.Millisecond)
	fmt.Println("processed later:", processed.Load())
}

// Output:
// processed after Wait: 0
// processed later: 3
