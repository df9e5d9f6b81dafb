// A Mutex-protected counter incremented by 100 goroutines, with a yield
// inside the critical section so that the lock really is contended.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	v := c.n
	runtime.Gosched()
	c.n = v + 1
}

func main() {
	var c Counter
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc()
		}()
	}
	wg.Wait()
	fmt.Println(c.n)
	fmt.Println(c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()
	var l sync.Locker = &c.mu
	l.Lock()
	fmt.Println(c.mu.TryLock())
	l.Unlock()
}

// Output:
// 100
// true false
// false
