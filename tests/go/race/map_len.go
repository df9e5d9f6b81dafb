// len(m) reads the map: under -race Go 1.19 reports it against a write by
// another goroutine (a read in the user's frame, no runtime function).
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{}
	go func() {
		m[1] = 1
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(len(m))
}

// Flags: --race
// Exit: 66
// Output:
// 1
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010000 by main goroutine:
//   main.main()
//       map_len.go:16
//
// Previous write at 0x00c000010000 by goroutine 2:
//   runtime.mapassign_fast64()
//       $GOROOT/src/runtime/map_fast64.go:93
//   main.main.func1()
//       map_len.go:13
//
// Goroutine 2 (finished) created at:
//   main.main()
//       map_len.go:12
// ==================
// Found 1 data race(s)
