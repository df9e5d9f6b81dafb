// Goroutines that never ran before main returned: goleak still finds them
// (it gives them time to start), blocked where they would block.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	ch := make(chan int)
	go func() { ch <- 1 }()
	go func() { mu.Lock() }()
}

// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan send, with main.main.func1 on top of the stack:
// main.main.func1()
// 	never_ran.go:11
// created by main.main in goroutine 1
// 	never_ran.go:11
// ]
// [Goroutine 3 in state sync.Mutex.Lock, with sync.(*Mutex).Lock on top of the stack:
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:33
// main.main.func2()
// 	never_ran.go:12
// created by main.main in goroutine 1
// 	never_ran.go:12
// ]
