// 110 goroutines still sleeping in a loop when main returns (gobyexample's
// stateful-goroutines leaves as many), and a dozen others each blocked at a
// line of its own: identical stacks share one block, counted as pprof's
// debug=1 profile counts them, the biggest first, and the report keeps to
// about a screen, ending with what it left out (--leaks=full lists all).
package main

import "time"

func reader() {
	for {
		time.Sleep(time.Millisecond)
	}
}

func main() {
	for i := 0; i < 110; i++ {
		go reader()
	}
	ch := make(chan int)
	go func() { ch <- 1 }()
	go func() { ch <- 2 }()
	go func() { ch <- 3 }()
	go func() { ch <- 4 }()
	go func() { ch <- 5 }()
	go func() { ch <- 6 }()
	go func() { ch <- 7 }()
	go func() { ch <- 8 }()
	time.Sleep(10 * time.Millisecond)
}

// Stderr:
// gorolab: found unexpected goroutines:
// [110 goroutines (2, 3, 4, 5, ..., 111) in state sleep, with time.Sleep on top of the stack:
// time.Sleep(...)
// 	$GOROOT/src/time/time.go:134
// main.reader()
// 	grouped_screen.go:12
// created by main.main in goroutine 1
// 	grouped_screen.go:18
// ]
// [Goroutine 112 in state chan send, with main.main.func1 on top of the stack:
// main.main.func1()
// 	grouped_screen.go:21
// created by main.main in goroutine 1
// 	grouped_screen.go:21
// ]
// [Goroutine 113 in state chan send, with main.main.func2 on top of the stack:
// main.main.func2()
// 	grouped_screen.go:22
// created by main.main in goroutine 1
// 	grouped_screen.go:22
// ]
// [Goroutine 114 in state chan send, with main.main.func3 on top of the stack:
// main.main.func3()
// 	grouped_screen.go:23
// created by main.main in goroutine 1
// 	grouped_screen.go:23
// ]
// [Goroutine 115 in state chan send, with main.main.func4 on top of the stack:
// main.main.func4()
// 	grouped_screen.go:24
// created by main.main in goroutine 1
// 	grouped_screen.go:24
// ]
// [Goroutine 116 in state chan send, with main.main.func5 on top of the stack:
// main.main.func5()
// 	grouped_screen.go:25
// created by main.main in goroutine 1
// 	grouped_screen.go:25
// ]
// ... and 3 more goroutines in 3 other stacks (--leaks=full lists every one)
