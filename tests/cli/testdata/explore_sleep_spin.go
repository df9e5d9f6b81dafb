// main pauses, then spins with Gosched on an atomic flag until the worker
// sets it: right (the atomic store happens before the load that sees it),
// so no schedule may fail, even one that starves the worker across main's
// sleep: a starvation episode ends when the sleeper spins.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	var flag int32
	go func() {
		fmt.Println("worker")
		atomic.StoreInt32(&flag, 1)
	}()
	time.Sleep(time.Millisecond)
	for atomic.LoadInt32(&flag) == 0 {
		runtime.Gosched()
	}
	fmt.Println("main")
}
