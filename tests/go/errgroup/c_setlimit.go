// SetLimit bounds the number of active goroutines: six 10ms tasks with a
// limit of two take three rounds.
package main

import (
	"fmt"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(2)
	var mu sync.Mutex
	active, peak := 0, 0
	start := time.Now()
	for i := 0; i < 6; i++ {
		g.Go(func() error {
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(10 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			return nil
		})
	}
	err := g.Wait()
	el := time.Since(start)
	fmt.Println(err, "peak:", peak, "three rounds:", el >= 30*time.Millisecond && el < 40*time.Millisecond)
}

// Output:
// <nil> peak: 2 three rounds: true
