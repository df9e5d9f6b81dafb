// mutex: 8 goroutines each add 1,000,000 times to a counter guarded by one
// Mutex. Measures uncontended and contended Lock/Unlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers, each = 8, 1000000
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				mu.Lock()
				count++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(count)
}
