// tests/cli/trace.sh traces this: workers blocked on channels and a mutex.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(jobs <-chan int, results chan<- int, mu *sync.Mutex) {
	for j := range jobs {
		mu.Lock()
		time.Sleep(time.Millisecond)
		mu.Unlock()
		results <- j
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int, 10)
	var mu sync.Mutex
	for w := 0; w < 3; w++ {
		go worker(jobs, results, &mu)
	}
	for i := 0; i < 10; i++ {
		jobs <- i
	}
	close(jobs)
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-results
	}
	fmt.Println("sum", sum)
}
