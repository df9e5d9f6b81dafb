package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Server struct {
	requests atomic.Int64
	healthy  atomic.Bool
	gen      atomic.Uint32
	bytes    atomic.Uint64
	small    atomic.Int32
	config   atomic.Value
}

type Config struct{ Name string }

func main() {
	var s Server
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.requests.Add(1)
			s.bytes.Add(100)
		}()
	}
	wg.Wait()
	fmt.Println(s.requests.Load(), s.bytes.Load())
	fmt.Println(s.healthy.Load(), s.healthy.Swap(true), s.healthy.Load())
	fmt.Println(s.healthy.CompareAndSwap(false, true), s.healthy.CompareAndSwap(true, false), s.healthy.Load())
	s.healthy.Store(true)
	fmt.Println(s.gen.Add(1), s.gen.Swap(9), s.gen.CompareAndSwap(9, 10), s.gen.Load())
	s.small.Store(-3)
	fmt.Println(s.small.Add(-1), s.small.Swap(4), s.small.CompareAndSwap(3, 0), s.small.Load())
	fmt.Println(s.requests.CompareAndSwap(50, 0), s.requests.Swap(5), s.requests.Load())
	s.bytes.Store(1)
	fmt.Println(s.bytes.Swap(2), s.bytes.CompareAndSwap(2, 3), s.bytes.Load())

	fmt.Println(s.config.Load())
	s.config.Store(Config{"a"})
	c := s.config.Load().(Config)
	fmt.Println(c.Name)
	old := s.config.Swap(Config{"b"})
	fmt.Println(old, s.config.Load())
	fmt.Println(s.config.CompareAndSwap(Config{"a"}, Config{"c"}), s.config.CompareAndSwap(Config{"b"}, Config{"c"}))
	fmt.Println(s.config.Load())
	var v atomic.Value
	fmt.Println(v.CompareAndSwap(nil, 1), v.Load())
}

// Output:
// 50 5000
// false false true
// false true false
// 1 1 true 10
// -4 -4 false 4
// true 0 5
// 1 true 3
// <nil>
// a
// {a} {b}
// false true
// {c}
// true 1
