// count++ on a captured counter from two goroutines, with no lock: a read
// and a write that race (one INCUPL instruction does both).
package main

import (
	"fmt"
	"sync"
)

func main() {
	count := 0
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			count++
		}()
	}
	wg.Wait()
	fmt.Println(count)
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
//       incupl_race.go:17
//
// Previous write at 0x00c000010000 by goroutine 2:
//   main.main.func1()
//       incupl_race.go:17
//
// Goroutine 3 (running) created at:
//   main.main()
//       incupl_race.go:15
//
// Goroutine 2 (finished) created at:
//   main.main()
//       incupl_race.go:15
// ==================
// Found 1 data race(s)
