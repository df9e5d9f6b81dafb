// main returns while holding a lock another goroutine waits for.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("never")
		mu.Unlock()
	}()
	time.Sleep(time.Millisecond)
	fmt.Println("main returns with the lock held")
}

// Output:
// main returns with the lock held
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state sync.Mutex.Lock, with sync.(*Mutex).Lock on top of the stack:
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:33
// main.main.func1()
// 	mutex_held.go:14
// created by main.main in goroutine 1
// 	mutex_held.go:13
// ]
