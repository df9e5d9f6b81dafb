// When main returns the program exits, even with goroutines still running
// (Go prints nothing more). gorolab, as goleak does, reports what is left:
// goroutines that never block are leaks too, in state runnable.
package main

import (
	"fmt"
	"runtime"
)

func spin() {
	for {
		runtime.Gosched()
	}
}

func main() {
	go spin()
	go spin()
	fmt.Println("main returns")
}

// Output:
// main returns
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state runnable, with main.spin on top of the stack:
// runtime.Gosched(...)
// 	$GOROOT/src/runtime/runtime.go:33
// main.spin(...)
// 	main_exits_early.go:13
// created by main.main in goroutine 1
// 	main_exits_early.go:18
// ]
// [Goroutine 3 in state runnable, with main.spin on top of the stack:
// runtime.Gosched(...)
// 	$GOROOT/src/runtime/runtime.go:33
// main.spin(...)
// 	main_exits_early.go:13
// created by main.main in goroutine 1
// 	main_exits_early.go:19
// ]
