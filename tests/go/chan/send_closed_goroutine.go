// A producer that outlives the close of its channel panics in its own
// goroutine, and the panic ends the program.
package main

import (
	"fmt"
	"time"
)

func producer(out chan<- int) {
	for i := 0; ; i++ {
		out <- i
		time.Sleep(10 * time.Millisecond)
	}
}

func main() {
	ch := make(chan int)
	go producer(ch)
	fmt.Println(<-ch, <-ch)
	close(ch) // wrong: only the sender should close
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

// Output:
// 0 1
// Exit: 2
// Stderr:
// panic: send on closed channel
//
// goroutine 2 [running]:
// main.producer(0x0?)
// 	send_closed_goroutine.go:12
// created by main.main in goroutine 1
// 	send_closed_goroutine.go:19
