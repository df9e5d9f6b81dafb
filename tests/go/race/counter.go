// A counter incremented by two goroutines without a lock: the read of one
// races with the write of the other.
package main

import (
	"fmt"
	"sync"
)

func main() {
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter++
		}()
	}
	wg.Wait()
	fmt.Println(counter)
}

// Flags: --race
// Exit: 66
// Output:
// 2
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010000 by goroutine 3:
//   main.main.func1()
//       counter.go:17
//
// Previous write at 0x00c000010000 by goroutine 2:
//   main.main.func1()
//       counter.go:17
//
// Goroutine 3 (running) created at:
//   main.main()
//       counter.go:15
//
// Goroutine 2 (finished) created at:
//   main.main()
//       counter.go:15
// ==================
// Found 1 data race(s)
