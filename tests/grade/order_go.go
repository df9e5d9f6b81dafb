// A go statement happens before the goroutine starts: the first printer's
// output is ordered before main's only through the goroutine it starts.
package main

import "fmt"

func main() {
	done := make(chan int)
	go func() {
		fmt.Println("parent")
		go func() {
			fmt.Println("child")
			done <- 1
		}()
	}()
	<-done
	fmt.Println("main")
}
