// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// The order processor (Cart, Process) is in world.go.
package main

import "fmt"

// processOrder processes one order, then reports its receipt on ch.
func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID) // waits for a receiver
}

func main() {
	orders := Cart()
	ch := make(chan string)

	for _, id := range orders {
		processOrder(id, ch)
		go func() { fmt.Println(<-ch) }() // start a receiver for it
	}
	fmt.Println("all orders processed")
}
