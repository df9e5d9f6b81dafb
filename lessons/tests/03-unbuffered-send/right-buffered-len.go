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
	ch <- fmt.Sprintf("processed-%d", orderID) // waits for a receiver
}

func main() {
	orders := []int{7, 3, 9, 4}
	ch := make(chan string, len(orders)) // room for every result: no send ever waits

	for _, id := range orders {
		processOrder(id, ch) // the caller itself sends... to whom?
	}

	for range orders {
		fmt.Println(<-ch)
	}
	fmt.Println("all orders processed")
}
