// sync/atomic: a Store happens before the Load that observes it.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var flag int32
	go func() {
		fmt.Println("printer")
		atomic.StoreInt32(&flag, 1)
	}()
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
	}
	var v atomic.Bool
	go func() {
		fmt.Println("typed")
		v.Store(true)
	}()
	for !v.Load() {
		runtime.Gosched()
	}
	fmt.Println("main")
}
