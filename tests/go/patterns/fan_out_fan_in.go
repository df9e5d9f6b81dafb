// Fan-out: several workers read one channel. Fan-in: merge their outputs
// into one, closed when all are done. The sum does not depend on the order.
package main

import (
	"fmt"
	"sync"
)

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	in := make(chan int)
	go func() {
		defer close(in)
		for i := 1; i <= 100; i++ {
			in <- i
		}
	}()
	workers := []<-chan int{square(in), square(in), square(in), square(in)}
	sum, count := 0, 0
	for v := range merge(workers...) {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}

// Output:
// 100 338350
