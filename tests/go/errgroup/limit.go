// SetLimit bounds the number of active goroutines; TryGo refuses past it.
package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(3)
	var mu sync.Mutex
	active, peak := 0, 0
	for i := 0; i < 10; i++ {
		g.Go(func() error {
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			return nil
		})
	}
	fmt.Println(g.Wait(), "peak:", peak)

	block := make(chan struct{})
	var g2 errgroup.Group
	g2.SetLimit(1)
	fmt.Println(g2.TryGo(func() error { <-block; return nil }))
	fmt.Println(g2.TryGo(func() error { return nil }))
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		g2.SetLimit(5)
	}()
	close(block)
	fmt.Println(g2.Wait())
	fmt.Println(g2.TryGo(func() error { return nil }))
	fmt.Println(g2.Wait())
	g2.SetLimit(-1)
	for i := 0; i < 3; i++ {
		fmt.Println(g2.TryGo(func() error { return nil }))
	}
	fmt.Println(g2.Wait())
}

// Output:
// <nil> peak: 3
// true
// false
// panic: errgroup: modify limit while 1 goroutines in the group are still active
// <nil>
// true
// <nil>
// true
// true
// true
// <nil>
