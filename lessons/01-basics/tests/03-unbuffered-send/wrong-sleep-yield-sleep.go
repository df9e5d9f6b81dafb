// WRONG: a goroutine prints the receipts, but main does not wait for it: it sleeps, yields and sleeps again before `all orders processed`, which only makes the printer likely to be done.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func processOrder(orderID int, ch chan<- string) {
	ch <- Process(orderID)
}

func main() {
	orders := Cart()
	ch := make(chan string)
	go func() {
		for range orders {
			fmt.Println(<-ch)
		}
	}()
	for _, id := range orders {
		processOrder(id, ch)
	}
	time.Sleep(time.Millisecond) // let the printer catch up
	runtime.Gosched()
	time.Sleep(time.Millisecond)
	runtime.Gosched()
	fmt.Println("all orders processed")
}
