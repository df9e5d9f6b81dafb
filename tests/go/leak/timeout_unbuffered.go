// The caller times out and leaves; the worker finishes later and blocks
// forever sending its result on an unbuffered channel nobody reads.
package main

import (
	"fmt"
	"time"
)

func fetch(d time.Duration) (string, error) {
	ch := make(chan string)
	go func() {
		time.Sleep(d)
		ch <- "data"
	}()
	select {
	case r := <-ch:
		return r, nil
	case <-time.After(100 * time.Millisecond):
		return "", fmt.Errorf("fetch: timeout after %v", 100*time.Millisecond)
	}
}

func main() {
	fmt.Println(fetch(10 * time.Millisecond))
	fmt.Println(fetch(time.Second))
	time.Sleep(2 * time.Second) // the late worker is now stuck, not sleeping
	fmt.Println("main returns")
}

// Output:
// data <nil>
//  fetch: timeout after 100ms
// main returns
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 3 in state chan send, with main.fetch.func1 on top of the stack:
// main.fetch.func1()
// 	timeout_unbuffered.go:14
// created by main.fetch in goroutine 1
// 	timeout_unbuffered.go:12
// ]
