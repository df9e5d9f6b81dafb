// Calling Done more often than Add panics, here in a worker goroutine.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(wg *sync.WaitGroup) {
	fmt.Println("working")
	wg.Done()
	wg.Done() // one Done too many
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(&wg)
	time.Sleep(time.Second)
}

// Output:
// working
// Exit: 2
// Stderr:
// panic: sync: negative WaitGroup counter
//
// goroutine 2 [running]:
// sync.(*WaitGroup).Done(...)
// 	$GOROOT/src/sync/sync.go:132
// main.worker(...)
// 	c_negative_counter.go:13
// created by main.main in goroutine 1
// 	c_negative_counter.go:19
