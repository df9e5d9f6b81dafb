// A printer goroutine prints the receipts; main waits for it with an
// unbuffered handshake in a select: the printer's receive, chosen by its
// select, completes main's send.
package main

import "fmt"

func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID)
}

func main() {
	orders := Cart()
	ch := make(chan string)
	done := make(chan struct{})
	for _, id := range orders {
		go processOrder(id, ch)
	}
	go func() {
		for range orders {
			fmt.Println(<-ch)
		}
		select {
		case <-done: // main's send below completes only after this receive
		}
	}()
	done <- struct{}{}
	fmt.Println("all orders processed")
}
