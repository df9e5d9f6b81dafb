// WRONG: a buffer of 64 whatever the cart: a cart of 65 orders deadlocks again.
// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// A request goroutine used to do exactly this, one request after another:
// each one stuck on its first send while the pool of connections drained.
// The order processor (Cart, Process) is in world.go.
package main

import "fmt"

// processOrder processes one order, then reports its receipt on ch.
func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID) // waits for a receiver
}

func main() {
	orders := Cart()
	ch := make(chan string, 64) // room for any cart

	for _, id := range orders {
		processOrder(id, ch) // the caller itself sends... to whom?
	}

	for range orders {
		fmt.Println(<-ch)
	}
	fmt.Println("all orders processed")
}
