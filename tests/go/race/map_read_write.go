// main reads a map while a goroutine writes it.
package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	done := make(chan bool)
	go func() {
		m["b"] = 2
		done <- true
	}()
	fmt.Println(m["a"])
	<-done
}

// Flags: --race
// Exit: 66
// Output:
// 1
// Stderr:
// ==================
// WARNING: DATA RACE
// Read at 0x00c000010000 by main goroutine:
//   runtime.mapaccess1_faststr()
//       $GOROOT/src/runtime/map_faststr.go:13
//   main.main()
//       map_read_write.go:13
//
// Previous write at 0x00c000010000 by goroutine 2:
//   runtime.mapassign_faststr()
//       $GOROOT/src/runtime/map_faststr.go:203
//   main.main.func1()
//       map_read_write.go:10
//
// Goroutine 2 (running) created at:
//   main.main()
//       map_read_write.go:9
// ==================
// Found 1 data race(s)
