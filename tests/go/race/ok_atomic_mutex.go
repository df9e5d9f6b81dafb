// A correct mix of atomics and a mutex: an atomic request counter, a map and
// a total guarded by a mutex, and plain reads of everything after wg.Wait.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type server struct {
	requests atomic.Int64
	mu       sync.Mutex
	byUser   map[string]int
	total    int64
}

func (s *server) handle(user string, cost int64) {
	s.requests.Add(1)
	s.mu.Lock()
	s.byUser[user]++
	s.total += cost
	s.mu.Unlock()
}

func main() {
	s := &server{byUser: map[string]int{}}
	var inflight int32
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			atomic.AddInt32(&inflight, 1)
			s.handle(fmt.Sprint("u", i%2), int64(i))
			atomic.AddInt32(&inflight, -1)
		}(i)
	}
	wg.Wait()
	fmt.Println(s.requests.Load(), len(s.byUser), s.byUser["u0"], s.total, inflight)
}

// Flags: --race
// Output:
// 5 2 3 10 0
