// spawn: 1,000,000 goroutines started and joined with a WaitGroup.
// Measures goroutine creation, a first run and exit.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 1000000
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			total += v & 3
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
