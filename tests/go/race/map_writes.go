// Two goroutines write one map without synchronisation: Go's runtime ends
// the program with "concurrent map writes".
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m[i] = i
		}(i)
	}
	wg.Wait()
}

// Flags: --race
// Exit: 2
// Stderr:
// fatal error: concurrent map writes
//
// goroutine 3 [running]:
// main.main.func1(...)
// 	map_writes.go:14
// created by main.main in goroutine 1
// 	map_writes.go:12
//
// goroutine 1 [runnable]:
// main.main(...)
// 	map_writes.go:12
