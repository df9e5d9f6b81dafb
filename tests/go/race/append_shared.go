// Two goroutines append to one slice that has room to spare: both write
// the same element of the shared backing array.
package main

import (
	"fmt"
	"sync"
)

func main() {
	base := make([]int, 0, 10)
	var a, b []int
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		a = append(base, 1)
	}()
	go func() {
		defer wg.Done()
		b = append(base, 2)
	}()
	wg.Wait()
	fmt.Println(len(a), len(b))
}

// Flags: --race
// Exit: 66
// Output:
// 1 1
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010000 by goroutine 3:
//   main.main.func2()
//       append_shared.go:21
//
// Previous write at 0x00c000010000 by goroutine 2:
//   main.main.func1()
//       append_shared.go:17
//
// Goroutine 3 (running) created at:
//   main.main()
//       append_shared.go:19
//
// Goroutine 2 (finished) created at:
//   main.main()
//       append_shared.go:15
// ==================
// Found 1 data race(s)
