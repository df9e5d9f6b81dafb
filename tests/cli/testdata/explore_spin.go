// A CAS spin lock that yields with runtime.Gosched: correct, so explore must
// find no failure; under PCT the spinner once kept the top priority and
// starved the holder until the step limit (tests/cli/explore.sh).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var lock int32
var n int

func inc(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
			runtime.Gosched()
		}
		n++
		atomic.StoreInt32(&lock, 0)
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go inc(&wg)
	go inc(&wg)
	wg.Wait()
	fmt.Println(n)
}
