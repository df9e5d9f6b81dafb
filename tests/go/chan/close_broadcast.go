// close wakes every receiver at once: a broadcast "start" signal.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			woke++
			mu.Unlock()
		}()
	}
	fmt.Println("closing start")
	close(start)
	wg.Wait()
	fmt.Println("woke:", woke)
}

// Output:
// closing start
// woke: 5
