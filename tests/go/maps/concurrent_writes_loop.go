// Two goroutines write one map in a loop, without a lock: sooner or later
// one of them is stopped in the middle of a write while the other writes,
// and Go's runtime ends the program (Go 1.19: every run, within a second).
// The goroutine that finds the map being written is [running]; the one
// stopped in the middle of its write is [runnable].
package main

import (
	"fmt"
	"time"
)

func main() {
	m := map[int]int{}
	for g := 0; g < 2; g++ {
		go func() {
			for i := 0; ; i++ {
				m[i%100] = i
			}
		}()
	}
	time.Sleep(time.Second)
	fmt.Println("survived")
}

// Exit: 2
// Stderr:
// fatal error: concurrent map writes
//
// goroutine 3 [running]:
// main.main.func1()
// 	concurrent_writes_loop.go:18
// created by main.main in goroutine 1
// 	concurrent_writes_loop.go:16
//
// goroutine 1 [sleep]:
// time.Sleep(...)
// 	$GOROOT/src/time/time.go:134
// main.main()
// 	concurrent_writes_loop.go:22
//
// goroutine 2 [runnable]:
// main.main.func1()
// 	concurrent_writes_loop.go:18
// created by main.main in goroutine 1
// 	concurrent_writes_loop.go:16
