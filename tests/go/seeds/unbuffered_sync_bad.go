// Anti-pattern: main sends on an unbuffered channel before starting the
// goroutine that would receive: the send blocks forever.
package main

import "fmt"

func main() {
	jobs := make(chan string)
	jobs <- "resize image"
	go func() {
		fmt.Println("working on", <-jobs)
	}()
	fmt.Println("submitted")
}

// Exit: 2
// Stderr:
// fatal error: all goroutines are asleep - deadlock!
//
// goroutine 1 [chan send]:
// main.main()
// 	unbuffered_sync_bad.go:9
