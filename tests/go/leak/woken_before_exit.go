// A worker is woken (its first send is received) just before main returns;
// it is runnable then, not blocked, but it would block forever on its
// second send. gorolab lets the runnable goroutines go on until they block
// (as goleak waits before it looks), so the leak is reported on every
// schedule, with the race detector's scheduling too.
package main

import "fmt"

func worker(results chan int) {
	results <- 1
	results <- 2
}

func main() {
	results := make(chan int)
	go worker(results)
	fmt.Println(<-results)
}

// Flags: --race
// Output:
// 1
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan send, with main.worker on top of the stack:
// main.worker(...)
// 	woken_before_exit.go:12
// created by main.main in goroutine 1
// 	woken_before_exit.go:17
// ]
