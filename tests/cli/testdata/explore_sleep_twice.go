// main "waits" for a worker that computes a total with two pauses and no
// synchronisation: under a fair clock the sleeps are long enough, but a
// worker can be kept off its CPU across both of them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	total := 0
	go func() {
		for i := 1; i <= 4; i++ {
			mu.Lock()
			total += i
			mu.Unlock()
		}
	}()
	time.Sleep(2 * time.Millisecond)
	busyWork()
	time.Sleep(2 * time.Millisecond)
	mu.Lock()
	fmt.Println("total", total)
	mu.Unlock()
}

// busyWork is a few instructions of main's own work between the sleeps.
func busyWork() {
	n := 0
	for i := 0; i < 10; i++ {
		n += i
	}
	_ = n
}
