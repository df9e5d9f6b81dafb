// Race-free: Mutex, RWMutex, WaitGroup, Once and Cond order every access.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) Get(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.m[k]
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.m[k] = v
	c.mu.Unlock()
}

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg.Wait()

	c := &Cache{m: map[string]int{}}
	for i := 0; i < 3; i++ {
		wg.Add(2)
		go func(i int) {
			defer wg.Done()
			c.Set("k", i)
		}(i)
		go func() {
			defer wg.Done()
			_ = c.Get("k")
		}()
	}
	wg.Wait()

	var once sync.Once
	config := 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { config = 7 })
			_ = config
		}()
	}
	wg.Wait()

	var cmu sync.Mutex
	cond := sync.NewCond(&cmu)
	ready := false
	go func() {
		cmu.Lock()
		ready = true
		cmu.Unlock()
		cond.Broadcast()
	}()
	cmu.Lock()
	for !ready {
		cond.Wait()
	}
	cmu.Unlock()
	fmt.Println(count, c.Get("k") >= 0, config, ready)
}

// Flags: --race
// Output:
// 4 true 7 true
