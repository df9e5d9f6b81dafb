// A goroutine blocked for at least a minute of virtual time shows ", N
// minutes" in its header (Go truncates to whole minutes and always writes
// "minutes").
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
	}()
	go func() {
		time.Sleep(80 * time.Second)
		<-make(chan bool)
	}()
	time.Sleep(150 * time.Second)
	fmt.Println("main waits too")
	<-make(chan bool)
}

// Output:
// main waits too
// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	wait_minutes.go:22
//
// goroutine 2 [chan send, 2 minutes]:
// main.main.func1()
// 	wait_minutes.go:14
// created by main.main in goroutine 1
// 	wait_minutes.go:13
//
// goroutine 3 [chan receive, 1 minutes]:
// main.main.func2()
// 	wait_minutes.go:18
// created by main.main in goroutine 1
// 	wait_minutes.go:16
