// A WaitGroup can be reused once Wait has returned: three rounds of
// workers, each round waited for before the next.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		total := 0
		for i := 1; i <= round*2; i++ {
			wg.Add(1)
			go func(v int) {
				defer wg.Done()
				mu.Lock()
				total += v
				mu.Unlock()
			}(i)
		}
		wg.Wait()
		fmt.Println("round", round, "total", total)
	}
}

// Output:
// round 1 total 3
// round 2 total 10
// round 3 total 21
