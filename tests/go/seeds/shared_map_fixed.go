// Fixed (maps written from two goroutines): an RWMutex guards the map;
// readers share it, writers exclude everyone.
package main

import (
	"fmt"
	"sync"
)

type hits struct {
	mu sync.RWMutex
	m  map[string]int
}

func (h *hits) add(page string) {
	h.mu.Lock()
	h.m[page]++
	h.mu.Unlock()
}

func (h *hits) get(page string) int {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.m[page]
}

func main() {
	h := &hits{m: map[string]int{}}
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				h.add(fmt.Sprint("page", i%4))
			}
		}()
	}
	wg.Wait()
	fmt.Println(h.get("page0"), h.get("page3"), len(h.m))
}

// Output:
// 500 500 4
