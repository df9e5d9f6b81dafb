// prodcons: 4 producers and 4 consumers move 5,000,000 items through one
// buffered channel (capacity 128). Measures buffered sends and receives.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const items, workers = 5000000, 4
	ch := make(chan int, 128)
	var prod, cons sync.WaitGroup
	sums := make([]int, workers)
	for p := 0; p < workers; p++ {
		prod.Add(1)
		go func(p int) {
			defer prod.Done()
			for i := p; i < items; i += workers {
				ch <- i & 7
			}
		}(p)
	}
	for c := 0; c < workers; c++ {
		cons.Add(1)
		go func(c int) {
			defer cons.Done()
			for v := range ch {
				sums[c] += v
			}
		}(c)
	}
	prod.Wait()
	close(ch)
	cons.Wait()
	s := 0
	for _, v := range sums {
		s += v
	}
	fmt.Println(s)
}
