// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// Each order now runs in its own goroutine while main receives.
// The order processor (Cart, Process) is in world.go.
package main

import "fmt"

// processOrder processes one order, then reports its receipt on ch.
func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID) // waits for a receiver
}

func main() {
	orders := Cart()
	ch := make(chan string) // unbuffered: a send waits for a receive

	for _, id := range orders {
		go processOrder(id, ch) // each order in its own goroutine; main receives below
	}

	for range orders {
		fmt.Println(<-ch)
	}
	fmt.Println("all orders processed")
}
