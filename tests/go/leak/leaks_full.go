// --leaks=full: one goleak block per leaked goroutine, as goleak prints
// them, even where the stacks are the same.
package main

func main() {
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-ch }()
	}
}

// Flags: --leaks=full
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.main.func1 on top of the stack:
// main.main.func1()
// 	leaks_full.go:8
// created by main.main in goroutine 1
// 	leaks_full.go:8
// ]
// [Goroutine 3 in state chan receive, with main.main.func1 on top of the stack:
// main.main.func1()
// 	leaks_full.go:8
// created by main.main in goroutine 1
// 	leaks_full.go:8
// ]
// [Goroutine 4 in state chan receive, with main.main.func1 on top of the stack:
// main.main.func1()
// 	leaks_full.go:8
// created by main.main in goroutine 1
// 	leaks_full.go:8
// ]
