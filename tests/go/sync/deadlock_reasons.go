// Goroutines blocked on sync primitives show Go's wait reasons in the
// deadlock dump (sync.WaitGroup.Wait as since Go 1.25; Go 1.19 printed
// semacquire).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	mu.Lock()
	rw.Lock()
	wg.Add(3)
	go func() {
		defer wg.Done()
		mu.Lock()
	}()
	go func() {
		defer wg.Done()
		rw.RLock()
	}()
	go func() {
		defer wg.Done()
		rw.Lock()
	}()
	fmt.Println("waiting")
	wg.Wait()
}

// Output:
// waiting
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.WaitGroup.Wait]:
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/sync.go:137
// main.main()
// 	deadlock_reasons.go:31 +0x68
//
// goroutine 2 [sync.Mutex.Lock]:
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:33
// main.main.func1()
// 	deadlock_reasons.go:20 +0x28
// created by main.main in goroutine 1
// 	deadlock_reasons.go:18 +0x30
//
// goroutine 3 [sync.RWMutex.RLock]:
// sync.(*RWMutex).RLock(...)
// 	$GOROOT/src/sync/sync.go:57
// main.main.func2()
// 	deadlock_reasons.go:24 +0x28
// created by main.main in goroutine 1
// 	deadlock_reasons.go:22 +0x3c
//
// goroutine 4 [sync.Mutex.Lock]:
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:33
// sync.(*RWMutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:69 +0xc
// main.main.func3()
// 	deadlock_reasons.go:28 +0x28
// created by main.main in goroutine 1
// 	deadlock_reasons.go:26 +0x48
