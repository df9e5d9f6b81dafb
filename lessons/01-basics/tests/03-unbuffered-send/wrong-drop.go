// The checkout service processes a cart of orders and then prints what
// each one became. processOrder reports on an unbuffered channel.
// The order processor (Cart, Process) is in world.go.
package main

import "fmt"

// processOrder processes one order, then reports its receipt on ch.
func processOrder(orderID int, ch chan<- string) {
	select {
	case ch <- Process(orderID):
	default: // nobody ready: do not block
	}
}

func main() {
	orders := Cart()
	ch := make(chan string)

	for _, id := range orders {
		processOrder(id, ch)
	}

	for range orders {
		select {
		case r := <-ch:
			fmt.Println(r)
		default:
		}
	}
	fmt.Println("all orders processed")
}
