// RIGHT: a receiver goroutine prints while main sends; the small fixed buffer only smooths bursts.
package main

import "fmt"

func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID)
}

func main() {
	orders := Cart()
	ch := make(chan string, 2)
	done := make(chan struct{})
	go func() {
		for range orders {
			fmt.Println(<-ch)
		}
		close(done)
	}()
	for _, id := range orders {
		processOrder(id, ch)
	}
	<-done
	fmt.Println("all orders processed")
}
