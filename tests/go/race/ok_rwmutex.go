// The edges an RWMutex does give (Go's rwmutex.go): a writer's Unlock
// happens before a later RLock and Lock, and a reader's RUnlock before a
// later Lock. Readers only read here, and the writers write under Lock:
// no race.
package main

import (
	"fmt"
	"sync"
	"time"
)

var (
	mu   sync.RWMutex
	data = map[string]int{}
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			data["k"] += i
			mu.Unlock()
		}(i)
		go func() {
			defer wg.Done()
			time.Sleep(time.Millisecond)
			mu.RLock()
			_ = data["k"]
			_ = len(data)
			mu.RUnlock()
		}()
	}
	wg.Wait()
	mu.RLock()
	fmt.Println(data["k"])
	mu.RUnlock()
}

// Flags: --race
// Output:
// 3
