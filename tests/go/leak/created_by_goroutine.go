// A goroutine started by another goroutine names its creator's function
// and id in "created by".
package main

import (
	"fmt"
	"time"
)

func listen(ch <-chan int) {
	<-ch
}

func spawner(done chan<- bool) {
	go listen(make(chan int))
	done <- true
}

func main() {
	done := make(chan bool)
	go spawner(done)
	<-done
	time.Sleep(time.Millisecond)
	fmt.Println("spawner finished")
}

// Output:
// spawner finished
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 3 in state chan receive, with main.listen on top of the stack:
// main.listen(...)
// 	created_by_goroutine.go:11
// created by main.spawner in goroutine 2
// 	created_by_goroutine.go:15
// ]
