// Bounded parallelism with a buffered channel as a semaphore: at most three
// of ten tasks run at once (max is the Go 1.21 built-in).
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	sem := make(chan struct{}, 3)
	var wg sync.WaitGroup
	var mu sync.Mutex
	running, peak, done := 0, 0, 0
	start := time.Now()
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			running++
			peak = max(peak, running)
			mu.Unlock()
			time.Sleep(100 * time.Millisecond)
			mu.Lock()
			running--
			done++
			mu.Unlock()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println("done:", done, "peak:", peak)
	fmt.Println("four waves:", el >= 400*time.Millisecond && el < 500*time.Millisecond)
}

// Output:
// done: 10 peak: 3
// four waves: true
