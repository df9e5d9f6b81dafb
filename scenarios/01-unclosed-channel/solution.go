// A payment gateway settles a batch of payments.
// The sender closes `results` when the batch is done, so every settler's
// `for range` ends; `settled` is closed once the last settler has returned.
// The bank (Batch, doPayment, PaymentResult) is in world.go.
package main

import (
	"fmt"
	"sync"
)

func settle(results <-chan PaymentResult, settled chan<- int) {
	for r := range results { // ends only when results is closed
		if r.OK {
			settled <- r.Amount
		} else {
			settled <- 0
		}
	}
}

func main() {
	batch := Batch()
	results := make(chan PaymentResult)
	settled := make(chan int)

	go func() {
		defer close(results) // only the sender knows no more results are coming
		for _, id := range batch {
			results <- doPayment(id)
		}
	}()

	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			settle(results, settled)
		}()
	}
	go func() {
		wg.Wait() // the last settler has returned: no more amounts
		close(settled)
	}()

	total, n := 0, 0
	for amount := range settled {
		total += amount
		n++
	}
	fmt.Printf("settled %d payments, total %d\n", n, total)
}
