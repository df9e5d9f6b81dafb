// A pipeline whose last stage is never read: every stage blocks on its
// send and main blocks waiting for them.
package main

import (
	"fmt"
	"sync"
)

func stage(name string, in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		out <- v + 1
	}
	close(out)
	fmt.Println(name, "done")
}

func main() {
	var wg sync.WaitGroup
	src, mid, dst := make(chan int), make(chan int), make(chan int)
	wg.Add(2)
	go stage("first", src, mid, &wg)
	go stage("second", mid, dst, &wg)
	go func() {
		src <- 1
		src <- 2
		close(src)
	}()
	wg.Wait() // dst is never read
	fmt.Println(<-dst)
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [sync.WaitGroup.Wait]:
// sync.(*WaitGroup).Wait(...)
// 	$GOROOT/src/sync/sync.go:137
// main.main()
// 	pipeline_stuck.go:30
//
// goroutine 2 [chan send]:
// main.stage({0x498c8a, 0x5}, 0x0?, 0x0?, 0x0?)
// 	pipeline_stuck.go:13
// created by main.main in goroutine 1
// 	pipeline_stuck.go:23
//
// goroutine 3 [chan send]:
// main.stage({0x498e64, 0x6}, 0x0?, 0x0?, 0x0?)
// 	pipeline_stuck.go:13
// created by main.main in goroutine 1
// 	pipeline_stuck.go:24
