// A buffered channel orders a send before its receive, not the receive
// before that same send: the printer waits first (main pauses) and main's
// value is handed to it, yet nothing orders its output before main's.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	go func() {
		fmt.Println("printer")
		<-ch
	}()
	time.Sleep(10 * time.Millisecond)
	ch <- 1
	fmt.Println("main")
}
