// One goroutine copies into a slice while another reads it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		copy(dst, src)
	}()
	sum := 0
	go func() {
		defer wg.Done()
		sum = dst[1]
	}()
	wg.Wait()
	fmt.Println(sum >= 0)
}

// Flags: --race
// Exit: 66
// Output:
// true
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010018 by goroutine 3:
//   main.main.func2()
//       copy_read.go:21
//
// Previous write at 0x00c000010018 by goroutine 2:
//   main.main.func1()
//       copy_read.go:16
//
// Goroutine 3 (running) created at:
//   main.main()
//       copy_read.go:19
//
// Goroutine 2 (finished) created at:
//   main.main()
//       copy_read.go:14
// ==================
// Found 1 data race(s)
