// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
package main

import (
	"fmt"
	"time"
)

// processOrder takes 100ms per order, then reports on ch.
func processOrder(orderID int, ch chan<- string) {
	time.Sleep(time.Duration(orderID%4+1) * 100 * time.Millisecond)
	select {
	case ch <- fmt.Sprintf("processed-%d", orderID):
	default: // nobody ready: do not block
	}
}

func main() {
	orders := []int{7, 3, 9, 4}
	ch := make(chan string) // unbuffered: a send waits for a receive

	for _, id := range orders {
		processOrder(id, ch) // the caller itself sends... to whom?
	}

	for range orders {
		fmt.Println(<-ch)
	}
	fmt.Println("all orders processed")
}
