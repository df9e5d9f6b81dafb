// A range over a map (runtime.mapiterinit) and a delete (the fast64
// variant for int keys) in two goroutines, unsynchronised.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]string{1: "a", 2: "b"}
	go func() {
		delete(m, 1)
	}()
	time.Sleep(10 * time.Millisecond)
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
}

// Flags: --race
// Exit: 66
// Output:
// 1
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010000 by main goroutine:
//   runtime.mapiterinit()
//       $GOROOT/src/runtime/map.go:815
//   main.main()
//       map_range_delete.go:17
//
// Previous write at 0x00c000010000 by goroutine 2:
//   runtime.mapdelete_fast64()
//       $GOROOT/src/runtime/map_fast64.go:273
//   main.main.func1()
//       map_range_delete.go:13
//
// Goroutine 2 (finished) created at:
//   main.main()
//       map_range_delete.go:12
// ==================
// Found 1 data race(s)
