// sync.RWMutex: an Unlock happens before the next RLock returns, an RUnlock
// before the next Lock returns.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	go func() {
		fmt.Println("writer")
		rw.Unlock()
	}()
	rw.RLock()
	go func() {
		fmt.Println("reader")
		rw.RUnlock()
	}()
	rw.Lock()
	fmt.Println("main")
}
