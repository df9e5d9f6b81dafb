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

	var receipts []string
	var wg sync.WaitGroup
	for _, id := range orders {
		wg.Add(1)
		go processOrder(id, ch)
		go func() { // a receiver for each order
			defer wg.Done()
			receipts = append(receipts, <-ch)
		}()
	}
	wg.Wait()
	for _, r := range receipts {
		fmt.Println(r)
	}
	fmt.Println("all orders processed")
}
