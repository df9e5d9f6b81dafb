// A goroutine parked inside a native (time.Sleep, Cond.Wait's
// runtime_notifyListWait, Mutex.Lock) shows the native's frame above its
// caller, as Go's dump does, at the declaration in the embedded std source.
package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	go func() {
		time.Sleep(time.Hour)
	}()
	go func() {
		mu.Lock()
		c.Wait()
	}()
	var other sync.Mutex
	other.Lock()
	go func() {
		other.Lock()
	}()
	time.Sleep(time.Millisecond)
	var bad sync.Mutex
	bad.Unlock()
}

// Exit: 2
// Stderr:
// fatal error: sync: unlock of unlocked mutex
//
// goroutine 1 [running]:
// main.main()
// 	native_frames.go:28
//
// goroutine 2 [sleep]:
// time.Sleep(...)
// 	$GOROOT/src/time/time.go:134
// main.main.func1()
// 	native_frames.go:15
// created by main.main in goroutine 1
// 	native_frames.go:14
//
// goroutine 3 [sync.Cond.Wait]:
// sync.runtime_notifyListWait(...)
// 	$GOROOT/src/sync/sync.go:212
// sync.(*Cond).Wait(...)
// 	$GOROOT/src/sync/sync.go:241
// main.main.func2()
// 	native_frames.go:19
// created by main.main in goroutine 1
// 	native_frames.go:17
//
// goroutine 4 [sync.Mutex.Lock]:
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:33
// main.main.func3()
// 	native_frames.go:24
// created by main.main in goroutine 1
// 	native_frames.go:23
