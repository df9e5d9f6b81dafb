// A send on a full buffered channel blocks until a receiver makes room.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 2)
	sent := make(chan int, 10)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
			sent <- i
		}
		close(ch)
	}()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("buffered:", len(ch), "sends completed:", len(sent))
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("sends completed:", len(sent))
}

// Output:
// buffered: 2 sends completed: 2
// 0 1 2 3 4 
// sends completed: 5
