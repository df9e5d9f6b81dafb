// As deadlock/wait_minutes.go, after one collection: Go's sysmon then
// forces one 2 minutes later, which sees goroutines 2 and 3 blocked and
// sets their waitsince to the previous collection's time (the first one,
// before either blocked). At 150 s Go 1.19 prints ", 2 minutes" for both,
// and none for main, which has just blocked.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GC()
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

// Exit: 2
// Output:
// main waits too
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan receive]:
// main.main()
// 	wait_minutes_gc.go:26
//
// goroutine 2 [chan send, 2 minutes]:
// main.main.func1()
// 	wait_minutes_gc.go:18
// created by main.main in goroutine 1
// 	wait_minutes_gc.go:17
//
// goroutine 3 [chan receive, 2 minutes]:
// main.main.func2()
// 	wait_minutes_gc.go:22
// created by main.main in goroutine 1
// 	wait_minutes_gc.go:20
