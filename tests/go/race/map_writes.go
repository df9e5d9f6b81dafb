// Two goroutines write one map without synchronisation: Go's runtime ends
// the program with "concurrent map writes".
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m[i] = i
		}(i)
	}
	wg.Wait()
}

// Flags: --race
// Exit: 66
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010000 by goroutine 3:
//   runtime.mapassign_fast64()
//       $GOROOT/src/runtime/map_fast64.go:93
//   main.main.func1()
//       map_writes.go:14
//
// Previous write at 0x00c000010000 by goroutine 2:
//   runtime.mapassign_fast64()
//       $GOROOT/src/runtime/map_fast64.go:93
//   main.main.func1()
//       map_writes.go:14
//
// Goroutine 3 (running) created at:
//   main.main()
//       map_writes.go:12
//
// Goroutine 2 (finished) created at:
//   main.main()
//       map_writes.go:12
// ==================
// Found 1 data race(s)
