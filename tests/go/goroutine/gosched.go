// runtime.Gosched yields the processor; a spin loop that yields lets the
// other goroutine run and finish.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var done atomic.Bool
	var total atomic.Int64
	go func() {
		for i := 1; i <= 100; i++ {
			total.Add(int64(i))
		}
		done.Store(true)
	}()
	spins := 0
	for !done.Load() {
		runtime.Gosched()
		spins++
	}
	fmt.Println("total:", total.Load(), "spun:", spins >= 0)
}

// Output:
// total: 5050 spun: true
