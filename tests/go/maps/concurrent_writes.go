// Two goroutines write one map without a lock. Go's runtime notices only
// when the two writes overlap in time; gorolab checks happens-before on
// every map access (without --race), so it notices every time.
package main

import "sync"

func main() {
	m := map[int]int{}
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				m[k] = i
			}
		}()
	}
	wg.Wait()
}

// Exit: 2
// Stderr:
// fatal error: concurrent map writes
//
// goroutine 2 [running]:
// main.main.func1()
// 	concurrent_writes.go:16
// created by main.main in goroutine 1
// 	concurrent_writes.go:13
//
// goroutine 1 [sync.WaitGroup.Wait]:
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/sync.go:137
// main.main()
// 	concurrent_writes.go:20
