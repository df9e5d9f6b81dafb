// The printer's last receive completes main's send on an unbuffered channel:
// its output happens before main's.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	go func() {
		fmt.Println("printer")
		<-done
	}()
	done <- struct{}{}
	fmt.Println("main")
}
