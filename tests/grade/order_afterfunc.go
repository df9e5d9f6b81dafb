// time.AfterFunc: arming the timer happens before its function runs, in a
// goroutine of its own.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan int)
	go func() {
		fmt.Println("armer")
		time.AfterFunc(time.Millisecond, func() { done <- 1 })
	}()
	<-done
	fmt.Println("main")
}
