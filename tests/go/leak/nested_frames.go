// The leak report shows the whole stack of the leaked goroutine, innermost
// call on top.
package main

import (
	"fmt"
	"time"
)

type queue struct{ items chan int }

func (q *queue) pop() int {
	return <-q.items
}

func drain(q *queue, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += q.pop()
	}
	return total
}

func main() {
	q := &queue{items: make(chan int, 4)}
	q.items <- 1
	q.items <- 2
	result := make(chan int, 1)
	go func() { result <- drain(q, 3) }()
	time.Sleep(time.Millisecond)
	fmt.Println("queued", len(q.items))
}

// Output:
// queued 0
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive, with main.(*queue).pop on top of the stack:
// main.(*queue).pop(...)
// 	nested_frames.go:13
// main.drain(...)
// 	nested_frames.go:19
// main.main.func1()
// 	nested_frames.go:29
// created by main.main in goroutine 1
// 	nested_frames.go:29
// ]
