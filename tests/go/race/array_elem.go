// An array element in a global written by two goroutines, and one
// written by only one of them (no race there).
package main

import "sync"

var grid [3]int

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		grid[0] = 1
		grid[2] = 1
	}()
	go func() {
		defer wg.Done()
		grid[0] = 2
	}()
	wg.Wait()
}

// Flags: --race
// Exit: 66
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010010 by goroutine 3:
//   main.main.func2()
//       array_elem.go:19
//
// Previous write at 0x00c000010010 by goroutine 2:
//   main.main.func1()
//       array_elem.go:14
//
// Goroutine 3 (running) created at:
//   main.main()
//       array_elem.go:17
//
// Goroutine 2 (finished) created at:
//   main.main()
//       array_elem.go:12
// ==================
// Found 1 data race(s)
