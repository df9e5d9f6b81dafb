// A close happens before a receive that returns because of it.
package main

import "fmt"

func main() {
	done := make(chan struct{})
	go func() {
		fmt.Println("printer")
		close(done)
	}()
	<-done
	fmt.Println("main")
}
