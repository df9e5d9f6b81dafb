// A two-goroutine leak chain: goroutine 2 waits on a, which only goroutine
// 3 could send on, and goroutine 3 waits on b, which nobody has. Main's
// registers still hold a and b from the block that made them, but that
// block has ended: the collector marks only the registers in use, so it
// proves both leaked while main still runs (before, it waited until the
// stale registers were written over).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	{
		a := make(chan int)
		b := make(chan int)
		x, y, z := 1, 2, 3
		_, _, _ = x, y, z
		go func() { <-a }()
		go func() { <-b; a <- 1 }()
	}
	time.Sleep(time.Millisecond)
	runtime.GC()
	fmt.Println("done")
}


// Output:
// done
// Stderr:
// gorolab: goroutine 2 can never run again: nothing that runs can reach what it waits on
// [Goroutine 2 in state chan receive, with main.main.func1 on top of the stack:
// main.main.func1()
// 	stale_slots.go:21
// created by main.main in goroutine 1
// 	stale_slots.go:21
// ]
// gorolab: goroutine 3 can never run again: nothing that runs can reach what it waits on
// [Goroutine 3 in state chan receive, with main.main.func2 on top of the stack:
// main.main.func2()
// 	stale_slots.go:22
// created by main.main in goroutine 1
// 	stale_slots.go:22
// ]
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.main.func1 on top of the stack:
// main.main.func1()
// 	stale_slots.go:21
// created by main.main in goroutine 1
// 	stale_slots.go:21
// ]
// [Goroutine 3 in state chan receive, with main.main.func2 on top of the stack:
// main.main.func2()
// 	stale_slots.go:22
// created by main.main in goroutine 1
// 	stale_slots.go:22
// ]
