// A goroutine receiving from a nil channel can never be woken.
package main

import (
	"fmt"
	"time"
)

type watcher struct {
	events chan string // never made
}

func (w *watcher) loop() {
	for e := range w.events {
		fmt.Println("event", e)
	}
}

func main() {
	w := &watcher{}
	go w.loop()
	time.Sleep(time.Millisecond)
	fmt.Println("main returns")
}

// Output:
// main returns
// Stderr:
// gorolab: found unexpected goroutines:
// [Goroutine 2 in state chan receive (nil chan), with main.(*watcher).loop on top of the stack:
// main.(*watcher).loop(...)
// 	nil_chan.go:14
// created by main.main in goroutine 1
// 	nil_chan.go:21
// ]
