// Two goroutines taking two mutexes in opposite orders deadlock (the
// classic lock-order inversion); the sleeps make the interleaving certain.
package main

import (
	"fmt"
	"sync"
	"time"
)

var a, b sync.Mutex

func lockBoth(first, second *sync.Mutex, name string, done chan<- string) {
	first.Lock()
	time.Sleep(10 * time.Millisecond)
	second.Lock()
	done <- name
}

func main() {
	done := make(chan string)
	go lockBoth(&a, &b, "ab", done)
	go lockBoth(&b, &a, "ba", done)
	fmt.Println(<-done)
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	c_mutex_lock_order.go:24
//
// goroutine 2 [sync.Mutex.Lock]:
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:33
// main.lockBoth(...)
// 	c_mutex_lock_order.go:16
// created by main.main in goroutine 1
// 	c_mutex_lock_order.go:22
//
// goroutine 3 [sync.Mutex.Lock]:
// sync.(*Mutex).Lock(...)
// 	$GOROOT/src/sync/sync.go:33
// main.lockBoth(...)
// 	c_mutex_lock_order.go:16
// created by main.main in goroutine 1
// 	c_mutex_lock_order.go:23
