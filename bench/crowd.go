// bench/crowd.go: the frame benchmark's scene: 10,000 goroutines parked on
// three channels and a mutex, as a leaking server would have them.
package main

import (
	"sync"
	"time"
)

func handler(jobs <-chan int) {
	for range jobs {
	}
}

func reply(out chan<- int, v int) { out <- v }

func locked(mu *sync.Mutex) {
	mu.Lock()
	defer mu.Unlock()
}

func main() {
	jobs := make(chan int)
	results := make(chan int, 8)
	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 6000; i++ {
		go handler(jobs)
	}
	for i := 0; i < 3008; i++ { // 8 fill the buffer and end
		go reply(results, i)
	}
	for i := 0; i < 999; i++ {
		go locked(&mu)
	}
	time.Sleep(time.Hour)
}
