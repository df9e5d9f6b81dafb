// The printer sends in a select; main's receive completes after that send.
package main

import "fmt"

func main() {
	done := make(chan int)
	go func() {
		fmt.Println("printer")
		select {
		case done <- 1:
		}
	}()
	<-done
	fmt.Println("main")
}
