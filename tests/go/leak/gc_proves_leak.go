// A collection proves goroutines 2-4 leaked while main still runs (their
// channels are unreachable); goroutine 5 is not: main still holds its channel.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(in chan int) {
	v := <-in
	fmt.Println("never", v)
}

func main() {
	for i := 0; i < 3; i++ {
		ch := make(chan int)
		go worker(ch)
	}
	time.Sleep(time.Millisecond)
	runtime.GC()
	fmt.Println("after GC", runtime.NumGoroutine())
	live := make(chan int)
	go worker(live)
	runtime.GC()
	live <- 1
	time.Sleep(time.Millisecond)
}

// Output:
// after GC 4
// never 1
// Stderr:
// gorolab: 3 goroutines can never run again: nothing that runs can reach what they wait on
// [3 goroutines (2, 3, 4) in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	gc_proves_leak.go:12
// created by main.main in goroutine 1
// 	gc_proves_leak.go:19
// ]
// gorolab: found unexpected goroutines:
// [3 goroutines (2, 3, 4) in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	gc_proves_leak.go:12
// created by main.main in goroutine 1
// 	gc_proves_leak.go:19
// ]
