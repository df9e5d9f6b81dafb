// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// The order processor (Cart, Process) is in world.go.
package main

import (
	"fmt"
	"time"
)

// processOrder processes one order, then reports its receipt on ch.
func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID) // waits for a receiver
}

func main() {
	orders := Cart()
	ch := make(chan string, len(orders))

	for _, id := range orders {
		go processOrder(id, ch)
	}

	for {
		select {
		case r := <-ch:
			fmt.Println(r)
			continue
		case <-time.After(500 * time.Millisecond): // quiet for a while: the cart is done
		}
		break
	}
	fmt.Println("all orders processed")
}
