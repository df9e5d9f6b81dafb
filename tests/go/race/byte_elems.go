// Byte elements are raced per byte: writes to neighbouring bytes of one
// backing do not race, two writes to the same byte do, also through a
// pointer to the element and through a second slice of the same backing.
package main

import (
	"fmt"
	"sync"
)

func main() {
	b := make([]byte, 8)
	c := b[2:]
	var wg sync.WaitGroup
	wg.Add(3)
	go func() { defer wg.Done(); b[1] = 'a' }()
	go func() { defer wg.Done(); b[2] = 'b' }()
	go func() { defer wg.Done(); p := &c[1]; *p = 'c' }()
	wg.Wait()
	wg.Add(1)
	go func() { defer wg.Done(); c[1] = 'd' }()
	b[3] = 'e'
	wg.Wait()
	fmt.Println(len(b))
}

// Flags: --race
// Exit: 66
// Output:
// 8
// Stderr:
// ==================
// WARNING: DATA RACE
// Write at 0x00c000010018 by main goroutine:
//   main.main()
//       byte_elems.go:22
//
// Previous write at 0x00c000010018 by goroutine 5:
//   main.main.func4()
//       byte_elems.go:21
//
// Goroutine 5 (finished) created at:
//   main.main()
//       byte_elems.go:21
// ==================
// Found 1 data race(s)
