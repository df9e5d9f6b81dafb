// Issue 11: two goroutines write one map 100 ms apart with no lock. Go's
// runtime does not throw (the writes never overlap), but it is a data race:
// under -race Go 1.19 reports it, with the runtime function on top.
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[string]int{}
	go func() {
		m["a"] = 1
	}()
	go func() {
		time.Sleep(100 * time.Millisecond)
		m["b"] = 2
	}()
	time.Sleep(300 * time.Millisecond)
	fmt.Println(len(m))
}

// Flags: --race
// Exit: 66
// Output:
// 2
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010000 by goroutine 3:
//   runtime.mapassign_faststr()
//       $GOROOT/src/runtime/map_faststr.go:203
//   main.main.func2()
//       map_writes_apart.go:18
//
// Previous write at 0x00c000010000 by goroutine 2:
//   runtime.mapassign_faststr()
//       $GOROOT/src/runtime/map_faststr.go:203
//   main.main.func1()
//       map_writes_apart.go:14
//
// Goroutine 3 (running) created at:
//   main.main()
//       map_writes_apart.go:16
//
// Goroutine 2 (finished) created at:
//   main.main()
//       map_writes_apart.go:13
// ==================
// Found 1 data race(s)
