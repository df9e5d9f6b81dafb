// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// The order processor (Cart, Process) is in world.go.
package main

import (
	"fmt"
	"sync"
)

// processOrder processes one order, then reports its receipt on ch.
func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID) // waits for a receiver
}

func main() {
	orders := Cart()
	ch := make(chan string)

	var wg sync.WaitGroup
	for _, id := range orders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			processOrder(id, ch)
		}()
	}
	go func() {
		wg.Wait() // every order has reported
		close(ch)
	}()

	for r := range ch {
		fmt.Println(r)
	}
	fmt.Println("all orders processed")
}
