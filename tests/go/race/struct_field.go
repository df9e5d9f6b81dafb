// A struct field written by a goroutine and read by main; other fields
// are not shared.
package main

import (
	"fmt"
	"sync"
)

type Stats struct {
	hits, misses int
}

func (s *Stats) hit() { s.hits++ }

func main() {
	st := &Stats{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		st.hit()
	}()
	st.misses = 1
	fmt.Println(st.hits)
	wg.Wait()
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
//       struct_field.go:25
//
// Previous write at 0x00c000010000 by goroutine 2:
//   main.(*Stats).hit()
//       struct_field.go:14
//   main.main.func1()
//       struct_field.go:22
//
// Goroutine 2 (finished) created at:
//   main.main()
//       struct_field.go:20
// ==================
// Found 1 data race(s)
