// A buffered channel is a FIFO queue: sends do not block until it is full.
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 10
	ch <- 20
	ch <- 30
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 40
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	fmt.Println(len(ch), cap(ch))
}

// Output:
// 3 3
// 10
// 20 30 40 
// 0 3
