// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// The order processor (Cart, Process) is in world.go.
package main

import (
	"fmt"
	"sync/atomic"
)

// processOrder processes one order, then reports its receipt on ch.
func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID) // waits for a receiver
}

func main() {
	orders := Cart()
	ch := make(chan string)
	done := make(chan struct{})

	var printed atomic.Int32
	for _, id := range orders {
		go processOrder(id, ch)
		go func() { // a receiver for each order; the last one out says so
			fmt.Println(<-ch)
			n := printed.Load() + 1
			printed.Store(n)
			if int(n) == len(orders) {
				close(done)
			}
		}()
	}
	<-done
	fmt.Println("all orders processed")
}
