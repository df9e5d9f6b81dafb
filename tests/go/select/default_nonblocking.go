// select with default never blocks: try-receive and try-send.
package main

import "fmt"

func tryRecv(ch chan int) {
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
}

func trySend(ch chan int, v int) {
	select {
	case ch <- v:
		fmt.Println("sent", v)
	default:
		fmt.Println("full, dropped", v)
	}
}

func main() {
	ch := make(chan int, 1)
	tryRecv(ch)
	trySend(ch, 1)
	trySend(ch, 2)
	tryRecv(ch)
	tryRecv(ch)
	var unbuf chan int = make(chan int)
	trySend(unbuf, 3) // no receiver waiting
}

// Output:
// nothing ready
// sent 1
// full, dropped 2
// received 1
// nothing ready
// full, dropped 3
