// Ten thousand goroutines are cheap; each adds its index under a mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 10000
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	wg.Add(n)
	for i := 1; i <= n; i++ {
		go func(v int) {
			defer wg.Done()
			mu.Lock()
			sum += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(sum, sum == n*(n+1)/2)
}

// Output:
// 50005000 true
