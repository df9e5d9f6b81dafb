// A closed channel is always ready in select, so it competes with other
// ready cases at random; both win some of 1000 rounds.
package main

import "fmt"

func main() {
	closed := make(chan struct{})
	close(closed)
	data := make(chan int, 1)
	fromClosed, fromData := 0, 0
	for i := 0; i < 1000; i++ {
		data <- i
		select {
		case <-closed:
			fromClosed++
			<-data
		case <-data:
			fromData++
		}
	}
	fmt.Println(fromClosed > 0, fromData > 0, fromClosed+fromData)
}

// Output:
// true true 1000
