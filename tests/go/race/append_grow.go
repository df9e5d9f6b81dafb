// A goroutine grows a slice (append copies it) while another writes it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	s := []int{1, 2, 3}
	var t []int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		t = append(s, 4)
	}()
	go func() {
		defer wg.Done()
		s[2] = 30
	}()
	wg.Wait()
	fmt.Println(len(t))
}

// Flags: --race
// Exit: 66
// Output:
// 4
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010010 by goroutine 3:
//   main.main.func2()
//       append_grow.go:20
//
// Previous read at 0x00c000010010 by goroutine 2:
//   main.main.func1()
//       append_grow.go:16
//
// Goroutine 3 (running) created at:
//   main.main()
//       append_grow.go:18
//
// Goroutine 2 (finished) created at:
//   main.main()
//       append_grow.go:14
// ==================
// Found 1 data race(s)
