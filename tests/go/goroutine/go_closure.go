// A goroutine running a closure shares the variables it captures; the
// channel receive orders its write before main's read.
package main

import "fmt"

func main() {
	msg := "hello"
	done := make(chan bool)
	go func() {
		msg += ", goroutine"
		done <- true
	}()
	<-done
	fmt.Println(msg)
}

// Output:
// hello, goroutine
