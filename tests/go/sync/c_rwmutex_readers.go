// Readers share an RWMutex: three 10ms reads overlap; a writer waits for
// all of them, and readers that come after a waiting writer wait for it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			time.Sleep(10 * time.Millisecond)
			rw.RUnlock()
		}()
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println("reads overlapped:", el >= 10*time.Millisecond && el < 20*time.Millisecond)

	var order []string
	var mu sync.Mutex
	log := func(s string) { mu.Lock(); order = append(order, s); mu.Unlock() }
	rw.RLock()
	wg.Add(2)
	go func() { defer wg.Done(); rw.Lock(); log("writer"); rw.Unlock() }()
	time.Sleep(time.Millisecond) // the writer is now waiting
	go func() { defer wg.Done(); rw.RLock(); log("late reader"); rw.RUnlock() }()
	time.Sleep(time.Millisecond)
	log("first reader done")
	rw.RUnlock()
	wg.Wait()
	fmt.Println(order)
}

// Output:
// reads overlapped: true
// [first reader done writer late reader]
