// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// The order processor (Cart, Process) is in world.go.
package main

import (
	"fmt"
	"sync"
)

// processOrder processes one order and prints its receipt itself.
func processOrder(orderID int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println(Process(orderID))
}

func main() {
	orders := Cart()
	var wg sync.WaitGroup
	for _, id := range orders {
		wg.Add(1)
		go processOrder(id, &wg)
	}
	wg.Wait()
	fmt.Println("all orders processed")
}
