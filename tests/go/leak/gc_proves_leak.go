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
// gorolab: goroutine 2 can never run again: nothing that runs can reach what it waits on
// [Goroutine 2 in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	gc_proves_leak.go:12 +0x0
// created by main.main in goroutine 1
// 	gc_proves_leak.go:19 +0x14
// ]
// gorolab: goroutine 3 can never run again: nothing that runs can reach what it waits on
// [Goroutine 3 in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	gc_proves_leak.go:12 +0x0
// created by main.main in goroutine 1
// 	gc_proves_leak.go:19 +0x14
// ]
// gorolab: goroutine 4 can never run again: nothing that runs can reach what it waits on
// [Goroutine 4 in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	gc_proves_leak.go:12 +0x0
// created by main.main in goroutine 1
// 	gc_proves_leak.go:19 +0x14
// ]
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	gc_proves_leak.go:12 +0x0
// created by main.main in goroutine 1
// 	gc_proves_leak.go:19 +0x14
// ]
// [Goroutine 3 in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	gc_proves_leak.go:12 +0x0
// created by main.main in goroutine 1
// 	gc_proves_leak.go:19 +0x14
// ]
// [Goroutine 4 in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	gc_proves_leak.go:12 +0x0
// created by main.main in goroutine 1
// 	gc_proves_leak.go:19 +0x14
// ]
