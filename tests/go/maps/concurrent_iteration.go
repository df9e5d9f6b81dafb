// One goroutine ranges over a map while another keeps writing it: Go's
// runtime ends the program with "concurrent map iteration and map write"
// when an iteration step finds a write in progress.
package main

import "time"

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	go func() {
		for i := 0; ; i++ {
			m[i%10] = i
		}
	}()
	go func() {
		for {
			for k, v := range m {
				_, _ = k, v
			}
		}
	}()
	time.Sleep(time.Second)
}

// Exit: 2
// Stderr:
// fatal error: concurrent map iteration and map write
//
// goroutine 3 [running]:
// main.main.func2()
// 	concurrent_iteration.go:17
// created by main.main in goroutine 1
// 	concurrent_iteration.go:15
//
// goroutine 1 [sleep]:
// time.Sleep(...)
// 	$GOROOT/src/time/time.go:134
// main.main()
// 	concurrent_iteration.go:22
//
// goroutine 2 [runnable]:
// main.main.func1()
// 	concurrent_iteration.go:12
// created by main.main in goroutine 1
// 	concurrent_iteration.go:10
