// Go's header shows ", N minutes" only from g.waitsince, which a garbage
// collection sets when it sees the goroutine blocked; this program never
// collects (Go forces one every 2 minutes only after a first), so Go 1.19
// prints no minutes at all after 150 s. deadlock/wait_minutes_gc.go
// collects once first.
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
// 	wait_minutes.go:24
//
// goroutine 2 [chan send]:
// main.main.func1()
// 	wait_minutes.go:16
// created by main.main in goroutine 1
// 	wait_minutes.go:15
//
// goroutine 3 [chan receive]:
// main.main.func2()
// 	wait_minutes.go:20
// created by main.main in goroutine 1
// 	wait_minutes.go:18
