// Readers share an RWMutex; a writer waits for them, and readers arriving
// while a writer waits queue behind it.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var mu sync.Mutex
	var log []string
	record := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	active, peak := 0, 0
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
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
			rw.RUnlock()
		}()
	}
	time.Sleep(time.Millisecond)
	wg.Add(2)
	go func() {
		defer wg.Done()
		rw.Lock()
		record("writer in")
		time.Sleep(5 * time.Millisecond)
		record("writer out")
		rw.Unlock()
	}()
	time.Sleep(time.Millisecond)
	go func() {
		defer wg.Done()
		rw.RLock() // a writer is waiting: this reader waits for it
		record("late reader")
		rw.RUnlock()
	}()
	wg.Wait()
	fmt.Println("peak readers:", peak)
	for _, s := range log {
		fmt.Println(s)
	}
	fmt.Println(rw.TryRLock(), rw.TryLock())
	rw.RUnlock()
	fmt.Println(rw.TryLock(), rw.TryRLock())
	rw.Unlock()
	r := rw.RLocker()
	r.Lock()
	r.Lock()
	fmt.Println(rw.TryLock())
	r.Unlock()
	r.Unlock()
	fmt.Println(rw.TryLock())
}

// Output:
// peak readers: 3
// writer in
// writer out
// late reader
// true false
// true false
// false
// true
