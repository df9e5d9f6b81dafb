// A send happens before the receive that takes its value completes: on an
// unbuffered channel and on a buffered one.
package main

import "fmt"

func main() {
	done := make(chan int)
	go func() {
		fmt.Println("printer")
		done <- 1
	}()
	<-done
	buf := make(chan int, 1)
	go func() {
		fmt.Println("buffered")
		buf <- 1
	}()
	<-buf
	fmt.Println("main")
}
