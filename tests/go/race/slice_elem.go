// Two goroutines write the same slice element.
package main

import (
	"fmt"
	"sync"
)

func fill(s []int, i, v int, wg *sync.WaitGroup) {
	defer wg.Done()
	s[i] = v
}

func main() {
	s := make([]int, 4)
	var wg sync.WaitGroup
	wg.Add(2)
	go fill(s, 1, 10, &wg)
	go fill(s, 1, 20, &wg)
	wg.Wait()
	fmt.Println(len(s))
}

// Flags: --race
// Exit: 66
// Output:
// 4
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010008 by goroutine 3:
//   main.fill()
//       slice_elem.go:11
//
// Previous write at 0x00c000010008 by goroutine 2:
//   main.fill()
//       slice_elem.go:11
//
// Goroutine 3 (running) created at:
//   main.main()
//       slice_elem.go:19
//
// Goroutine 2 (finished) created at:
//   main.main()
//       slice_elem.go:18
// ==================
// Found 1 data race(s)
