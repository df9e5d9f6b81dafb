// Futures: start work now, collect the result later from a one-slot
// channel; the total time is the longest task, not the sum.
package main

import (
	"fmt"
	"time"
)

func future(name string, d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- name + " ready"
	}()
	return ch
}

func main() {
	start := time.Now()
	user := future("user", 300*time.Millisecond)
	orders := future("orders", 200*time.Millisecond)
	prices := future("prices", 100*time.Millisecond)
	fmt.Println(<-user, "|", <-orders, "|", <-prices)
	el := time.Since(start)
	fmt.Println("parallel:", el >= 300*time.Millisecond && el < 600*time.Millisecond)
}

// Output:
// user ready | orders ready | prices ready
// parallel: true
