// Each leaked goroutine gets its own block, in id order; goroutines that
// finished are not reported (and their ids are not reused).
package main

import (
	"fmt"
	"time"
)

func worker(id int, jobs <-chan int, results chan<- int) {
	for j := range jobs {
		results <- j * id
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	go worker(1, jobs, results)
	go func() { fmt.Println("helper done") }()
	go worker(3, jobs, results)
	time.Sleep(time.Millisecond)
	jobs <- 5
	r := <-results
	time.Sleep(time.Millisecond) // both workers are back in range
	fmt.Println("result from worker 1 or 3:", r == 5 || r == 15)
}

// Output:
// helper done
// result from worker 1 or 3: true
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	several_leaks.go:11
// created by main.main in goroutine 1
// 	several_leaks.go:19
// ]
// [Goroutine 4 in state chan receive, with main.worker on top of the stack:
// main.worker(...)
// 	several_leaks.go:11
// created by main.main in goroutine 1
// 	several_leaks.go:21
// ]
