// The fix for a map written from several goroutines: guard it with a mutex.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	c.m[k]++
	c.mu.Unlock()
}

func main() {
	c := counter{m: map[string]int{}}
	var wg sync.WaitGroup
	for _, w := range []string{"a", "b", "a", "c", "a", "b"} {
		wg.Add(1)
		go func(w string) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.inc(w)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println(c.m)
}

// Output:
// map[a:3000 b:2000 c:1000]
