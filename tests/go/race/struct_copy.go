// One goroutine copies a whole struct while another writes one of its
// fields: the copy reads every field.
package main

import (
	"fmt"
	"sync"
)

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	var snap Point
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		p.Y = 20
	}()
	go func() {
		defer wg.Done()
		snap = p
	}()
	wg.Wait()
	fmt.Println(snap.X)
}

// Flags: --race
// Exit: 66
// Output:
// 1
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010008 by goroutine 3:
//   main.main.func2()
//       struct_copy.go:23
//
// Previous write at 0x00c000010008 by goroutine 2:
//   main.main.func1()
//       struct_copy.go:19
//
// Goroutine 3 (running) created at:
//   main.main()
//       struct_copy.go:21
//
// Goroutine 2 (finished) created at:
//   main.main()
//       struct_copy.go:17
// ==================
// Found 1 data race(s)
