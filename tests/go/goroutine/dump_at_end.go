// --dump lists the goroutines left when the program ends; main, which has
// returned, is not among them (Go never lists a dead goroutine).
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() { <-ch }()
	fmt.Println("bye")
}

// Flags: --dump
// Output:
// bye
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.main.func1 on top of the stack:
// main.main.func1()
// 	dump_at_end.go:9
// created by main.main in goroutine 1
// 	dump_at_end.go:9
// ]
// gorolab: goroutines at the end of the run:
//
// goroutine 2 [chan receive]:
// main.main.func1()
// 	dump_at_end.go:9
// created by main.main in goroutine 1
// 	dump_at_end.go:9
