// Issue 11: two goroutines each take RLock and write a shared variable.
// Readers do not exclude each other, and Go's detector gives them no
// happens-before edge from one another (RUnlock -> RLock is none): Go 1.19
// reports the race every time.
package main

import (
	"fmt"
	"sync"
)

var (
	mu    sync.RWMutex
	count int
)

func bump(wg *sync.WaitGroup) {
	defer wg.Done()
	mu.RLock()
	count++
	mu.RUnlock()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go bump(&wg)
	go bump(&wg)
	wg.Wait()
	mu.Lock()
	fmt.Println(count)
	mu.Unlock()
}

// Flags: --race
// Exit: 66
// Output:
// 2
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010018 by goroutine 3:
//   main.bump()
//       rlock_write.go:20
//
// Previous write at 0x00c000010018 by goroutine 2:
//   main.bump()
//       rlock_write.go:20
//
// Goroutine 3 (running) created at:
//   main.main()
//       rlock_write.go:28
//
// Goroutine 2 (finished) created at:
//   main.main()
//       rlock_write.go:27
// ==================
// Found 1 data race(s)
